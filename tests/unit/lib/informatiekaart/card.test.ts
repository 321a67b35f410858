import { safeParse } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import {
	cardSchema,
	cardType,
	emptyCard,
	isBlank,
	likelySchoolYear,
} from '../../../../src/lib/informatiekaart/card';
import { exampleCard } from '../../../../src/lib/informatiekaart/examples';
import { readBackup, writeBackup } from '../../../../src/lib/storage/backup';
import { filledCard, PAYLOAD } from './fixtures';

describe('the card model', () => {
	it('takes the school year the team is most likely making the card for', () => {
		expect(likelySchoolYear(new Date('2026-06-15'))).toBe('2026-2027');
		expect(likelySchoolYear(new Date('2026-02-15'))).toBe('2025-2026');
		expect(likelySchoolYear(new Date('2026-09-01'))).toBe('2026-2027');
	});

	it('accepts an empty, a filled-in and both example cards', () => {
		for (const card of [emptyCard(), filledCard(), exampleCard('po'), exampleCard('vo')])
			expect(safeParse(cardSchema, card).success).toBe(true);
	});

	it('refuses wrong dates, times, kinds and pictures', () => {
		const card = filledCard();
		const bad = [
			{ ...card, moments: [{ ...card.moments[0]!, date: '8-9-2026' }] },
			{ ...card, illness: { ...card.illness, before: '25:00' } },
			{ ...card, language: 'fr' },
			{
				...card,
				school: {
					...card.school,
					logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 10, height: 10 },
				},
			},
			{
				...card,
				school: { ...card.school, logo: { dataUrl: 'javascript:alert(1)', width: 10, height: 10 } },
			},
		];
		for (const data of bad) expect(safeParse(cardSchema, data).success).toBe(false);
	});

	it('keeps typed text exactly, HTML included, through a backup file', () => {
		const card = filledCard({ school: { ...filledCard().school, name: PAYLOAD } });
		const text = writeBackup(cardType, card);
		expect(readBackup(cardType, text)).toEqual(card);
	});

	it('tells a blank card from a filled-in one', () => {
		expect(isBlank(cardType.empty())).toBe(true);
		expect(isBlank(emptyCard())).toBe(true);
		expect(isBlank(filledCard())).toBe(false);
		expect(isBlank({ ...emptyCard(), intro: 'Welkom' })).toBe(false);
		// Choices about the card are not content.
		expect(isBlank({ ...emptyCard(), sector: 'vo', language: 'ar', printLayout: 'a4-two' })).toBe(
			true,
		);
	});

	it('gives the same empty card within a visit (so an untouched form counts as empty)', () => {
		expect(cardType.empty()).toEqual(cardType.empty());
	});

	it('makes example cards in a positive tone, without dates the team did not choose', () => {
		const card = exampleCard('vo');
		expect(card.people[0]!.role).toBe('mentor');
		expect(card.moments.every((m) => m.date === '')).toBe(true);
		expect(card.daysOff.every((d) => d.start === '')).toBe(true);
		expect(card.intro).toMatch(/Welkom/);
	});
});

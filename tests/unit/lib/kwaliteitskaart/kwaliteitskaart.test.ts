import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { docxText } from '../../../../src/lib/export/docx';
import { readZip } from '../../../../src/lib/files/zip';
import {
	cardSchema,
	cardType,
	emptyCard,
	formatVersionDate,
	isBlank,
	toggleFactor,
	type Card,
} from '../../../../src/lib/kwaliteitskaart/card';
import {
	coverage,
	coverageSummary,
	type FactorInfo,
} from '../../../../src/lib/kwaliteitskaart/coverage';
import { joinList } from '../../../../src/lib/text';
import {
	EXAMPLE_AGREEMENTS,
	EXAMPLE_CHANNELS,
	EXAMPLE_GOALS,
} from '../../../../src/lib/kwaliteitskaart/examples';
import { cardDocx } from '../../../../src/lib/kwaliteitskaart/word';

const FACTORS: FactorInfo[] = Array.from({ length: 10 }, (_, i) => ({
	number: i + 1,
	title: `Factor ${i + 1}`,
	cluster: i < 3 ? 'Contact' : i < 7 ? 'Samenwerking' : 'Toekomstperspectief',
	href: `/succesfactoren/${i + 1}-f/`,
	tools:
		i === 8
			? [
					{
						title: 'Communicatieplan op maat',
						href: '/gereedschappen/basisvormen/communicatieplan-op-maat/',
					},
				]
			: [],
}));

const withAgreements = (...agreements: [string, number[]][]): Card => ({
	...emptyCard(new Date('2026-10-14T10:00:00Z')),
	agreements: agreements.map(([title, factors], i) => ({
		id: `a${i}`,
		title,
		text: `Tekst ${i}`,
		factors,
	})),
});

describe('kwaliteitskaart card', () => {
	it('starts empty with today as its version date, and counts as blank', () => {
		const card = emptyCard(new Date('2026-10-14T10:00:00Z'));
		expect(card.versionDate).toBe('2026-10-14');
		expect(safeParse(cardSchema, card).success).toBe(true);
		expect(isBlank(cardType.empty())).toBe(true);
		expect(isBlank({ ...cardType.empty(), versionDate: '2020-01-01' })).toBe(true);
		expect(isBlank({ ...cardType.empty(), intro: 'x' })).toBe(false);
	});

	it('keeps an agreement’s factors in order, each once', () => {
		expect(toggleFactor([3, 7], 5, true)).toEqual([3, 5, 7]);
		expect(toggleFactor([3, 5, 7], 5, true)).toEqual([3, 5, 7]);
		expect(toggleFactor([3, 5, 7], 5, false)).toEqual([3, 7]);
	});

	it('refuses factor numbers outside 1–10 and logos that are not PNG or JPEG data', () => {
		expect(safeParse(cardSchema, withAgreements(['x', [11]])).success).toBe(false);
		expect(
			safeParse(cardSchema, {
				...emptyCard(),
				school: {
					name: '',
					logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 },
				},
			}).success,
		).toBe(false);
	});

	it('writes the version date in Dutch', () => {
		expect(formatVersionDate('2026-10-14')).toBe('14 oktober 2026');
		expect(formatVersionDate('')).toBe('');
	});

	it('its examples fit the schema, and each example agreement names valid factors', () => {
		const card: Card = {
			...emptyCard(),
			goals: EXAMPLE_GOALS.map((g, i) => ({ id: `d${i}`, ...g })),
			channels: EXAMPLE_CHANNELS.map((c, i) => ({ id: `m${i}`, ...c })),
			agreements: EXAMPLE_AGREEMENTS.map((a, i) => ({
				id: `a${i}`,
				...a,
				factors: [...a.factors],
			})),
		};
		expect(safeParse(cardSchema, card).success).toBe(true);
		for (const agreement of EXAMPLE_AGREEMENTS)
			expect(agreement.factors).toEqual(
				toggleFactor(agreement.factors, agreement.factors[0] ?? 1, agreement.factors.length > 0),
			);
	});
});

describe('coverage of the ten factors', () => {
	it('lists covered factors with their agreements and the open ones with their tools', () => {
		const result = coverage(
			withAgreements(['Klasberichten', [6, 7]], ['', [7]], ['Verlof', []]),
			FACTORS,
		);
		expect(result.covered.map((c) => [c.factor.number, c.agreements])).toEqual([
			[6, ['Klasberichten']],
			[7, ['Klasberichten', 'Afspraak 2']],
		]);
		expect(result.open.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 8, 9, 10]);
		expect(result.open.find((f) => f.number === 9)!.tools[0]!.title).toBe(
			'Communicatieplan op maat',
		);
	});

	it('says in one sentence how much the card covers', () => {
		expect(coverageSummary(coverage(withAgreements(), FACTORS), 10)).toBe(
			'Nog geen afspraak is gekoppeld aan een succesfactor. Alle 10 staan nog open.',
		);
		expect(
			coverageSummary(coverage(withAgreements(['a', [1, 2, 3, 4, 5, 6, 7]]), FACTORS), 10),
		).toBe('De kaart dekt 7 van de 10 succesfactoren. Nog open: 8, 9 en 10.');
		expect(
			coverageSummary(
				coverage(withAgreements(['a', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]), FACTORS),
				10,
			),
		).toBe('De kaart dekt 10 van de 10 succesfactoren. Geen enkele staat nog open.');
		expect(joinList(['8'])).toBe('8');
		expect(joinList(['a', 'b', 'c'])).toBe('a, b en c');
	});
});

describe('the Word file', () => {
	it('holds the parts in order, the channels as a table, each agreement with its factors', () => {
		const card: Card = {
			...withAgreements(['Klasberichten', [6, 7]]),
			school: { name: 'De Regenboog', logo: null },
			intro: 'Waarom deze kaart.',
			channels: [{ id: 'm', name: 'Ouderapp', purpose: 'Berichten', frequency: 'Elke week' }],
			evaluation: 'Elk jaar.',
			safeguarding: 'Op de startdag.',
		};
		const xml = new TextDecoder().decode(
			readZip(cardDocx(card, FACTORS, new Date(2026, 0, 1)), () => true).get('word/document.xml'),
		);
		expect(xml).toContain('<w:tbl>');
		expect(docxText(xml)).toEqual([
			'Kwaliteitskaart communicatie met ouders',
			'De Regenboog · Versie van 14 oktober 2026',
			'Inleiding',
			'Waarom deze kaart.',
			'Middelen en kanalen',
			...docxText(xml).slice(5, docxText(xml).indexOf('Teamafspraken')),
			'Teamafspraken',
			'Klasberichten',
			'Tekst 0',
			'Succesfactoren: 6. Factor 6 en 7. Factor 7',
			'Evaluatie',
			'Elk jaar.',
			'Borging',
			'Op de startdag.',
			'De tien succesfactoren',
			'De kaart dekt 2 van de 10 succesfactoren. Nog open: 1, 2, 3, 4, 5, 8, 9 en 10.',
		]);
		expect(docxText(xml).join('|')).toContain('Ouderapp');
	});
});

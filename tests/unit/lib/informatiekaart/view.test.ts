import { describe, expect, it } from 'vitest';
import {
	cardView,
	formatDays,
	formatHours,
	formatWeekdays,
	plain,
} from '../../../../src/lib/informatiekaart/view';
import { cardChecks } from '../../../../src/lib/informatiekaart/checks';
import { emptyCard } from '../../../../src/lib/informatiekaart/card';
import { filledCard, PAYLOAD } from './fixtures';

/** Intl puts thin spaces around the dash of a range; the tests compare with plain spaces. */
const spaced = (text: string) => text.replace(/\u2009/g, ' ');

describe('dates and days', () => {
	it('writes a day and a range as a Dutch reader expects', () => {
		expect(formatDays('nl', '2026-09-08')).toBe('di 8 sep');
		expect(spaced(formatDays('nl', '2026-10-19', '2026-10-23'))).toBe('ma 19 – vr 23 okt');
		// Across New Year without the years: the card's school year gives them.
		expect(formatDays('nl', '2026-12-21', '2027-01-01')).toBe('ma 21 dec – vr 1 jan');
		expect(formatDays('nl', '')).toBe('datum volgt');
		expect(formatDays('en', '')).toBe('date to follow');
		expect(formatDays('nl', '2026-09-08', '2026-09-01')).toBe('di 8 sep');
	});

	it('writes dates in the parents’ language (Arabic with Western digits)', () => {
		expect(formatDays('tr', '2026-09-08')).toMatch(/8 Eyl/);
		expect(formatDays('ar', '2026-09-08')).toMatch(/8/);
		expect(formatDays('ar', '2026-09-08')).toMatch(/[\u0600-\u06ff]/);
		expect(formatDays('uk', '2026-09-08')).toMatch(/вер/);
	});

	it('writes days in a row as a range and others as a list', () => {
		expect(formatWeekdays('nl', ['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('ma–vr');
		expect(formatWeekdays('nl', ['fri', 'mon', 'wed'])).toBe('ma, wo, vr');
		expect(formatWeekdays('nl', ['tue', 'wed'])).toBe('di, wo');
		expect(formatWeekdays('en', ['mon', 'tue', 'wed'])).toBe('Mon–Wed');
		expect(formatWeekdays('nl', [])).toBe('');
	});

	it('writes hours without words', () => {
		expect(formatHours('19:00', '20:30')).toBe('19:00–20:30');
		expect(formatHours('19:00', '')).toBe('19:00');
		expect(formatHours('', '')).toBe('');
	});
});

describe('cardView', () => {
	it('is Dutch only by default, with the team’s text as typed', () => {
		const view = cardView(filledCard({ intro: PAYLOAD }));
		expect(view.languages).toEqual(['nl']);
		expect(view.dir).toBe('ltr');
		expect(view.intro).toBe(PAYLOAD);
		expect(plain(view.contact!.heading)).toBe('Zo bereikt u ons');
		expect(plain(view.moments!.items[0]!.title)).toBe('Kennismakingsgesprek');
		expect(plain(view.moments!.items[3]!.when)).toBe('datum volgt');
		expect(view.moments!.items[2]!.hours).toBe('15:00–18:00');
		expect(plain(view.illness!.before!)).toBe('Meld het vóór 08:15.');
	});

	it('puts the translation beside the Dutch, or alone, with the right direction', () => {
		const side = cardView(filledCard({ language: 'ar', languageLayout: 'side' }));
		expect(side.languages).toEqual(['nl', 'ar']);
		expect(side.lang).toBe('nl');
		expect(side.contact!.heading.map((p) => [p.lang, p.dir])).toEqual([
			['nl', 'ltr'],
			['ar', 'rtl'],
		]);
		const alone = cardView(filledCard({ language: 'ar', languageLayout: 'alone' }));
		expect(alone.languages).toEqual(['ar']);
		expect(alone.dir).toBe('rtl');
		expect(plain(alone.contact!.heading)).toBe('كيف تتواصلون معنا');
		// The team's own words are never translated.
		expect(alone.contact!.people[0]!.name).toBe('Juf Sanne');
		expect(alone.contact!.people[0]!.channels[0]!.detail).toBe('sanne@regenboog.nl');
	});

	it('leaves out what is empty, and a row of "something else" without a name', () => {
		const view = cardView(emptyCard());
		expect([
			view.contact,
			view.moments,
			view.activities,
			view.illness,
			view.daysOff,
			view.footer,
		]).toEqual([null, null, null, null, null, null]);
		const card = filledCard();
		const other = cardView({
			...card,
			moments: [{ ...card.moments[0]!, kind: 'other', title: '' }],
		});
		expect(other.moments).toBeNull();
	});

	it('writes a channel’s hours with words when only one end is given', () => {
		const card = filledCard();
		const person = card.people[0]!;
		const view = cardView({
			...card,
			people: [{ ...person, channels: [{ ...person.channels[1]!, until: '' }] }],
		});
		expect(plain(view.contact!.people[0]!.channels[0]!.hours!)).toBe('vanaf 15:00');
	});
});

describe('cardChecks', () => {
	it('lists what is still missing', () => {
		const checks = cardChecks(filledCard());
		expect(checks).toContain(
			'Bij 1 contactmoment staat nog geen datum (op de kaart: "datum volgt").',
		);
		expect(checks).toContain('Bij 1 vakantie of studiedag staat nog geen datum.');
		expect(cardChecks(emptyCard())).toContain('Vul de naam van de school in.');
	});

	it('names dates and times in the wrong order', () => {
		const card = filledCard();
		const checks = cardChecks({
			...card,
			moments: [{ ...card.moments[0]!, endDate: '2026-09-01', end: '14:00' }],
		});
		expect(checks).toContain('Kennismakingsgesprek: de laatste dag ligt vóór de eerste.');
		expect(checks).toContain('Kennismakingsgesprek: de eindtijd ligt niet na de begintijd.');
	});
});

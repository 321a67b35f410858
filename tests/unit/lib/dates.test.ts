import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMinutes,
	asDate,
	formatClock,
	formatDate,
	formatDateRange,
	isoDate,
	isValidDate,
	isValidDateTime,
	isValidTime,
	minutesOf,
	timeOf,
	todayIso,
	weekdayOf,
} from '../../../src/lib/dates';

/** Any real calendar day from 1900 to 2199, as `YYYY-MM-DD`. */
const day = fc
	.date({
		min: new Date('1900-01-01T00:00:00Z'),
		max: new Date('2199-12-31T00:00:00Z'),
		noInvalidDate: true,
	})
	.map(isoDate);
const HOUR = 3_600_000;

describe('valid dates and times', () => {
	it('knows which days exist', () => {
		expect(isValidDate('2028-02-29')).toBe(true);
		expect(isValidDate('2026-02-29')).toBe(false);
		expect(isValidDate('2026-04-31')).toBe(false);
		expect(isValidDate('2026-13-01')).toBe(false);
		expect(isValidDate('2026-1-01')).toBe(false);
		expect(isValidDate('')).toBe(false);
		expect(isValidDateTime('2026-08-24T15:30')).toBe(true);
		expect(isValidDateTime('2026-08-24T24:00')).toBe(false);
		expect(isValidDateTime('2026-02-30T10:00')).toBe(false);
		expect(isValidTime('00:00') && isValidTime('23:59')).toBe(true);
		expect(isValidTime('24:00') || isValidTime('9:30') || isValidTime('12:60')).toBe(false);
	});

	it('accepts exactly the days a Date round-trips (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 9999 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 32 }),
				(y, m, d) => {
					const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
					const exists =
						m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
					expect(isValidDate(text)).toBe(exists);
				},
			),
		);
	});
});

describe('date arithmetic', () => {
	it('adds days and minutes across months, years and leap days', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
		expect(addMinutes('2026-08-31T23:50', 20)).toBe('2026-09-01T00:10');
		// Calendar arithmetic: the night the clocks go back has no extra hour.
		expect(addMinutes('2026-10-25T01:30', 60)).toBe('2026-10-25T02:30');
	});

	it('adding days and taking them off again gives the same day; a week later is the same weekday (property)', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
				expect(isValidDate(addDays(date, n))).toBe(true);
				expect(addDays(addDays(date, n), -n)).toBe(date);
				expect(weekdayOf(addDays(date, 7 * n))).toBe(weekdayOf(date));
				expect(weekdayOf(addDays(date, 1))).toBe((weekdayOf(date) % 7) + 1);
			}),
		);
	});

	it('adds minutes as a clock on the wall does (property)', () => {
		fc.assert(
			fc.property(
				day,
				fc.integer({ min: 0, max: 1439 }),
				fc.integer({ min: -5000, max: 5000 }),
				(date, at, n) => {
					const moment = `${date}T${timeOf(at)}`;
					const later = addMinutes(moment, n);
					expect(isValidDateTime(later)).toBe(true);
					expect(addMinutes(later, -n)).toBe(moment);
				},
			),
		);
	});

	it('counts weekdays the ISO way: Monday is 1, Sunday 7', () => {
		expect(weekdayOf('2026-08-24')).toBe(1);
		expect(weekdayOf('2026-08-30')).toBe(7);
		expect(asDate('2026-08-24').toISOString()).toBe('2026-08-24T12:00:00.000Z');
	});

	it('turns times of day into minutes and back (property)', () => {
		expect(minutesOf('15:20')).toBe(920);
		expect(timeOf(920)).toBe('15:20');
		expect(timeOf(5)).toBe('00:05');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
				expect(isValidTime(timeOf(minutes))).toBe(true);
				expect(minutesOf(timeOf(minutes))).toBe(minutes);
			}),
		);
	});
});

describe('today in the Netherlands', () => {
	it('is already tomorrow just after midnight, in winter and in summer time', () => {
		// Winter (UTC+1): midnight in Amsterdam is 23:00 UTC.
		expect(todayIso(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
		expect(todayIso(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
		// Summer (UTC+2): midnight is 22:00 UTC.
		expect(todayIso(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
		expect(todayIso(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
		// New Year's night.
		expect(todayIso(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});

	it('follows the clock change: the last winter midnight before it, the first summer one after it', () => {
		// Clocks go forward on Sunday 29 March 2026 at 02:00 (01:00 UTC): that midnight is still winter time.
		expect(todayIso(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
		expect(todayIso(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
		expect(todayIso(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
		expect(todayIso(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
		// Clocks go back on Sunday 25 October 2026 at 03:00 (01:00 UTC): that midnight is still summer time.
		expect(todayIso(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
		expect(todayIso(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
		expect(todayIso(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
		expect(todayIso(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
	});

	it('is the UTC day one or two hours on (property)', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('2000-01-01T00:00:00Z'),
					max: new Date('2100-01-01T00:00:00Z'),
					noInvalidDate: true,
				}),
				(now) => {
					const oneOn = isoDate(new Date(now.getTime() + HOUR));
					const twoOn = isoDate(new Date(now.getTime() + 2 * HOUR));
					expect([oneOn, twoOn]).toContain(todayIso(now));
				},
			),
		);
	});
});

describe('dates as people read them', () => {
	it('writes Dutch dates in every style', () => {
		expect(formatDate('2026-09-01', 'short')).toBe('di 1 sep');
		expect(formatDate('2026-09-01', 'long')).toBe('dinsdag 1 september 2026');
		expect(formatDate('2026-09-01', 'dayMonthYear')).toBe('1 september 2026');
		expect(formatDate('2026-09-01', 'dayMonth')).toBe('1 september');
		expect(formatDate('2026-09-01', 'monthYear')).toBe('september 2026');
		expect(formatDate('2026-09-01', 'month')).toBe('september');
		expect(formatDate('2026-09-01', 'monthShort')).toBe('sep');
		expect(formatDate('2026-09-01', 'weekdayShort')).toBe('di');
	});

	it('writes dates in a parent’s language, with Latin digits in Arabic', () => {
		expect(formatDate('2026-09-01', 'long', 'en')).toMatch(/^Tuesday,? 1 September 2026$/);
		expect(formatDate('2026-09-01', 'long', 'tr')).toMatch(/1 Eylül 2026 Salı/);
		expect(formatDate('2026-09-01', 'long', 'ar')).toContain('2026');
		expect(formatDate('2026-09-01', 'long', 'ar')).toMatch(/الثلاثاء/);
	});

	it('reads a Date by its day in UTC, whatever the machine’s time zone', () => {
		expect(formatDate(new Date('2026-01-01T00:30:00Z'), 'dayMonthYear')).toBe('1 januari 2026');
		expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'dayMonthYear')).toBe('31 december 2025');
	});

	it('writes a range the language’s own way', () => {
		// Intl puts thin spaces around the dash; which ones depends on the ICU version.
		const spaced = (text: string) => text.replace(/\s/g, ' ');
		expect(spaced(formatDateRange('2026-10-19', '2026-10-23', 'short'))).toBe('ma 19 – vr 23 okt');
		expect(spaced(formatDateRange('2026-10-19', '2026-10-23', 'dayMonthYear'))).toMatch(
			/^19 ?– ?23 oktober 2026$/,
		);
	});

	it('shows the time on a clock in the Netherlands', () => {
		expect(formatClock(new Date('2026-01-15T13:05:00Z'))).toBe('14:05');
		expect(formatClock(new Date('2026-07-01T13:05:00Z'))).toBe('15:05');
	});

	it('writes every day of every year as a Dutch "day month year" (property)', () => {
		const months = [
			'januari',
			'februari',
			'maart',
			'april',
			'mei',
			'juni',
			'juli',
			'augustus',
			'september',
			'oktober',
			'november',
			'december',
		];
		fc.assert(
			fc.property(day, (date) => {
				const [y, m, d] = date.split('-').map(Number);
				expect(formatDate(date, 'dayMonthYear')).toBe(`${d} ${months[m! - 1]} ${y}`);
			}),
		);
	});
});

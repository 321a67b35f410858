import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../../src/lib/dates';
import {
	comingSchoolYear,
	dutchRange,
	firstSchoolMonday,
	monthsBetween,
	weekFriday,
	weekMonday,
	weekRange,
} from '../../../../src/lib/year/school-year';

describe('school year', () => {
	test('starts on the last Monday of August', () => {
		expect(firstSchoolMonday(2027)).toBe('2027-08-30');
		expect(firstSchoolMonday(2028)).toBe('2028-08-28');
		expect(firstSchoolMonday(2021)).toBe('2021-08-30');
		for (const y of [2025, 2026, 2027, 2028, 2029, 2030]) {
			const d = new Date(`${firstSchoolMonday(y)}T00:00:00Z`);
			expect(d.getUTCDay()).toBe(1);
			expect(d.getUTCMonth()).toBe(7);
			expect(d.getUTCDate()).toBeGreaterThan(24);
		}
	});

	test('the coming school year is the next one that has not begun', () => {
		expect(comingSchoolYear('2026-12-02')).toBe(2027);
		expect(comingSchoolYear('2027-06-01')).toBe(2027);
		expect(comingSchoolYear('2027-08-29')).toBe(2027);
		expect(comingSchoolYear('2027-08-30')).toBe(2028);
	});

	test('weeks count from the first school week; week 0 is the last week of the holidays', () => {
		const start = '2027-08-30';
		expect(weekMonday(start, 1)).toBe('2027-08-30');
		expect(weekFriday(start, 1)).toBe('2027-09-03');
		expect(weekMonday(start, 3)).toBe('2027-09-13');
		expect(weekMonday(start, 0)).toBe('2027-08-23');
		expect(weekMonday(start, -10)).toBe('2027-06-14');
		// After the Christmas holidays (weeks 17 and 18): the first week of January.
		expect(weekMonday(start, 19)).toBe('2028-01-03');
	});

	test('dates and weeks in Dutch', () => {
		expect(formatDate('2027-08-30', 'dayMonthYear')).toBe('30 augustus 2027');
		expect(dutchRange('2027-08-30', '2027-09-17')).toBe('30 augustus tot en met 17 september 2027');
		expect(dutchRange('2027-12-27', '2028-01-07')).toBe(
			'27 december 2027 tot en met 7 januari 2028',
		);
		expect(dutchRange('2027-08-30', '2027-08-30')).toBe('30 augustus 2027');
		expect(weekRange(1, 3)).toBe('schoolweek 1 tot en met 3');
		expect(weekRange(1, 1)).toBe('schoolweek 1');
		expect(weekRange(-1, 0)).toBe('');
	});

	test('the months of a span of weeks, each once, in order', () => {
		const months = monthsBetween('2027-08-30', -10, 46).map((m) => m.month);
		expect(months[0]).toBe('juni');
		expect(months.at(-1)).toBe('juli');
		expect(months).toHaveLength(14);
		expect(new Set(months.slice(1, -1)).size).toBe(12);
	});
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../../src/lib/dates';

describe('days as people read them', () => {
	it('writes a day in Dutch or in a parent language', () => {
		expect(formatDate('2026-09-08', 'short')).toBe('di 8 sep');
		expect(formatDate('2026-10-14', 'dayMonthYear')).toBe('14 oktober 2026');
	});

	it('writes a range with what the days share once', () => {
		expect(formatDateRange('2026-10-19', '2026-10-23', 'short').replace(/\u2009/g, ' ')).toBe('ma 19 – vr 23 okt');
	});
});

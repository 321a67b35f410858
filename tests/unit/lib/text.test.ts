import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	capitalise,
	formatBytes,
	joinItems,
	joinList,
	listSeparators,
	plural,
	pluralForm,
} from '../../../src/lib/text';

describe('plurals', () => {
	it('uses the singular for one only', () => {
		expect(plural(1, 'leerling', 'leerlingen')).toBe('1 leerling');
		expect(plural(0, 'leerling', 'leerlingen')).toBe('0 leerlingen');
		expect(plural(3, 'leerling', 'leerlingen')).toBe('3 leerlingen');
	});

	it('is "1 x" for one and "n y" for every other whole number (property)', () => {
		fc.assert(
			fc.property(fc.nat(100_000), (n) => {
				expect(plural(n, 'x', 'y')).toBe(n === 1 ? '1 x' : `${n} y`);
			}),
		);
	});
});

describe('lists', () => {
	it('joins as Dutch writes it, without a comma before "en" or "of"', () => {
		expect(joinList([])).toBe('');
		expect(joinList(['Sam'])).toBe('Sam');
		expect(joinList(['Sam', 'Noor'])).toBe('Sam en Noor');
		expect(joinList(['Sam', 'Noor', 'Daan'])).toBe('Sam, Noor en Daan');
		expect(joinList(['een CSV-bestand', 'een Excel-bestand'], 'or')).toBe(
			'een CSV-bestand of een Excel-bestand',
		);
		expect(joinList(['a', 'b', 'c'], 'or')).toBe('a, b of c');
	});

	it('gives the separators that follow each item', () => {
		expect(listSeparators(0)).toEqual([]);
		expect(listSeparators(1)).toEqual(['']);
		expect(listSeparators(2)).toEqual([' en ', '']);
		expect(listSeparators(4)).toEqual([', ', ', ', ' en ', '']);
	});

	it('items with their separators read as the joined list (property)', () => {
		const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 8 }), (items) => {
				const separators = listSeparators(items.length);
				expect(items.map((item, i) => item + separators[i]).join('')).toBe(joinList(items));
			}),
		);
	});

	it('joins things that are not text (links) with the same words between them', () => {
		const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(joinItems([a])).toEqual([a]);
		expect(joinItems([a, b])).toEqual([a, ' en ', b]);
		expect(joinItems([a, b, c])).toEqual([a, ', ', b, ' en ', c]);
	});

	it('gives the form that agrees with a number, without the number', () => {
		expect(pluralForm(1, 'staat', 'staan')).toBe('staat');
		expect(pluralForm(0, 'staat', 'staan')).toBe('staan');
		expect(pluralForm(2, 'staat', 'staan')).toBe('staan');
	});

	it('capitalises the first letter only', () => {
		expect(capitalise('de informatiekaart')).toBe('De informatiekaart');
		expect(capitalise('')).toBe('');
		expect(capitalise('één keer')).toBe('Één keer');
	});
});

describe('file sizes', () => {
	it('counts 1 kB as 1000 bytes, with a decimal comma', () => {
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(850)).toBe('850 bytes');
		expect(formatBytes(1000)).toBe('1 kB');
		expect(formatBytes(12_345)).toBe('12 kB');
		expect(formatBytes(1_440_000)).toBe('1,4 MB');
		expect(formatBytes(2_500_000)).toBe('2,5 MB');
		expect(formatBytes(50_000_000)).toBe('50 MB');
		// A cap of 5 MiB is 5,2 MB as a file manager shows it.
		expect(formatBytes(5 * 1024 * 1024)).toBe('5,2 MB');
		expect(formatBytes(3_210_000_000)).toBe('3,2 GB');
	});

	it('moves to the next unit where rounding would reach 1000', () => {
		expect(formatBytes(999_499)).toBe('999 kB');
		expect(formatBytes(999_500)).toBe('1 MB');
		expect(formatBytes(999_949_999)).toBe('999,9 MB');
		expect(formatBytes(999_950_000)).toBe('1 GB');
	});

	it('always reads as at most three digits and one decimal in a unit (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1000, max: 999_000_000_000 }), (bytes) => {
				expect(formatBytes(bytes)).toMatch(/^[1-9]\d{0,2}(,\d)? (kB|MB|GB)$/);
			}),
		);
	});

	it('never reads smaller for a larger file (property)', () => {
		const value = (text: string) => {
			const [number, unit] = text.split(' ');
			const scale = { byte: 1, bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[unit!]!;
			return Number(number!.replace(',', '.')) * scale;
		};
		fc.assert(
			fc.property(fc.nat(10_000_000_000), fc.nat(10_000_000_000), (a, b) => {
				const [small, large] = a <= b ? [a, b] : [b, a];
				expect(value(formatBytes(small))).toBeLessThanOrEqual(value(formatBytes(large)));
			}),
		);
	});
});

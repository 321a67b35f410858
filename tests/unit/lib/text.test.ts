import { describe, expect, it } from 'vitest';
import { joinItems, joinList, plural } from '../../../src/lib/text';

describe('Dutch text from numbers and lists', () => {
	it('joins a list as "a, b en c"', () => {
		expect(joinList([])).toBe('');
		expect(joinList(['Sam'])).toBe('Sam');
		expect(joinList(['Sam', 'Noor'])).toBe('Sam en Noor');
		expect(joinList(['Sam', 'Noor', 'Daan'])).toBe('Sam, Noor en Daan');
	});

	it('joins things that are not text (links) with the same words between them', () => {
		const a = { id: 'a' };
		const b = { id: 'b' };
		const c = { id: 'c' };
		expect(joinItems([a])).toEqual([a]);
		expect(joinItems([a, b])).toEqual([a, ' en ', b]);
		expect(joinItems([a, b, c])).toEqual([a, ', ', b, ' en ', c]);
	});

	it('writes a count with its noun', () => {
		expect(plural(1, 'afspraak', 'afspraken')).toBe('1 afspraak');
		expect(plural(4, 'afspraak', 'afspraken')).toBe('4 afspraken');
	});
});

import { describe, expect, it } from 'vitest';
import { fixedEmpty } from '../../../../src/lib/storage/record-type';

describe('fixedEmpty', () => {
	it('makes the empty record once and hands out equal, independent copies', () => {
		let made = 0;
		const empty = fixedEmpty(() => ({ id: `id-${++made}`, rows: [] as string[] }));
		const first = empty();
		const second = empty();
		expect(made).toBe(1);
		expect(second).toEqual(first);
		first.rows.push('gewijzigd');
		expect(empty().rows).toEqual([]);
	});
});

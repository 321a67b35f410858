import { describe, expect, it } from 'vitest';
import { getIn, move, setIn, updateList } from '../../../../src/lib/informatiekaart/paths';

describe('paths', () => {
	const value = { a: { list: [{ x: 1 }, { x: 2 }] }, b: 'same' };

	it('reads and writes deep values without changing the original', () => {
		const next = setIn(value, ['a', 'list', 1, 'x'], 5);
		expect(getIn(next, ['a', 'list', 1, 'x'])).toBe(5);
		expect(value.a.list[1]!.x).toBe(2);
		expect(next.b).toBe('same');
		expect(next.a.list[0]).toBe(value.a.list[0]);
		expect(getIn(value, ['a', 'missing', 'deep'])).toBeUndefined();
	});

	it('refuses a place that is not there', () => {
		expect(() => setIn(value, ['a', 'list', 7, 'x'], 1)).toThrow();
	});

	it('moves and removes rows in a copy', () => {
		const moved = updateList<typeof value, { x: number }>(value, ['a', 'list'], (list) =>
			move(list, 0, 1),
		);
		expect(moved.a.list.map((i) => i.x)).toEqual([2, 1]);
		expect(value.a.list.map((i) => i.x)).toEqual([1, 2]);
		const same = updateList<typeof value, { x: number }>(value, ['a', 'list'], (list) =>
			move(list, 0, 5),
		);
		expect(same.a.list.map((i) => i.x)).toEqual([1, 2]);
	});
});

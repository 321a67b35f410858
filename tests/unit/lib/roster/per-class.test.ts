import { describe, expect, it } from 'vitest';
import { itemOfClass, replaceOrAdd, withItemOfClass } from '../../../../src/lib/roster/per-class';

interface Plan {
	classId: string;
	note: string;
}
const empty = (classId: string): Plan => ({ classId, note: '' });
const list: Plan[] = [
	{ classId: 'k1', note: 'een' },
	{ classId: 'k2', note: 'twee' },
];

describe('itemOfClass', () => {
	it('finds the item of the class', () => {
		expect(itemOfClass(list, 'k2', empty)).toBe(list[1]);
	});
	it('makes a new empty item for a class without one, without storing it', () => {
		expect(itemOfClass(list, 'k3', empty)).toEqual({ classId: 'k3', note: '' });
		expect(list).toHaveLength(2);
	});
});

describe('withItemOfClass', () => {
	it('replaces the item of the same class in place, keeping the order', () => {
		const next = withItemOfClass(list, { classId: 'k1', note: 'nieuw' });
		expect(next).toEqual([
			{ classId: 'k1', note: 'nieuw' },
			{ classId: 'k2', note: 'twee' },
		]);
		expect(list[0].note).toBe('een');
	});
	it('adds the item of a new class at the end', () => {
		const next = withItemOfClass(list, { classId: 'k3', note: 'drie' });
		expect(next.map((p) => p.classId)).toEqual(['k1', 'k2', 'k3']);
		expect(list).toHaveLength(2);
	});
});

describe('replaceOrAdd', () => {
	it('matches on the given key', () => {
		const people = [
			{ id: 'a', name: 'Ada' },
			{ id: 'b', name: 'Bo' },
		];
		expect(replaceOrAdd(people, { id: 'b', name: 'Bob' }, 'id')).toEqual([
			{ id: 'a', name: 'Ada' },
			{ id: 'b', name: 'Bob' },
		]);
		expect(replaceOrAdd(people, { id: 'c', name: 'Cas' }, 'id')).toHaveLength(3);
	});
});

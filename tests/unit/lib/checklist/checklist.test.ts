import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import {
	addItem,
	addRound,
	addScalePoint,
	checklistSchema,
	checklistType,
	newChecklist,
	removeItem,
	removeRound,
	removeTopScalePoint,
	scoresAtTop,
	scoresForItem,
	setNote,
	setScore,
	switchItemSet,
	type Checklist,
} from '../../../../src/lib/checklist/checklist';
import {
	comparePupil,
	formatAverage,
	formatChange,
	lowLimit,
	summarise,
} from '../../../../src/lib/checklist/compare';
import {
	DEFAULT_ROUND_NAMES,
	ITEM_SETS,
	LEISURE_SET,
	SCHOOL_SET,
} from '../../../../src/lib/checklist/items';
import { readBackup, writeBackup } from '../../../../src/lib/storage/backup';

const valid = (list: Checklist) => expect(safeParse(checklistSchema, list).success).toBe(true);

function scored(): Checklist {
	let list = checklistType.empty();
	const [r1, r2] = list.rounds.map((r) => r.id) as [string, string];
	const fill = (round: string, pupil: string, scores: number[]) =>
		scores.forEach((score, i) => (list = setScore(list, round, pupil, list.items[i]!.id, score)));
	fill(r1, 'p1', [3, 3, 3, 3, 3, 3]);
	fill(r2, 'p1', [2, 2, 3, 2, 3, 2]);
	fill(r1, 'p2', [2, 1, 2, 1, 2, 2]);
	fill(r2, 'p2', [2, 2, 2, 1, 2, 1]);
	fill(r1, 'p3', [1, 2, 2, 3, 2, 2]);
	fill(r2, 'p3', [3, 3, 3, 3, 4, 3]);
	return list;
}

describe('item sets', () => {
	it('the school set has the source’s six statements in its three groups, the other set four', () => {
		expect(SCHOOL_SET.groups.map((g) => g.title)).toEqual([
			'Contact',
			'Samenwerking',
			'Achtergrond van de leerling',
		]);
		expect(SCHOOL_SET.items.map((i) => i.group)).toEqual([
			'contact',
			'samenwerking',
			'samenwerking',
			'achtergrond',
			'achtergrond',
			'achtergrond',
		]);
		expect(LEISURE_SET.items).toHaveLength(4);
		for (const set of Object.values(ITEM_SETS)) {
			expect(new Set(set.items.map((i) => i.id)).size).toBe(set.items.length);
			for (const item of set.items) expect(set.groups.some((g) => g.id === item.group)).toBe(true);
		}
	});
});

describe('checklist', () => {
	it('starts with the school set, a four-step scale and the two default rounds', () => {
		const list = checklistType.empty();
		valid(list);
		expect(list.items).toHaveLength(6);
		expect(list.scale.map((p) => p.value)).toEqual([1, 2, 3, 4]);
		expect(list.rounds.map((r) => r.name)).toEqual([...DEFAULT_ROUND_NAMES]);
	});

	it('a score changes only its own pupil; clearing the last thing removes the entry', () => {
		const list = checklistType.empty();
		const round = list.rounds[0]!.id;
		const one = setScore(list, round, 'p1', 'c1', 3);
		const two = setScore(one, round, 'p2', 'c1', 1);
		expect(two.rounds[0]!.entries.p1).toBe(one.rounds[0]!.entries.p1);
		expect(two.rounds[1]).toBe(list.rounds[1]);
		expect(setScore(two, round, 'p2', 'c1', null).rounds[0]!.entries.p2).toBeUndefined();
		expect(() => setScore(list, round, 'p1', 'c1', 5)).toThrow(RangeError);
		const noted = setNote(two, round, 'p2', 'step', 'Bellen');
		expect(noted.rounds[0]!.entries.p2).toEqual({ scores: { c1: 1 }, note: '', step: 'Bellen' });
		valid(noted);
	});

	it('rounds: add up to six, never fewer than two', () => {
		let list = checklistType.empty();
		list = addRound(list, 'Voor de zomer', 'r3');
		expect(list.rounds.map((r) => r.name).at(-1)).toBe('Voor de zomer');
		list = removeRound(list, 'r3');
		expect(() => removeRound(list, list.rounds[0]!.id)).toThrow(/minstens 2/);
	});

	it('items: added at the end of their group, removed with their scores', () => {
		let list = scored();
		list = addItem(list, 'contact', 'Ouder op de koffieochtend', '', 'c2');
		expect(list.items.map((i) => i.id)).toEqual(['c1', 'c2', 's1', 's2', 'a1', 'a2', 'a3']);
		valid(list);
		expect(scoresForItem(list, 's1')).toBe(6);
		list = removeItem(list, 's1');
		expect(scoresForItem(list, 's1')).toBe(0);
		expect(list.rounds[0]!.entries.p1!.scores).not.toHaveProperty('s1');
		valid(list);
	});

	it('scale: a step added on top; removing the top moves its scores one down', () => {
		let list = addScalePoint(scored(), 'Altijd');
		list = setScore(list, list.rounds[1]!.id, 'p3', 'a2', 5);
		expect(scoresAtTop(list)).toBe(1);
		list = removeTopScalePoint(list);
		expect(list.rounds[1]!.entries.p3!.scores.a2).toBe(4);
		valid(list);
		list = removeTopScalePoint(removeTopScalePoint(list));
		expect(() => removeTopScalePoint(list)).toThrow(RangeError);
	});

	it('another item set replaces the items and their scores, and keeps notes and rounds', () => {
		let list = setNote(
			scored(),
			checklistType.empty().rounds[0]!.id,
			'p1',
			'note',
			'Komt vaak binnen',
		);
		list = switchItemSet(list, 'vrije-tijd');
		expect(list.items.map((i) => i.id)).toEqual(['v1', 'v2', 'v3', 'v4']);
		expect(Object.keys(list.rounds[0]!.entries)).toEqual(['p1']);
		expect(list.rounds[0]!.entries.p1).toEqual({ scores: {}, note: 'Komt vaak binnen', step: '' });
		valid(list);
	});

	it('a backup restores exactly', () => {
		const list = scored();
		expect(readBackup(checklistType, writeBackup(checklistType, list))).toEqual(list);
	});

	it('refuses scores above the scale and items of a missing group', () => {
		const list = scored();
		expect(safeParse(checklistSchema, { ...list, scale: list.scale.slice(0, 2) }).success).toBe(
			false,
		);
		expect(
			safeParse(checklistSchema, {
				...list,
				items: [...list.items, { id: 'x', group: 'nergens', short: 'x', text: '' }],
			}).success,
		).toBe(false);
		expect(safeParse(checklistSchema, { ...list, rounds: list.rounds.slice(0, 1) }).success).toBe(
			false,
		);
	});

	it('fresh lists made in the browser get their own round ids', () => {
		const a = newChecklist();
		const b = newChecklist();
		expect(a.rounds[0]!.id).not.toBe(b.rounds[0]!.id);
	});
});

describe('comparison', () => {
	const list = scored();
	const [from, to] = list.rounds as [Checklist['rounds'][number], Checklist['rounds'][number]];

	it('low is the lower half of the scale', () => {
		expect([2, 3, 4, 5, 7].map(lowLimit)).toEqual([1, 1, 2, 2, 3]);
	});

	it('flags a pupil who went down, one who stayed low, and not one who went up', () => {
		const down = comparePupil(list, from, to, 'p1');
		expect(down.signals).toEqual(['down']);
		expect(down.itemsDown).toEqual(['c1', 's1', 'a1', 'a3']);
		expect(formatChange(down.change)).toBe('−0,7');
		const low = comparePupil(list, from, to, 'p2');
		expect(low.signals).toEqual(['stayedLow', 'itemsDown']);
		const up = comparePupil(list, from, to, 'p3');
		expect(up.signals).toEqual([]);
		expect(formatAverage(up.toAverage)).toBe('3,2');
		const none = comparePupil(list, from, to, 'nobody');
		expect(none.complete).toBe(false);
		expect(none.signals).toEqual([]);
	});

	it('summarises the class per item and round', () => {
		const [first] = summarise(list, [from, to], ['p1', 'p2', 'p3']);
		expect(first!.rounds[0]).toEqual({
			roundId: from.id,
			average: 2,
			scored: 3,
			low: 2,
			counts: [1, 1, 1, 0],
		});
		expect(first!.rounds[1]!.average).toBeCloseTo(7 / 3);
	});
});

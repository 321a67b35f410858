/**
 * The checklist oudercontact as data: the team's list (groups, items, scale), the rounds (each
 * named and dated) and per round, per pupil, the scores, a note and a next step (verbeterstap).
 * Pupils are referred to by their id in the class list; names live only there. Scores of pupils
 * in several classes sit side by side, so one checklist serves all the teacher's classes.
 *
 * Pure functions on plain data: every change returns a new checklist and copies only what it
 * changes, so a score typed for one pupil does not copy the other pupils.
 */
import * as z from 'zod/mini';
import { newId } from '../ids';
import type { RecordType } from '../storage/record-type';
import {
	DEFAULT_ROUND_NAMES,
	DEFAULT_SCALE,
	ITEM_SET_IDS,
	ITEM_SETS,
	MAX_SCALE_POINTS,
	MIN_SCALE_POINTS,
	type ItemSetId,
} from './items';

/** Most items and rounds kept: far beyond what a team uses, a guard against a runaway backup. */
const MAX_ITEMS = 24;
const MAX_ROUNDS = 6;
/** Fewest rounds: the comparison needs two. */
const MIN_ROUNDS = 2;
const MAX_GROUPS = 8;
/** Most pupils with scores in one round: all classes of the class list together. */
const MAX_ENTRIES = 40 * 80;

const id = z.string().check(z.minLength(1), z.maxLength(40));
const text = (max: number) => z.string().check(z.maxLength(max));
/** `YYYY-MM-DD` as a date field gives it, or empty. */
const date = z
	.string()
	.check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'verwacht een datum als 2026-10-12' }));

const groupSchema = z.object({
	id,
	/** The heading over its items: "Contact". */
	title: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
});

const itemSchema = z.object({
	id,
	/** The group's id. */
	group: id,
	/** Column heading, a few words. */
	short: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
	/** The statement in full. */
	text: text(300),
});

const scalePointSchema = z.object({
	/** Its place on the scale, 1 is lowest. */
	value: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_SCALE_POINTS)),
	/** What it means: "Klopt grotendeels". */
	label: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
});

const entrySchema = z.object({
	/** Score per item id; an item without a score is not filled in yet. */
	scores: z.record(id, z.number().check(z.int(), z.minimum(1), z.maximum(MAX_SCALE_POINTS))),
	/** Anything the teacher wants to remember about the contact with these parents. */
	note: z._default(text(2000), ''),
	/** The concrete next step in the contact or the cooperation. */
	step: z._default(text(2000), ''),
});

const roundSchema = z.object({
	id,
	/** "Voor de herfstvakantie". */
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
	/** When the round is filled in; empty until the teacher sets it. */
	date,
	/** Per pupil id. */
	entries: z.record(id, entrySchema).check(
		z.refine((entries) => Object.keys(entries).length <= MAX_ENTRIES, {
			error: 'te veel leerlingen',
		}),
	),
});

export const checklistSchema = z
	.object({
		/** The set the list started from (the page offers the other as a fresh start). */
		itemSet: z.enum(ITEM_SET_IDS),
		groups: z.array(groupSchema).check(z.minLength(1), z.maxLength(MAX_GROUPS)),
		items: z.array(itemSchema).check(z.maxLength(MAX_ITEMS)),
		/** Low to high; values 1, 2, 3… in order. */
		scale: z
			.array(scalePointSchema)
			.check(z.minLength(MIN_SCALE_POINTS), z.maxLength(MAX_SCALE_POINTS)),
		rounds: z.array(roundSchema).check(z.minLength(MIN_ROUNDS), z.maxLength(MAX_ROUNDS)),
	})
	.check(
		z.refine((list) => list.scale.every((point, index) => point.value === index + 1), {
			error: 'de schaal moet oplopen van 1',
		}),
		z.refine(
			(list) => list.items.every((item) => list.groups.some((group) => group.id === item.group)),
			{ error: 'een onderwerp hoort bij een groep die niet bestaat' },
		),
		z.refine((list) => new Set(list.items.map((item) => item.id)).size === list.items.length, {
			error: 'twee onderwerpen hebben dezelfde id',
		}),
		z.refine((list) => new Set(list.rounds.map((round) => round.id)).size === list.rounds.length, {
			error: 'twee rondes hebben dezelfde id',
		}),
		z.refine(
			(list) =>
				list.rounds.every((round) =>
					Object.values(round.entries).every((entry) =>
						Object.values(entry.scores).every((score) => score <= list.scale.length),
					),
				),
			{ error: 'een score ligt boven de schaal' },
		),
	);

export type Group = z.output<typeof groupSchema>;
export type Item = z.output<typeof itemSchema>;
type Entry = z.output<typeof entrySchema>;
export type Round = z.output<typeof roundSchema>;
export type Checklist = z.output<typeof checklistSchema>;

/** A fresh checklist from one of the item sets, with the default scale and the two default rounds. */
export function newChecklist(
	setId: ItemSetId = 'school',
	makeId: (prefix: string) => string = newId,
): Checklist {
	const set = ITEM_SETS[setId];
	return {
		itemSet: set.id,
		groups: set.groups.map((group) => ({ ...group })),
		items: set.items.map((item) => ({ ...item })),
		scale: DEFAULT_SCALE.map((point) => ({ ...point })),
		rounds: DEFAULT_ROUND_NAMES.map((name, index) => ({
			id: makeId(`r${index + 1}-`),
			name,
			date: '',
			entries: {},
		})),
	};
}

export const checklistType: RecordType<Checklist> = {
	id: 'checklist-oudercontact',
	label: 'de checklist oudercontact',
	version: 1,
	schema: checklistSchema,
	empty: () => newChecklist('school', (prefix) => `${prefix}standaard`),
};

const EMPTY_ENTRY: Entry = { scores: {}, note: '', step: '' };

/** The pupil's entry in a round (an empty one when nothing is filled in). */
export function entryOf(round: Round, pupilId: string): Entry {
	return round.entries[pupilId] ?? EMPTY_ENTRY;
}

export function findRound(list: Checklist, roundId: string): Round | undefined {
	return list.rounds.find((round) => round.id === roundId);
}

function mapRound(list: Checklist, roundId: string, change: (round: Round) => Round): Checklist {
	return {
		...list,
		rounds: list.rounds.map((round) => (round.id === roundId ? change(round) : round)),
	};
}

function mapEntry(
	list: Checklist,
	roundId: string,
	pupilId: string,
	change: (entry: Entry) => Entry,
): Checklist {
	return mapRound(list, roundId, (round) => {
		const next = change(entryOf(round, pupilId));
		const entries = { ...round.entries };
		if (Object.keys(next.scores).length === 0 && !next.note && !next.step) delete entries[pupilId];
		else entries[pupilId] = next;
		return { ...round, entries };
	});
}

/** Sets (or with `null` clears) one score. */
export function setScore(
	list: Checklist,
	roundId: string,
	pupilId: string,
	itemId: string,
	score: number | null,
): Checklist {
	if (score !== null && (!Number.isInteger(score) || score < 1 || score > list.scale.length))
		throw new RangeError(`Een score ligt tussen 1 en ${list.scale.length}.`);
	return mapEntry(list, roundId, pupilId, (entry) => {
		const scores = { ...entry.scores };
		if (score === null) delete scores[itemId];
		else scores[itemId] = score;
		return { ...entry, scores };
	});
}

export function setNote(
	list: Checklist,
	roundId: string,
	pupilId: string,
	field: 'note' | 'step',
	value: string,
): Checklist {
	return mapEntry(list, roundId, pupilId, (entry) => ({ ...entry, [field]: value }));
}

// Rounds.

export function addRound(list: Checklist, name: string, id = newId('r')): Checklist {
	if (list.rounds.length >= MAX_ROUNDS)
		throw new RangeError(`Je kunt tot ${MAX_ROUNDS} rondes bijhouden.`);
	return {
		...list,
		rounds: [
			...list.rounds,
			{ id, name: name.trim() || `Ronde ${list.rounds.length + 1}`, date: '', entries: {} },
		],
	};
}

export function updateRound(
	list: Checklist,
	roundId: string,
	change: Partial<Pick<Round, 'name' | 'date'>>,
): Checklist {
	return mapRound(list, roundId, (round) => ({
		...round,
		...change,
		name: change.name === undefined ? round.name : change.name.trim() || round.name,
	}));
}

export function removeRound(list: Checklist, roundId: string): Checklist {
	if (list.rounds.length <= MIN_ROUNDS)
		throw new RangeError(
			`Er blijven altijd minstens ${MIN_ROUNDS} rondes, om te kunnen vergelijken.`,
		);
	return { ...list, rounds: list.rounds.filter((round) => round.id !== roundId) };
}

// Items.

export function addItem(
	list: Checklist,
	groupId: string,
	short: string,
	text = '',
	id = newId('i'),
): Checklist {
	if (list.items.length >= MAX_ITEMS)
		throw new RangeError(`De lijst heeft hoogstens ${MAX_ITEMS} onderwerpen.`);
	if (!list.groups.some((group) => group.id === groupId))
		throw new RangeError('Die groep bestaat niet.');
	// New items go at the end of their group, so the columns stay grouped.
	const lastOfGroup = list.items.map((item) => item.group).lastIndexOf(groupId);
	const at = lastOfGroup < 0 ? groupInsertIndex(list, groupId) : lastOfGroup + 1;
	const items = [...list.items];
	items.splice(at, 0, {
		id,
		group: groupId,
		short: short.trim() || 'Nieuw onderwerp',
		text: text.trim(),
	});
	return { ...list, items };
}

/** Where an empty group's first item goes: after the items of the groups before it. */
function groupInsertIndex(list: Checklist, groupId: string): number {
	const order = list.groups.map((group) => group.id);
	const rank = order.indexOf(groupId);
	let index = 0;
	list.items.forEach((item, i) => {
		if (order.indexOf(item.group) < rank) index = i + 1;
	});
	return index;
}

export function updateItem(
	list: Checklist,
	itemId: string,
	change: Partial<Pick<Item, 'short' | 'text'>>,
): Checklist {
	return {
		...list,
		items: list.items.map((item) =>
			item.id === itemId
				? {
						...item,
						short: change.short === undefined ? item.short : change.short.trim() || item.short,
						text: change.text === undefined ? item.text : change.text.trim(),
					}
				: item,
		),
	};
}

/** Removes an item and its scores in every round. */
export function removeItem(list: Checklist, itemId: string): Checklist {
	return {
		...list,
		items: list.items.filter((item) => item.id !== itemId),
		rounds: list.rounds.map((round) => ({
			...round,
			entries: Object.fromEntries(
				Object.entries(round.entries).map(([pupilId, entry]) => {
					const { [itemId]: _, ...scores } = entry.scores;
					return [pupilId, { ...entry, scores }];
				}),
			),
		})),
	};
}

/** How many scores use an item (to ask before removing it). */
export function scoresForItem(list: Checklist, itemId: string): number {
	return list.rounds.reduce(
		(sum, round) =>
			sum +
			Object.values(round.entries).filter((entry) => entry.scores[itemId] !== undefined).length,
		0,
	);
}

// Scale.

export function renameScalePoint(list: Checklist, value: number, label: string): Checklist {
	return {
		...list,
		scale: list.scale.map((point) =>
			point.value === value ? { ...point, label: label.trim() || point.label } : point,
		),
	};
}

/** Adds a step at the top of the scale. */
export function addScalePoint(list: Checklist, label: string): Checklist {
	if (list.scale.length >= MAX_SCALE_POINTS)
		throw new RangeError(`De schaal heeft hoogstens ${MAX_SCALE_POINTS} stappen.`);
	return {
		...list,
		scale: [
			...list.scale,
			{ value: list.scale.length + 1, label: label.trim() || `Stap ${list.scale.length + 1}` },
		],
	};
}

/** How many scores use the top step (they move one down when it is removed). */
export function scoresAtTop(list: Checklist): number {
	const top = list.scale.length;
	return list.rounds.reduce(
		(sum, round) =>
			sum +
			Object.values(round.entries).reduce(
				(n, entry) => n + Object.values(entry.scores).filter((score) => score === top).length,
				0,
			),
		0,
	);
}

/** Removes the top step; scores on it become the new top step. */
export function removeTopScalePoint(list: Checklist): Checklist {
	if (list.scale.length <= MIN_SCALE_POINTS)
		throw new RangeError(`De schaal heeft minstens ${MIN_SCALE_POINTS} stappen.`);
	const top = list.scale.length - 1;
	return {
		...list,
		scale: list.scale.slice(0, top),
		rounds: list.rounds.map((round) => ({
			...round,
			entries: Object.fromEntries(
				Object.entries(round.entries).map(([pupilId, entry]) => [
					pupilId,
					{
						...entry,
						scores: Object.fromEntries(
							Object.entries(entry.scores).map(([item, score]) => [item, Math.min(score, top)]),
						),
					},
				]),
			),
		})),
	};
}

/** Whether anything is filled in (scores, notes, steps) in any round. */
export function hasScores(list: Checklist): boolean {
	return list.rounds.some((round) => Object.keys(round.entries).length > 0);
}

/**
 * Starts over with another item set: its groups and items replace the current ones, and their
 * scores go; the scale, the rounds (names, dates) and the notes and next steps stay.
 */
export function switchItemSet(list: Checklist, setId: ItemSetId): Checklist {
	const fresh = newChecklist(setId);
	return {
		...list,
		itemSet: setId,
		groups: fresh.groups,
		items: fresh.items,
		rounds: list.rounds.map((round) => ({
			...round,
			entries: Object.fromEntries(
				Object.entries(round.entries)
					.filter(([, entry]) => entry.note || entry.step)
					.map(([pupilId, entry]) => [pupilId, { ...entry, scores: {} }]),
			),
		})),
	};
}

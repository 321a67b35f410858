/**
 * The startgesprek planner as data: per class, the days with their time window and breaks, the
 * length of a conversation, who sits in which slot, the language of each family's letter, and the
 * letter itself (per language; empty means the default text).
 *
 * Names are not kept here: pupils are referred to by their id in the class list (`lib/roster`).
 * The same shape is stored in the browser and in the JSON backup, so a change of shape raises
 * `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text, timeField } from '../storage/fields';
import { newId } from '../ids';
import { itemOfClass, withItemOfClass } from '../roster/per-class';
import { PARENT_LANGUAGE_CODES } from '../i18n/languages';
import type { RecordType } from '../storage/record-type';

/** Shortest and longest conversation offered, in minutes. */
export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 90;
export const DEFAULT_SLOT_MINUTES = 20;
/** Most days in one plan: three school weeks and a few holiday days. */
export const MAX_DAYS = 25;
export const MAX_BREAKS_PER_DAY = 6;
/** Most classes with a plan on one device (as many as the class list keeps). */
const MAX_PLANS = 40;
/** Longest letter text kept per language. */
export const MAX_LETTER_CHARS = 5000;

/** `YYYY-MM-DD` as a date field gives it, or empty while the teacher has not chosen one. */
const date = dateField('2026-09-01');
/** `HH:MM` as a time field gives it, or empty. */
const time = timeField('15:20');

const breakSchema = z.object({
	id,
	start: time,
	end: time,
});

const daySchema = z.object({
	id,
	date,
	/** First conversation starts at `start`; the last one ends at or before `end`. */
	start: time,
	end: time,
	breaks: z.array(breakSchema).check(z.maxLength(MAX_BREAKS_PER_DAY)),
});

const assignmentSchema = z.object({
	pupilId: id,
	/** The slot: `<day id>@<HH:MM>` (see `slotKey`). A slot that no longer exists shows as a conflict. */
	slot: z.string().check(z.maxLength(90)),
});

const classPlanSchema = z.object({
	/** The class in the class list. */
	classId: id,
	/** How the letters sign: "Juf Anouk", "meneer De Boer (mentor)". */
	teacher: text(120),
	/** Where the conversations are: "lokaal 5", "het lokaal van groep 5". */
	place: text(200),
	school: text(120),
	slotMinutes: z.number().check(z.int(), z.gte(MIN_SLOT_MINUTES), z.lte(MAX_SLOT_MINUTES)),
	days: z.array(daySchema).check(z.maxLength(MAX_DAYS)),
	/** At most one slot per pupil; two pupils in one slot is a double booking the page shows. */
	assignments: z.array(assignmentSchema).check(z.maxLength(200)),
	/** The language of each family's letter, by pupil id; not listed means Dutch. */
	languages: z.record(z.string(), z.enum(PARENT_LANGUAGE_CODES)),
});

const startgesprekSchema = z.object({
	plans: z.array(classPlanSchema).check(z.maxLength(MAX_PLANS)),
	/** The teacher's own letter per language; empty or missing means the default text. */
	letters: z.partialRecord(z.enum(PARENT_LANGUAGE_CODES), text(MAX_LETTER_CHARS)),
});

export type Break = z.output<typeof breakSchema>;
export type Day = z.output<typeof daySchema>;
export type ClassPlan = z.output<typeof classPlanSchema>;
export type Startgesprek = z.output<typeof startgesprekSchema>;

export const startgesprekType: RecordType<Startgesprek> = {
	id: 'startgesprek',
	label: 'de planning van de startgesprekken',
	version: 1,
	schema: startgesprekSchema,
	empty: () => ({ plans: [], letters: {} }),
};

export function emptyPlan(classId: string): ClassPlan {
	return {
		classId,
		teacher: '',
		place: '',
		school: '',
		slotMinutes: DEFAULT_SLOT_MINUTES,
		days: [],
		assignments: [],
		languages: {},
	};
}

/** The plan of a class, or a new empty one (not yet stored). */
export function planFor(data: Startgesprek, classId: string): ClassPlan {
	return itemOfClass(data.plans, classId, emptyPlan);
}

/** The data with the class's plan replaced (or added). */
export function withPlan(data: Startgesprek, plan: ClassPlan): Startgesprek {
	return { ...data, plans: withItemOfClass(data.plans, plan) };
}

export function newDay(dateValue: string, start = '13:00', end = '16:00', id = newId('d')): Day {
	return { id, date: dateValue, start, end, breaks: [] };
}

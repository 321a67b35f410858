/**
 * The schedule of the startgesprekken: the slots that the days give, assigning pupils to them
 * (automatically, then by hand: move one family, swap two), the problems the teacher should see
 * (two families at one time, a pupil without a time), and the presets for choosing days.
 *
 * Pure functions on plain data; every change returns a new plan.
 */
import { addDays, isValidDate, isValidTime, minutesOf, timeOf, weekdayOf } from '../dates';
import type { Pupil } from '../roster/class-list';
import { newDay, type ClassPlan, type Day } from './plan';

export interface Slot {
	/** `<day id>@<HH:MM>`: what an assignment points at. */
	key: string;
	dayId: string;
	date: string;
	start: string;
	end: string;
}

/** A row of a day's schedule: a conversation slot or a break. */
type ScheduleRow = ({ kind: 'slot' } & Slot) | { kind: 'break'; start: string; end: string };

export const slotKey = (dayId: string, start: string) => `${dayId}@${start}`;

/** What is wrong with a day's settings, in Dutch; empty when the day gives slots. */
export function dayProblems(day: Day): string[] {
	const problems: string[] = [];
	if (!day.date) problems.push('Kies een datum.');
	else if (!isValidDate(day.date)) problems.push('Deze datum bestaat niet.');
	if (!isValidTime(day.start) || !isValidTime(day.end))
		problems.push('Vul een begintijd en een eindtijd in.');
	else if (minutesOf(day.end) <= minutesOf(day.start))
		problems.push('De eindtijd ligt niet na de begintijd.');
	for (const pause of day.breaks) {
		if (!isValidTime(pause.start) || !isValidTime(pause.end))
			problems.push('Vul bij elke pauze een begin- en eindtijd in.');
		else if (minutesOf(pause.end) <= minutesOf(pause.start))
			problems.push(`De pauze van ${pause.start} eindigt niet na het begin.`);
	}
	return problems;
}

/** The breaks of a day that are filled in correctly, in order of time. */
function validBreaks(day: Day): { start: number; end: number }[] {
	return day.breaks
		.filter(
			(b) => isValidTime(b.start) && isValidTime(b.end) && minutesOf(b.end) > minutesOf(b.start),
		)
		.map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }))
		.sort((a, b) => a.start - b.start);
}

/**
 * A day's schedule: slots of `slotMinutes` from the start, each ending at or before the end; a slot
 * that would overlap a break starts after it. Empty for a day with problems in its date or times.
 */
export function dayRows(day: Day, slotMinutes: number): ScheduleRow[] {
	if (!day.date || !isValidDate(day.date) || !isValidTime(day.start) || !isValidTime(day.end))
		return [];
	const end = minutesOf(day.end);
	const breaks = validBreaks(day);
	const rows: ScheduleRow[] = [];
	const shownBreaks = new Set<number>();
	let at = minutesOf(day.start);
	while (at + slotMinutes <= end) {
		const overlap = breaks.find((b) => at < b.end && at + slotMinutes > b.start);
		if (overlap) {
			if (!shownBreaks.has(overlap.start)) {
				shownBreaks.add(overlap.start);
				rows.push({ kind: 'break', start: timeOf(overlap.start), end: timeOf(overlap.end) });
			}
			at = Math.max(at, overlap.end);
			continue;
		}
		const start = timeOf(at);
		rows.push({
			kind: 'slot',
			key: slotKey(day.id, start),
			dayId: day.id,
			date: day.date,
			start,
			end: timeOf(at + slotMinutes),
		});
		at += slotMinutes;
	}
	return rows;
}

/** All slots of the plan, in order of date and time. */
export function allSlots(plan: ClassPlan): Slot[] {
	return sortedDays(plan)
		.flatMap((day) => dayRows(day, plan.slotMinutes))
		.filter((row): row is Extract<ScheduleRow, { kind: 'slot' }> => row.kind === 'slot')
		.map(({ kind: _, ...slot }) => slot);
}

/** The days in order of date (days without a date last, in the order they were added). */
export function sortedDays(plan: ClassPlan): Day[] {
	return [...plan.days].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
}

/** The slot a pupil has, if it exists. */
export function slotOf(plan: ClassPlan, pupilId: string, slots = allSlots(plan)): Slot | undefined {
	const key = plan.assignments.find((a) => a.pupilId === pupilId)?.slot;
	return key ? slots.find((s) => s.key === key) : undefined;
}

/**
 * Gives every pupil a slot, in class-list order, filling slots from the first. With `keep`, pupils
 * who have a slot that still exists keep it and the others fill the free slots.
 */
export function autoAssign(
	plan: ClassPlan,
	pupils: readonly Pupil[],
	{ keep = false } = {},
): ClassPlan {
	const slots = allSlots(plan);
	const existing = new Set(slots.map((s) => s.key));
	const pupilIds = new Set(pupils.map((p) => p.id));
	const kept = keep
		? plan.assignments.filter((a) => pupilIds.has(a.pupilId) && existing.has(a.slot))
		: [];
	const taken = new Set(kept.map((a) => a.slot));
	const free = slots.filter((s) => !taken.has(s.key));
	const assignments = [...kept];
	for (const pupil of pupils) {
		if (assignments.some((a) => a.pupilId === pupil.id)) continue;
		const slot = free.shift();
		if (!slot) break;
		assignments.push({ pupilId: pupil.id, slot: slot.key });
	}
	// Pupils of other classes or removed from the class keep nothing here.
	return { ...plan, assignments };
}

/** Moves a pupil to a slot (empty key: no time). Whoever sits there stays: the page shows the double booking. */
export function movePupil(plan: ClassPlan, pupilId: string, slot: string): ClassPlan {
	const others = plan.assignments.filter((a) => a.pupilId !== pupilId);
	return { ...plan, assignments: slot ? [...others, { pupilId, slot }] : others };
}

/** Swaps the times of two pupils (either may have none). */
export function swapPupils(plan: ClassPlan, first: string, second: string): ClassPlan {
	if (first === second) return plan;
	const slotA = plan.assignments.find((a) => a.pupilId === first)?.slot ?? '';
	const slotB = plan.assignments.find((a) => a.pupilId === second)?.slot ?? '';
	return movePupil(movePupil(plan, first, slotB), second, slotA);
}

interface Conflicts {
	/** Slots with more than one family. */
	doubleBooked: { slot: Slot; pupilIds: string[] }[];
	/** Pupils of the class without a time. */
	withoutSlot: string[];
	/** Pupils whose time no longer exists (the day or the times were changed). */
	lostSlot: string[];
	/** How many pupils there are more than slots (0 when there is room). */
	shortBy: number;
}

export function conflicts(plan: ClassPlan, pupils: readonly Pupil[]): Conflicts {
	const slots = allSlots(plan);
	const byKey = new Map(slots.map((s) => [s.key, s]));
	const slotOfPupil = new Map(plan.assignments.map((a) => [a.pupilId, a.slot]));
	const bySlot = new Map<string, string[]>();
	const lostSlot: string[] = [];
	// In class-list order, so names are listed as the teacher knows them.
	for (const pupil of pupils) {
		const slot = slotOfPupil.get(pupil.id);
		if (slot === undefined) continue;
		if (!byKey.has(slot)) lostSlot.push(pupil.id);
		else bySlot.set(slot, [...(bySlot.get(slot) ?? []), pupil.id]);
	}
	const assigned = new Set(plan.assignments.map((a) => a.pupilId));
	const doubleBooked = slots
		.filter((s) => (bySlot.get(s.key)?.length ?? 0) > 1)
		.map((slot) => ({ slot, pupilIds: bySlot.get(slot.key)! }));
	return {
		doubleBooked,
		withoutSlot: pupils.filter((p) => !assigned.has(p.id)).map((p) => p.id),
		lostSlot,
		shortBy: Math.max(0, pupils.length - slots.length),
	};
}

export const hasConflicts = (c: Conflicts) =>
	c.doubleBooked.length > 0 || c.withoutSlot.length > 0 || c.lostSlot.length > 0;

/** The periods a teacher can fill with days at once. */
export const PRESETS = {
	holiday: 'de laatste week van de zomervakantie',
	weeks2: 'de eerste twee schoolweken',
	weeks3: 'de eerste drie schoolweken',
} as const;
export type Preset = keyof typeof PRESETS;

/**
 * The dates of a preset: the chosen weekdays in the five working days before the first school
 * day, or in the first two or three weeks from the first school day on (that day included).
 */
export function presetDates(
	preset: Preset,
	firstSchoolDay: string,
	weekdays: readonly number[],
): string[] {
	if (!isValidDate(firstSchoolDay)) return [];
	const wanted = new Set(weekdays);
	const dates: string[] = [];
	if (preset === 'holiday') {
		let d = firstSchoolDay;
		for (let workdays = 0; workdays < 5;) {
			d = addDays(d, -1);
			const day = weekdayOf(d);
			if (day > 5) continue;
			workdays++;
			if (wanted.has(day)) dates.unshift(d);
		}
		return dates;
	}
	const weeks = preset === 'weeks2' ? 2 : 3;
	// To the end of the school week the first day falls in, plus one or two more weeks.
	const toSunday = 7 - weekdayOf(firstSchoolDay);
	const last = addDays(firstSchoolDay, toSunday + 7 * (weeks - 1));
	for (let d = firstSchoolDay; d <= last; d = addDays(d, 1))
		if (wanted.has(weekdayOf(d))) dates.push(d);
	return dates;
}

/** Adds days for the given dates (dates the plan has already are skipped), each with the same window. */
export function addPresetDays(
	plan: ClassPlan,
	dates: readonly string[],
	start: string,
	end: string,
	makeId?: () => string,
): ClassPlan {
	const have = new Set(plan.days.map((d) => d.date));
	const added = dates.filter((d) => !have.has(d)).map((d) => newDay(d, start, end, makeId?.()));
	return { ...plan, days: [...plan.days, ...added] };
}

/**
 * The school year as weeks and dates. Moments (`content/moments/`) count calendar weeks from the
 * first school week (week 1, starting on a Monday); week 0 and the five weeks before it are the
 * summer holidays, so week −6 is the last school week of the year before. Pure: no clock.
 */
import { addDays, formatDate, weekdayOf } from '../dates';

/** The summer holidays, in weeks relative to the first school week (six weeks: −5 to 0). */
export const SUMMER_WEEKS = { from: -5, to: 0 } as const;

/**
 * The first school day of the school year that starts in `year`: the last Monday of August. Dutch
 * regions start a week earlier or later (the dates differ per region each year); the page says so.
 */
export function firstSchoolMonday(year: number): string {
	const lastOfAugust = `${year}-08-31`;
	return addDays(lastOfAugust, 1 - weekdayOf(lastOfAugust));
}

/** The school year a calendar made on `today` (YYYY-MM-DD) is for: the next one that has not started yet. */
export function comingSchoolYear(today: string): number {
	const year = Number(today.slice(0, 4));
	return today < firstSchoolMonday(year) ? year : year + 1;
}

/** The Monday of school week `week` (1 is the first school week; 0 and below fall before it). */
export function weekMonday(start: string, week: number): string {
	return addDays(start, (week - 1) * 7);
}

/** The Friday of school week `week`. */
export function weekFriday(start: string, week: number): string {
	return addDays(weekMonday(start, week), 4);
}

/** "30 augustus tot en met 17 september 2027", or one day when both are the same. */
export function dutchRange(from: string, to: string): string {
	if (from === to) return formatDate(from, 'dayMonthYear');
	const sameYear = from.slice(0, 4) === to.slice(0, 4);
	return `${formatDate(from, sameYear ? 'dayMonth' : 'dayMonthYear')} tot en met ${formatDate(to, 'dayMonthYear')}`;
}

/** "schoolweek 1", "schoolweek 1 tot en met 3"; empty for weeks before the year (those read better as dates). */
export function weekRange(from: number, to: number): string {
	if (from < 1) return '';
	return from === to ? `schoolweek ${from}` : `schoolweek ${from} tot en met ${to}`;
}

/** The months a span of school weeks covers, for the timeline's axis: first Monday of each, in order. */
export function monthsBetween(
	start: string,
	fromWeek: number,
	toWeek: number,
): { month: string; week: number }[] {
	const out: { month: string; week: number }[] = [];
	let last = '';
	for (let w = fromWeek; w <= toWeek; w++) {
		const monday = weekMonday(start, w);
		const key = monday.slice(0, 7);
		if (key !== last) {
			out.push({ month: formatDate(monday, 'month'), week: w });
			last = key;
		}
	}
	return out;
}

/**
 * Dates as the site keeps them (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, calendar days without a time
 * zone) and as people read them, in Dutch or a parent's language, through `Intl.DateTimeFormat`.
 * One place for date arithmetic and formats; pure apart from `todayIso`, which reads the clock.
 */
import { PARENT_LANGUAGES, type ParentLanguage } from './i18n/languages';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether a `YYYY-MM-DD` string names a day that exists. */
export function isValidDate(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const day = new Date(Date.UTC(y!, m! - 1, d!));
	return day.getUTCFullYear() === y && day.getUTCMonth() === m! - 1 && day.getUTCDate() === d;
}

/** Whether a `YYYY-MM-DDTHH:mm` string names a moment that exists. */
export function isValidDateTime(value: string): boolean {
	const match = DATE_TIME.exec(value);
	if (!match) return false;
	return isValidDate(value.slice(0, 10)) && Number(match[4]) < 24 && Number(match[5]) < 60;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a string is a time of day, `HH:mm` from 00:00 to 23:59. */
export const isValidTime = (value: string): boolean => TIME.test(value);

/** `15:20` as minutes after midnight (920). */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h! * 60 + m!;
}

/** Minutes after midnight as `HH:mm`: 920 is `15:20`. */
export function timeOf(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A calendar day at noon UTC: a `Date` that shows the same day in every time zone's format. */
export function asDate(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

/** The calendar day of a `Date` in UTC, as `YYYY-MM-DD`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** `2026-08-24` plus n days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number);
	return isoDate(new Date(Date.UTC(y!, m! - 1, d! + days)));
}

/** `2026-08-24T15:30` plus n minutes, as `YYYY-MM-DDTHH:mm` (calendar arithmetic, no time zone). */
export function addMinutes(dateTime: string, minutes: number): string {
	const [date, time] = dateTime.split('T');
	const [y, m, d] = date!.split('-').map(Number);
	const [hh, mm] = time!.split(':').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!, hh!, mm! + minutes)).toISOString().slice(0, 16);
}

/** Day of the week of a `YYYY-MM-DD`: 1 is Monday … 7 is Sunday (ISO 8601). */
export function weekdayOf(date: string): number {
	return asDate(date).getUTCDay() || 7;
}

/** Today in the Netherlands as `YYYY-MM-DD` (not in UTC: just after midnight it is already tomorrow here). */
export function todayIso(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
}

/** The ways the site writes a day. */
const DATE_STYLES = {
	/** "di 1 sep" */
	short: { weekday: 'short', day: 'numeric', month: 'short' },
	/** "dinsdag 1 september 2026" */
	long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
	/** "1 september 2026" */
	dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
	/** "1 september" */
	dayMonth: { day: 'numeric', month: 'long' },
	/** "september 2026" */
	monthYear: { month: 'long', year: 'numeric' },
	/** "september" */
	month: { month: 'long' },
	/** "sep" */
	monthShort: { month: 'short' },
	/** "di" */
	weekdayShort: { weekday: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(style: DateStyle, language: ParentLanguage): Intl.DateTimeFormat {
	const key = `${language}:${style}`;
	let format = formats.get(key);
	if (!format)
		formats.set(
			key,
			(format = new Intl.DateTimeFormat(PARENT_LANGUAGES[language].locale, {
				...DATE_STYLES[style],
				timeZone: 'UTC',
			})),
		);
	return format;
}

/**
 * A day as people read it, in Dutch or in a parent's language: a `YYYY-MM-DD`, or a `Date`, whose
 * day in UTC is taken (as a build's git dates are, whatever the build machine's time zone).
 */
export function formatDate(
	date: string | Date,
	style: DateStyle,
	language: ParentLanguage = 'nl',
): string {
	return dateFormat(style, language).format(typeof date === 'string' ? asDate(date) : date);
}

/** Two days as one range in a language's own way: "ma 19 – vr 23 okt", "19–23 oktober 2026". */
export function formatDateRange(
	start: string,
	end: string,
	style: DateStyle,
	language: ParentLanguage = 'nl',
): string {
	return dateFormat(style, language).formatRange(asDate(start), asDate(end));
}

const clock = new Intl.DateTimeFormat('nl-NL', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Amsterdam',
});

/** "14:05": the time of a moment, as a clock in the Netherlands shows it. */
export const formatClock = (moment: Date): string => clock.format(moment);

/**
 * The zelfscan succesfactoren as data: dated scans in which a team or a teacher rates each of the
 * ten success factors on a scale of four levels, with a note of evidence per factor. Several scans
 * are kept (this year, last year), and one can be compared with another.
 *
 * The same shape is stored in the browser and in the JSON backup, so a change of shape raises
 * `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField, textField as text } from '../storage/fields';
import { formatDate, isValidDate, todayIso } from '../dates';
import { newId } from '../ids';
import { fixedEmpty, type RecordType } from '../storage/record-type';

/** The levels of the scale, from low to high; 0 means "not rated yet". */
export const LEVELS = [
	{ value: 1, name: 'Nog niet' },
	{ value: 2, name: 'Soms' },
	{ value: 3, name: 'Meestal' },
	{ value: 4, name: 'Vanzelfsprekend' },
] as const;
const LEVEL_COUNT = LEVELS.length;
/** How many factors a scan rates: one rating per success factor, by number (index 0 is factor 1). */
export const FACTOR_COUNT = 10;
/** Most scans kept: one a year for decades, and a guard against a runaway import. */
const MAX_SCANS = 40;

/** `YYYY-MM-DD` as a date field gives it, or empty. */
const date = dateField('2026-09-14');

const ratingSchema = z.object({
	/** 1 to 4 on the scale, 0 when not rated yet. */
	level: z.number().check(z.int(), z.gte(0), z.lte(LEVEL_COUNT)),
	/** What shows it: examples, documents, what parents said. */
	note: text(2000),
});

const scanSchema = z.object({
	id: idField,
	/** The day of the scan. */
	date,
	/** Who did it, or for what: "Team onderbouw", "Groep 5". */
	label: text(120),
	/** One rating per factor, in factor order. */
	ratings: z.array(ratingSchema).check(z.length(FACTOR_COUNT)),
});

export const bookSchema = z.object({
	scans: z.array(scanSchema).check(z.minLength(1), z.maxLength(MAX_SCANS)),
	/** The scan being filled in. */
	currentId: z.string().check(z.maxLength(40)),
	/** The scan it is compared with; empty for none. */
	compareId: z.string().check(z.maxLength(40)),
});

export type Scan = z.output<typeof scanSchema>;
export type ScanBook = z.output<typeof bookSchema>;

export const newScan = (today = new Date(), id = newId('s')): Scan => ({
	id,
	date: todayIso(today),
	label: '',
	ratings: Array.from({ length: FACTOR_COUNT }, () => ({ level: 0, note: '' })),
});

export function emptyBook(today = new Date()): ScanBook {
	const scan = newScan(today, 'scan-1');
	return { scans: [scan], currentId: scan.id, compareId: '' };
}

/** The scan being filled in (the first one when the id is unknown, as after a damaged import). */
export function currentScan(book: ScanBook): Scan {
	return book.scans.find((s) => s.id === book.currentId) ?? book.scans[0]!;
}

/** The scan to compare with, if one is chosen and it is not the current one. */
export function comparedScan(book: ScanBook): Scan | undefined {
	const current = currentScan(book);
	return book.scans.find((s) => s.id === book.compareId && s.id !== current.id);
}

/** The book with the current scan changed. */
export function updateCurrent(book: ScanBook, change: (scan: Scan) => Scan): ScanBook {
	const current = currentScan(book);
	return { ...book, scans: book.scans.map((s) => (s.id === current.id ? change(s) : s)) };
}

/** Scans newest first (by date, then by place in the list), for choosing and comparing. */
export function scansByDate(book: ScanBook): Scan[] {
	return book.scans
		.map((scan, index) => ({ scan, index }))
		.sort((a, b) => b.scan.date.localeCompare(a.scan.date) || b.index - a.index)
		.map((x) => x.scan);
}

/** "14 oktober 2026" for a date, or "zonder datum". */
export function scanDate(date: string): string {
	return isValidDate(date) ? formatDate(date, 'dayMonthYear') : 'zonder datum';
}

/** How a scan is named in lists: "Scan van 14 oktober 2026 (Team onderbouw)". */
export const scanName = (scan: Scan) =>
	`Scan van ${scanDate(scan.date)}${scan.label.trim() ? ` (${scan.label.trim()})` : ''}`;

export const scanType: RecordType<ScanBook> = {
	id: 'zelfscan',
	label: 'de zelfscan',
	version: 1,
	schema: bookSchema,
	empty: fixedEmpty(emptyBook),
};

/**
 * The nieuwjaarsreceptie as data: per class a short, informal get-together at the start of the
 * school year (date, an hour at most, place, the informal programme), and the invitation in six
 * languages (the teacher's own text per language; empty means the default).
 *
 * The same shape is stored in the browser and in the JSON backup, so a change of shape raises
 * `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text, timeField } from '../storage/fields';
import { isValidTime, minutesOf, timeOf } from '../dates';
import { PARENT_LANGUAGE_CODES, type ParentLanguage } from '../i18n/languages';
import { itemOfClass, withItemOfClass } from '../roster/per-class';
import type { RecordType } from '../storage/record-type';

/** The handreiking: a short reception, an hour at most. */
const MAX_MINUTES = 60;
export const MAX_LETTER_CHARS = 5000;
const MAX_RECEPTIONS = 40;

const date = dateField('2026-09-10');
const time = timeField('15:30');

const receptionSchema = z.object({
	/** The class in the class list. */
	classId: id,
	date,
	start: time,
	end: time,
	place: text(200),
	/** What happens, informally: "Een drankje en een hapje; we raden welk kind bij welke ouder hoort." */
	programme: text(600),
	/** How the invitation is signed. */
	teacher: text(120),
	school: text(120),
	/** The languages to print the invitation in. */
	printLanguages: z
		.array(z.enum(PARENT_LANGUAGE_CODES))
		.check(z.maxLength(PARENT_LANGUAGE_CODES.length)),
});

const nieuwjaarsreceptieSchema = z.object({
	receptions: z.array(receptionSchema).check(z.maxLength(MAX_RECEPTIONS)),
	/** The teacher's own invitation per language; empty or missing means the default text. */
	letters: z.partialRecord(z.enum(PARENT_LANGUAGE_CODES), text(MAX_LETTER_CHARS)),
});

export type Reception = z.output<typeof receptionSchema>;
export type Nieuwjaarsreceptie = z.output<typeof nieuwjaarsreceptieSchema>;

export const nieuwjaarsreceptieType: RecordType<Nieuwjaarsreceptie> = {
	id: 'nieuwjaarsreceptie',
	label: 'de nieuwjaarsreceptie',
	version: 1,
	schema: nieuwjaarsreceptieSchema,
	empty: () => ({ receptions: [], letters: {} }),
};

const DEFAULT_PROGRAMME =
	'Een drankje en een hapje. Als opening raden de ouders welk kind bij wie hoort.';

export function emptyReception(classId: string): Reception {
	return {
		classId,
		date: '',
		start: '',
		end: '',
		place: '',
		programme: DEFAULT_PROGRAMME,
		teacher: '',
		school: '',
		printLanguages: ['nl'],
	};
}

export function receptionFor(data: Nieuwjaarsreceptie, classId: string): Reception {
	return itemOfClass(data.receptions, classId, emptyReception);
}

export function withReception(data: Nieuwjaarsreceptie, reception: Reception): Nieuwjaarsreceptie {
	return { ...data, receptions: withItemOfClass(data.receptions, reception) };
}

/** What is wrong with the times, in Dutch; empty when the reception is short enough. */
export function timeProblem(reception: Pick<Reception, 'start' | 'end'>): string {
	if (!isValidTime(reception.start) || !isValidTime(reception.end)) return '';
	const length = minutesOf(reception.end) - minutesOf(reception.start);
	if (length <= 0) return 'De eindtijd ligt niet na de begintijd.';
	if (length > MAX_MINUTES)
		return `Een nieuwjaarsreceptie duurt hooguit een uur. Kies een eindtijd tot en met ${timeOf(Math.min(minutesOf(reception.start) + MAX_MINUTES, 23 * 60 + 59))}.`;
	return '';
}

/** What still has to be filled in before the invitation can go out, in Dutch. */
export function missing(reception: Reception): string[] {
	const list: string[] = [];
	if (!reception.date) list.push('de datum');
	if (!isValidTime(reception.start) || !isValidTime(reception.end))
		list.push('de begin- en eindtijd');
	if (!reception.place.trim()) list.push('de plaats');
	return list;
}

export function languagesToPrint(reception: Reception): ParentLanguage[] {
	return PARENT_LANGUAGE_CODES.filter((code) => reception.printLanguages.includes(code));
}

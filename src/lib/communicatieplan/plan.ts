/**
 * The communicatieplan op maat as data: per pupil the agreements made in the startgesprek about how
 * school, parents and pupil keep in touch this year. Each agreement says what, in which form, when
 * (a date, or a moment such as "de week na het eerste rapport"), with or without the pupil, and who
 * takes the initiative.
 *
 * Pupils are referred to by their id in the class list (`lib/roster`); names live only there.
 * The same shape is stored in the browser and in the JSON backup, so a change of shape raises
 * `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text, timeField } from '../storage/fields';
import { formatDate, isValidDate } from '../dates';
import { newId } from '../ids';
import { keysOf } from '../../schemas/vocabulary';
import type { RecordType } from '../storage/record-type';

/** The forms of contact offered; `other` uses the teacher's own words. */
export const CONTACT_FORMS = {
	school: 'Gesprek op school',
	phone: 'Telefoongesprek',
	video: 'Videogesprek',
	email: 'E-mail',
	chat: 'Bericht via een chatapp',
	home: 'Huisbezoek',
	other: 'Anders',
} as const;
export const CONTACT_FORM_CODES = keysOf(CONTACT_FORMS);

/** Who takes the initiative for the contact. */
export const INITIATIVES = {
	school: 'De school (leerkracht, mentor of slb’er)',
	parents: 'De ouders',
	pupil: 'De leerling',
} as const;
export const INITIATIVE_CODES = keysOf(INITIATIVES);

/** A date in the calendar, or a moment in words. */
const WHEN_KINDS = ['date', 'moment'] as const;

/** Most agreements kept on one device: far beyond a year of several classes. */
export const MAX_AGREEMENTS = 2000;

const date = dateField('2026-11-16');
const time = timeField('15:20');

export const agreementSchema = z.object({
	id,
	/** The class in the class list, and the pupil in it. */
	classId: id,
	pupilId: id,
	/** What is agreed: "bellen of er bijzonderheden zijn", "kijken of de doelen gehaald zijn". */
	what: text(500),
	form: z.enum(CONTACT_FORM_CODES),
	/** The form in the teacher's own words, when `form` is `other`. */
	formOther: text(80),
	whenKind: z.enum(WHEN_KINDS),
	/** The day, when `whenKind` is `date`; empty until chosen. */
	date,
	/** A time on that day; empty for "some time that day". */
	time,
	/** The moment in words, when `whenKind` is `moment`. */
	moment: text(200),
	/** Whether the pupil takes part. */
	withPupil: z.boolean(),
	initiative: z.enum(INITIATIVE_CODES),
});

const communicatieplanSchema = z.object({
	agreements: z.array(agreementSchema).check(z.maxLength(MAX_AGREEMENTS)),
	/** How the printed plans are signed: "Juf Anouk, groep 5". */
	teacher: text(120),
	school: text(120),
});

export type Agreement = z.output<typeof agreementSchema>;
export type Communicatieplan = z.output<typeof communicatieplanSchema>;

export const communicatieplanType: RecordType<Communicatieplan> = {
	id: 'communicatieplan',
	label: 'het communicatieplan op maat',
	version: 1,
	schema: communicatieplanSchema,
	empty: () => ({ agreements: [], teacher: '', school: '' }),
};

export function newAgreement(classId: string, pupilId: string, id = newId('a')): Agreement {
	return {
		id,
		classId,
		pupilId,
		what: '',
		form: 'school',
		formOther: '',
		whenKind: 'date',
		date: '',
		time: '',
		moment: '',
		withPupil: true,
		initiative: 'school',
	};
}

export function agreementsOf(
	data: Communicatieplan,
	classId: string,
	pupilId: string,
): Agreement[] {
	return data.agreements.filter((a) => a.classId === classId && a.pupilId === pupilId);
}

export function formLabel(agreement: Pick<Agreement, 'form' | 'formOther'>): string {
	return agreement.form === 'other'
		? agreement.formOther.trim() || 'Anders'
		: CONTACT_FORMS[agreement.form];
}

/** When, in words: "maandag 16 november 2026, 15:30", "in de week na het eerste rapport", or "nog niet afgesproken". */
export function whenLabel(agreement: Agreement): string {
	if (agreement.whenKind === 'moment') return agreement.moment.trim() || 'Moment nog niet ingevuld';
	if (!isValidDate(agreement.date)) return 'Datum nog niet ingevuld';
	return `${formatDate(agreement.date, 'long')}${agreement.time ? `, ${agreement.time} uur` : ''}`;
}

interface MonthGroup {
	/** `2026-11`, or empty for the agreements without a date. */
	month: string;
	/** "november 2026", or "Zonder vaste datum". */
	label: string;
	agreements: Agreement[];
}

/**
 * The class's agreements by month, in order of date and time; the ones with a moment in words (or
 * no date yet) last, in one group.
 */
export function byMonth(agreements: readonly Agreement[]): MonthGroup[] {
	const dated = agreements
		.filter((a) => a.whenKind === 'date' && isValidDate(a.date))
		.sort((a, b) => `${a.date}${a.time || '99'}`.localeCompare(`${b.date}${b.time || '99'}`));
	const groups: MonthGroup[] = [];
	for (const agreement of dated) {
		const month = agreement.date.slice(0, 7);
		let group = groups.at(-1);
		if (group?.month !== month) {
			group = { month, label: formatDate(`${month}-01`, 'monthYear'), agreements: [] };
			groups.push(group);
		}
		group.agreements.push(agreement);
	}
	const rest = agreements.filter((a) => !dated.includes(a));
	if (rest.length) groups.push({ month: '', label: 'Zonder vaste datum', agreements: rest });
	return groups;
}

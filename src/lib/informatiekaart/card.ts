/**
 * The informatiekaart as data: what a school team fills in once a year (school and class, who
 * parents can reach and how, the moments every parent is expected, optional activities, what to
 * do when a child is ill, holidays and study days), and how it is shown (language, print layout).
 *
 * The same shape is stored in the browser and in the JSON file a team keeps for next year, so a
 * change of shape raises `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text, timeField } from '../storage/fields';
import { todayIso } from '../dates';
import { newId } from '../ids';
import { PARENT_LANGUAGE_CODES } from '../i18n/languages';
import { logoSchema } from '../files/logo';
import { fixedEmpty, type RecordType } from '../storage/record-type';

/** Kind of school, for the example sentences and the default role of the contact person. */
export const SECTORS = ['po', 'vo'] as const;
/** Who the contact person is to the parents; `other` uses the team's own word. */
export const ROLES = ['teacher', 'mentor', 'careerCoach', 'other'] as const;
/** How parents reach someone; `other` shows only the team's own detail. */
export const CHANNELS = ['phone', 'email', 'app', 'inPerson', 'other'] as const;
/** The school days a channel can be open. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** The contact moments where every parent is expected; `other` uses the team's own name. */
export const MOMENT_KINDS = [
	'introduction',
	'startMeeting',
	'informationEvening',
	'progressMeeting',
	'reportMeeting',
	'adviceMeeting',
	'parentsEvening',
	'other',
] as const;
/** The usual holidays of a Dutch school year, in order (the example card, "add the school holidays"). */
export const USUAL_HOLIDAYS = [
	'autumn',
	'christmas',
	'spring',
	'easter',
	'kingsDay',
	'may',
	'ascension',
	'whitsun',
	'summer',
] as const;
/** Holidays and days off; `other` uses the team's own name. */
export const DAY_OFF_KINDS = [...USUAL_HOLIDAYS, 'studyDay', 'dayOff', 'other'] as const;
/** How the card is printed: one A5 card per page, or two A5 cards on a landscape A4 sheet (one cut). */
const PRINT_LAYOUTS = ['a5', 'a4-two'] as const;
/** Next to Dutch, or the parents' language alone. */
const LANGUAGE_LAYOUTS = ['side', 'alone'] as const;

export type Sector = (typeof SECTORS)[number];
export type Role = (typeof ROLES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type MomentKind = (typeof MOMENT_KINDS)[number];
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** Most rows in one list: far more than fits on a card, a guard against a runaway import. */
const MAX_ROWS = 40;

/** `YYYY-MM-DD` as a date field gives it, or empty. */
const date = dateField('2026-09-14');
/** `HH:MM` as a time field gives it, or empty. */
const time = timeField('08:30');
const rows = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_ROWS));

export const channelSchema = z.object({
	id,
	kind: z.enum(CHANNELS),
	/** The number, address or app name, as typed. */
	detail: text(300),
	/** Days it is open; none means "every day" is not claimed and no days are shown. */
	days: z.array(z.enum(WEEKDAYS)).check(z.maxLength(WEEKDAYS.length)),
	from: time,
	until: time,
	/** A sentence of the team's own, for example "Ik bel u dezelfde dag terug." */
	note: text(500),
});

const personSchema = z.object({
	id,
	role: z.enum(ROLES),
	/** The role in the team's own words, when `role` is `other`. */
	roleOther: text(80),
	name: text(120),
	channels: rows(channelSchema),
});

export const momentSchema = z.object({
	id,
	kind: z.enum(MOMENT_KINDS),
	/** The team's own name, when `kind` is `other`. */
	title: text(120),
	/** The day, or the first day of a week of conversations; empty: "datum volgt". */
	date,
	/** The last day, for conversations spread over several days; empty for one day. */
	endDate: date,
	start: time,
	end: time,
	/** The team's own sentence, for example "U krijgt een uitnodiging om een tijd te kiezen." */
	note: text(500),
});

export const activitySchema = z.object({
	id,
	title: text(120),
	/** When, in the team's own words: "Elke dinsdag van 8.30 tot 9.30 uur". */
	when: text(200),
	note: text(500),
});

const dayOffSchema = z.object({
	id,
	kind: z.enum(DAY_OFF_KINDS),
	/** The team's own name, when `kind` is `other`. */
	title: text(120),
	start: date,
	/** Last day (inclusive); empty for a single day. */
	end: date,
});

export const cardSchema = z.object({
	sector: z.enum(SECTORS),
	/** The parents' language for the fixed headings and labels; `nl` is Dutch only. */
	language: z.enum(PARENT_LANGUAGE_CODES),
	/** Side by side with Dutch, or alone (ignored for Dutch). */
	languageLayout: z.enum(LANGUAGE_LAYOUTS),
	printLayout: z.enum(PRINT_LAYOUTS),
	school: z.object({
		name: text(120),
		/** As the school says it: "Groep 5b", "Klas 2 havo". */
		className: text(80),
		/** "2026-2027". */
		schoolYear: text(20),
		address: text(200),
		phone: text(60),
		email: text(120),
		website: text(200),
		logo: z.nullable(logoSchema),
	}),
	/** The welcome, in the team's own words. */
	intro: text(800),
	people: rows(personSchema),
	moments: rows(momentSchema),
	activities: rows(activitySchema),
	illness: z.object({
		/** How parents report it: "Bel 010 123 45 67 of stuur een bericht in de app." */
		how: text(500),
		/** Before what time. */
		before: time,
		/** What to do when the child is better again. */
		better: text(500),
	}),
	daysOff: rows(dayOffSchema),
	/** A last sentence, for example "We kijken ernaar uit u te zien!" */
	closing: text(300),
});

export type Card = z.output<typeof cardSchema>;
export type Person = Card['people'][number];
export type ContactChannel = Person['channels'][number];
export type Moment = Card['moments'][number];
export type Activity = Card['activities'][number];
export type DayOff = Card['daysOff'][number];

/**
 * The school year a team is most likely making the card for: from May on, the next one (the card
 * is made before the summer holiday); before May, the current one.
 */
export function likelySchoolYear(today: Date): string {
	const [year, month] = todayIso(today).split('-').map(Number);
	const first = month! >= 5 ? year! : year! - 1;
	return `${first}-${first + 1}`;
}

export const newChannel = (kind: Channel = 'email'): ContactChannel => ({
	id: newId('k'),
	kind,
	detail: '',
	days: [],
	from: '',
	until: '',
	note: '',
});

export const newPerson = (sector: Sector): Person => ({
	id: newId('p'),
	role: sector === 'po' ? 'teacher' : 'mentor',
	roleOther: '',
	name: '',
	channels: [newChannel('email')],
});

export const newMoment = (kind: MomentKind = 'introduction'): Moment => ({
	id: newId('m'),
	kind,
	title: '',
	date: '',
	endDate: '',
	start: '',
	end: '',
	note: '',
});

export const newActivity = (): Activity => ({ id: newId('a'), title: '', when: '', note: '' });

export const newDayOff = (kind: DayOffKind = 'autumn'): DayOff => ({
	id: newId('v'),
	kind,
	title: '',
	start: '',
	end: '',
});

/** A new card: everything empty but one contact person, the likely school year, Dutch, A5. */
export function emptyCard(today = new Date()): Card {
	return {
		sector: 'po',
		language: 'nl',
		languageLayout: 'side',
		printLayout: 'a5',
		school: {
			name: '',
			className: '',
			schoolYear: likelySchoolYear(today),
			address: '',
			phone: '',
			email: '',
			website: '',
			logo: null,
		},
		intro: '',
		people: [newPerson('po')],
		moments: [],
		activities: [],
		illness: { how: '', before: '', better: '' },
		daysOff: [],
		closing: '',
	};
}

export const cardType: RecordType<Card> = {
	id: 'informatiekaart',
	label: 'de informatiekaart',
	version: 1,
	schema: cardSchema,
	empty: fixedEmpty(emptyCard),
};

/**
 * Whether the team has filled in anything at all: choices about the card (kind of school, language,
 * print layout) and the school year it starts with do not count, so starting over asks nothing.
 */
export function isBlank(card: Card): boolean {
	const strip = (c: Card) =>
		JSON.stringify({
			...c,
			sector: '',
			language: '',
			languageLayout: '',
			printLayout: '',
			school: { ...c.school, schoolYear: '' },
			people: c.people.map((p) => ({
				...p,
				id: '',
				role: '',
				channels: p.channels.map((ch) => ({ ...ch, id: '' })),
			})),
		});
	return strip(card) === strip(cardType.empty());
}

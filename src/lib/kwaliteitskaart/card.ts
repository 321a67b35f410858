/**
 * The kwaliteitskaart communicatie met ouders as data: what a school team writes down about how it
 * communicates with parents (introduction, goals, channels with purpose and frequency, team
 * agreements, evaluation, safeguarding), the version date on top, and the school's name and logo.
 * Each agreement can name the success factors (by number, 1 to 10) it serves.
 *
 * The same shape is stored in the browser and in the JSON file a team keeps to revise next year, so
 * a change of shape raises `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text } from '../storage/fields';
import { formatDate, isValidDate, todayIso } from '../dates';
import { newId } from '../ids';
import { logoSchema } from '../files/logo';
import { fixedEmpty, type RecordType } from '../storage/record-type';

/** Most rows in one list: far more than a card holds, a guard against a runaway import. */
const MAX_ROWS = 40;

/** `YYYY-MM-DD` as a date field gives it, or empty. */
const date = dateField('2026-09-14');
const rows = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_ROWS));

const goalSchema = z.object({
	id,
	/** One or two words: "Informeren". */
	title: text(120),
	/** What the goal means for this school. */
	text: text(1000),
});

const channelSchema = z.object({
	id,
	/** The channel as the school calls it: "Ouderapp", "Koffie-uurtje". */
	name: text(120),
	/** What the school uses it for. */
	purpose: text(1000),
	/** How often, in the team's own words: "Elke week", "Drie keer per jaar". */
	frequency: text(200),
});

const agreementSchema = z.object({
	id,
	/** A short name: "Klasberichten". */
	title: text(120),
	/** The agreement itself: what, how often, who. */
	text: text(1500),
	/** The numbers of the success factors this agreement serves, in order, each once. */
	factors: z.array(z.number().check(z.int(), z.gte(1), z.lte(10))).check(z.maxLength(10)),
});

export const cardSchema = z.object({
	school: z.object({
		name: text(120),
		logo: z.nullable(logoSchema),
	}),
	/** The date of this version of the card, on top, so everyone sees which one is current. */
	versionDate: date,
	/** Why the school has this card, in a few sentences. */
	intro: text(2000),
	goals: rows(goalSchema),
	channels: rows(channelSchema),
	agreements: rows(agreementSchema),
	/** How and when the school checks whether the approach works. */
	evaluation: text(2000),
	/** How the school keeps the card known and up to date. */
	safeguarding: text(2000),
});

export type Card = z.output<typeof cardSchema>;
export type Goal = Card['goals'][number];
export type Channel = Card['channels'][number];
export type Agreement = Card['agreements'][number];

export const newGoal = (): Goal => ({ id: newId('d'), title: '', text: '' });
export const newChannel = (): Channel => ({ id: newId('m'), name: '', purpose: '', frequency: '' });
export const newAgreement = (): Agreement => ({ id: newId('a'), title: '', text: '', factors: [] });

/** A new, empty card with today as its version date. */
export function emptyCard(today = new Date()): Card {
	return {
		school: { name: '', logo: null },
		versionDate: todayIso(today),
		intro: '',
		goals: [],
		channels: [],
		agreements: [],
		evaluation: '',
		safeguarding: '',
	};
}

export const cardType: RecordType<Card> = {
	id: 'kwaliteitskaart',
	label: 'de kwaliteitskaart',
	version: 1,
	schema: cardSchema,
	empty: fixedEmpty(emptyCard),
};

/** Whether the team has filled in anything (the version date does not count). */
export function isBlank(card: Card): boolean {
	const strip = (c: Card) => JSON.stringify({ ...c, versionDate: '' });
	return strip(card) === strip(cardType.empty());
}

/** An agreement's factors with `factor` switched on or off, kept in number order. */
export function toggleFactor(factors: readonly number[], factor: number, on: boolean): number[] {
	const rest = factors.filter((n) => n !== factor);
	return (on ? [...rest, factor] : rest).sort((a, b) => a - b);
}

/** "14 oktober 2026" for a `YYYY-MM-DD` date; empty when there is none. */
export function formatVersionDate(date: string): string {
	return isValidDate(date) ? formatDate(date, 'dayMonthYear') : '';
}

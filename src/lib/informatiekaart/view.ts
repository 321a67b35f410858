/**
 * What the card shows, worked out once from the team's data and the chosen language: the preview,
 * the print sheet and the Word file all draw from this view, so they cannot disagree.
 *
 * Fixed words (headings, labels, days, dates) come as `Fixed`: one part in Dutch, or the parents'
 * language alone, or two parts, Dutch first and the translation second. The team's own text comes
 * as a plain string and is never translated.
 */
import { addDays, formatDate, formatDateRange, isValidDate } from '../dates';
import { PARENT_LANGUAGES, type ParentLanguage } from '../i18n/languages';
import type { Logo } from '../files/logo';
import type { Card, ContactChannel, DayOff, Moment, Person, Weekday } from './card';
import { WEEKDAYS } from './card';
import { label, type LabelKey } from './labels';

interface LabelPart {
	text: string;
	lang: ParentLanguage;
	dir: 'ltr' | 'rtl';
}

/** Fixed words in the card's language(s); a second part is the translation beside the Dutch. */
export type Fixed = LabelPart[];
/** Either fixed words, or the team's own words (a string). */
export type Words = Fixed | string;

interface ChannelView {
	kind: Fixed | null;
	detail: string;
	days: Fixed | null;
	/** "15:00–16:00", or "vanaf 15:00" (fixed, since it has words). */
	hours: Words | null;
	note: string;
}

interface PersonView {
	role: Words | null;
	name: string;
	channels: ChannelView[];
}

interface MomentView {
	id: string;
	title: Words;
	when: Fixed;
	hours: string;
	note: string;
}

interface ActivityView {
	title: string;
	when: string;
	note: string;
}

interface DayOffView {
	id: string;
	title: Words;
	when: Fixed;
}

export interface CardView {
	/** The card's own language and direction: Dutch, or the parents' language when it stands alone. */
	lang: ParentLanguage;
	dir: 'ltr' | 'rtl';
	/** The languages in the card, Dutch first: one or two. */
	languages: ParentLanguage[];
	title: Fixed;
	schoolYear: Fixed | null;
	school: string;
	className: string;
	logo: (Logo & { alt: string }) | null;
	intro: string;
	contact: { heading: Fixed; people: PersonView[] } | null;
	moments: { heading: Fixed; items: MomentView[] } | null;
	activities: { heading: Fixed; items: ActivityView[] } | null;
	illness: {
		heading: Fixed;
		sick: Fixed;
		before: Fixed | null;
		how: string;
		better: Fixed | null;
		betterText: string;
	} | null;
	daysOff: { heading: Fixed; items: DayOffView[] } | null;
	footer: {
		address: string;
		phone: string;
		email: string;
		website: string;
		labels: { address: Fixed; phone: Fixed; email: Fixed; website: Fixed };
	} | null;
	closing: string;
}

/** "di 8 sep", or a range "ma 19 – vr 23 okt", in one language. */
export function formatDays(language: ParentLanguage, start: string, end = ''): string {
	if (!isValidDate(start)) return label(language, 'dateFollows');
	if (!isValidDate(end) || end <= start) return formatDate(start, 'short', language);
	// Within a year the short range ("ma 19 – vr 23 okt"); across New Year without the years, which
	// the card's school year already gives.
	if (start.slice(0, 4) === end.slice(0, 4)) return formatDateRange(start, end, 'short', language);
	return `${formatDate(start, 'short', language)} – ${formatDate(end, 'short', language)}`;
}

/** A weekday's short name in one language ("ma", "Mon", "Pzt"). */
function weekdayName(language: ParentLanguage, day: Weekday): string {
	// 1 January 2024 was a Monday.
	return formatDate(addDays('2024-01-01', WEEKDAYS.indexOf(day)), 'weekdayShort', language);
}

/** Chosen days as they read: three or more in a row as a range ("ma–do"), otherwise a list ("ma, wo, vr"). */
export function formatWeekdays(language: ParentLanguage, days: readonly Weekday[]): string {
	const sorted = WEEKDAYS.filter((day) => days.includes(day));
	if (sorted.length === 0) return '';
	const first = WEEKDAYS.indexOf(sorted[0]!);
	const consecutive = sorted.every((day, i) => WEEKDAYS.indexOf(day) === first + i);
	if (consecutive && sorted.length >= 3)
		return `${weekdayName(language, sorted[0]!)}–${weekdayName(language, sorted.at(-1)!)}`;
	return new Intl.ListFormat(PARENT_LANGUAGES[language].locale, {
		type: 'unit',
		style: 'short',
	}).format(sorted.map((day) => weekdayName(language, day)));
}

/** "19:00–20:30", "19:00", or "" (language-neutral). */
export function formatHours(start: string, end: string): string {
	if (start && end) return `${start}–${end}`;
	return start || (end ? `–${end}` : '');
}

/** Makes fixed words in the card's language(s). */
interface Labeller {
	/** A fixed label in the card's language(s). */
	fixed(key: LabelKey, values?: Record<string, string>): Fixed;
	/** Fixed words made per language by a function (dates, days). */
	each(make: (language: ParentLanguage) => string): Fixed;
}

function labeller(languages: readonly ParentLanguage[]): Labeller {
	const part = (language: ParentLanguage, text: string): LabelPart => ({
		text,
		lang: language,
		dir: PARENT_LANGUAGES[language].dir,
	});
	return {
		fixed: (key, values) =>
			languages.map((language) => part(language, label(language, key, values))),
		each: (make) => languages.map((language) => part(language, make(language))),
	};
}

const hasText = (...values: string[]) => values.some((value) => value.trim() !== '');

function channelView({ fixed, each }: Labeller, channel: ContactChannel): ChannelView {
	return {
		kind: channel.kind === 'other' ? null : fixed(`channel.${channel.kind}`),
		detail: channel.detail.trim(),
		days:
			channel.days.length > 0 ? each((language) => formatWeekdays(language, channel.days)) : null,
		hours:
			channel.from && channel.until
				? `${channel.from}–${channel.until}`
				: channel.from
					? fixed('timeFrom', { time: channel.from })
					: channel.until
						? fixed('timeUntil', { time: channel.until })
						: null,
		note: channel.note.trim(),
	};
}

const channelShown = (channel: ContactChannel) =>
	hasText(channel.detail, channel.note) ||
	channel.days.length > 0 ||
	!!channel.from ||
	!!channel.until;

/** The people to contact, each with the channels that have something filled in. */
function peopleView(t: Labeller, people: readonly Person[]): PersonView[] {
	return people
		.filter(
			(person) => hasText(person.name, person.roleOther) || person.channels.some(channelShown),
		)
		.map((person) => ({
			role:
				person.role === 'other' ? person.roleOther.trim() || null : t.fixed(`role.${person.role}`),
			name: person.name.trim(),
			channels: person.channels.filter(channelShown).map((channel) => channelView(t, channel)),
		}));
}

function momentsView({ fixed, each }: Labeller, moments: readonly Moment[]): MomentView[] {
	return moments
		.filter((m) => m.kind !== 'other' || hasText(m.title))
		.map((moment) => ({
			id: moment.id,
			title: moment.kind === 'other' ? moment.title.trim() : fixed(`moment.${moment.kind}`),
			when: each((language) => formatDays(language, moment.date, moment.endDate)),
			hours: formatHours(moment.start, moment.end),
			note: moment.note.trim(),
		}));
}

function activitiesView(activities: Card['activities']): ActivityView[] {
	return activities
		.filter((a) => hasText(a.title, a.when, a.note))
		.map((a) => ({ title: a.title.trim(), when: a.when.trim(), note: a.note.trim() }));
}

function daysOffView({ fixed, each }: Labeller, daysOff: readonly DayOff[]): DayOffView[] {
	return daysOff
		.filter((d) => d.kind !== 'other' || hasText(d.title))
		.map((day) => ({
			id: day.id,
			title: day.kind === 'other' ? day.title.trim() : fixed(`dayOff.${day.kind}`),
			when: each((language) => formatDays(language, day.start, day.end)),
		}));
}

/** What to do when a child is ill; null when the team filled in nothing. */
function illnessView({ fixed }: Labeller, illness: Card['illness']): CardView['illness'] {
	if (!hasText(illness.how, illness.better) && !illness.before) return null;
	return {
		heading: fixed('illnessHeading'),
		sick: fixed('illnessSick'),
		before: illness.before ? fixed('illnessBefore', { time: illness.before }) : null,
		how: illness.how.trim(),
		better: hasText(illness.better) ? fixed('illnessBetter') : null,
		betterText: illness.better.trim(),
	};
}

/** The school's address and ways to reach it; null when none is filled in. */
function footerView({ fixed }: Labeller, school: Card['school']): CardView['footer'] {
	if (!hasText(school.address, school.phone, school.email, school.website)) return null;
	return {
		address: school.address.trim(),
		phone: school.phone.trim(),
		email: school.email.trim(),
		website: school.website.trim(),
		labels: {
			address: fixed('address'),
			phone: fixed('channel.phone'),
			email: fixed('channel.email'),
			website: fixed('website'),
		},
	};
}

/** A part of the card with its heading, or null when it has nothing to show. */
function section<T>(heading: Fixed, items: T[]): { heading: Fixed; items: T[] } | null {
	return items.length > 0 ? { heading, items } : null;
}

export function cardView(card: Card): CardView {
	const second = card.language === 'nl' ? null : card.language;
	const alone = second !== null && card.languageLayout === 'alone';
	const languages: ParentLanguage[] = alone ? [second] : second ? ['nl', second] : ['nl'];
	const main = languages[0]!;
	const t = labeller(languages);
	const { fixed } = t;
	const { school } = card;
	const people = peopleView(t, card.people);

	return {
		lang: main,
		dir: PARENT_LANGUAGES[main].dir,
		languages,
		title: fixed('cardTitle'),
		schoolYear: hasText(school.schoolYear)
			? fixed('schoolYear', { year: school.schoolYear.trim() })
			: null,
		school: school.name.trim(),
		className: school.className.trim(),
		logo: school.logo ? { ...school.logo, alt: label(main, 'logoAlt') } : null,
		intro: card.intro.trim(),
		contact: people.length > 0 ? { heading: fixed('contactHeading'), people } : null,
		moments: section(fixed('momentsHeading'), momentsView(t, card.moments)),
		activities: section(fixed('activitiesHeading'), activitiesView(card.activities)),
		illness: illnessView(t, card.illness),
		daysOff: section(fixed('holidaysHeading'), daysOffView(t, card.daysOff)),
		footer: footerView(t, school),
		closing: card.closing.trim(),
	};
}

/** Fixed words as one line of plain text: "Zo bereikt u ons / How to reach us". */
export function plain(words: Words): string {
	return typeof words === 'string' ? words : words.map((p) => p.text).join(' / ');
}

/** Only the Dutch (or main) part of fixed words, or the team's own words. */
export function firstPart(words: Words): string {
	return typeof words === 'string' ? words : (words[0]?.text ?? '');
}

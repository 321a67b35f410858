/**
 * The informatiekaart as an editable Word document (A5), from the same view as the preview. Each
 * line of fixed words is written in the card's main language; beside Dutch, the translation of its
 * fixed words follows as a small paragraph of its own (right-to-left for Arabic), so Word never has
 * to mix the two directions in one line. The team's own text appears once, as typed.
 *
 * Loaded only when the user asks for a Word file (it brings the Word and ZIP writers along).
 */
import { writeDocx, type Block, type Run } from '../export/docx';
import { PARENT_LANGUAGES, type ParentLanguage } from '../i18n/languages';
import { logoBytes, logoSizeMm } from '../files/logo';
import type { Card } from './card';
import { cardView, firstPart, type CardView, type Words } from './view';

/** A piece of a line: fixed words (one part per language) or the team's own (only in the main line). */
interface Piece {
	words: Words | null;
	bold?: boolean;
}

const LOGO_MAX_MM = { width: 45, height: 18 };
/** Text sizes in points: a card is small, so smaller than Word's usual 11 pt. */
const SIZE = { text: 9.5, translation: 8.5 };

const dirOf = (language: ParentLanguage) => PARENT_LANGUAGES[language].dir;
const textOptions = (language: ParentLanguage) =>
	dirOf(language) === 'rtl'
		? { rtl: true, lang: language }
		: language === 'nl'
			? {}
			: { lang: language };

/** The text of pieces in the view's language number `index`; own words only in the first. */
function runsFor(pieces: Piece[], index: number, separator: string): Run[] {
	const runs: Run[] = [];
	const size = index === 0 ? SIZE.text : SIZE.translation;
	for (const piece of pieces) {
		if (piece.words === null) continue;
		const text =
			typeof piece.words === 'string'
				? index === 0
					? piece.words
					: ''
				: (piece.words[index]?.text ?? '');
		if (!text) continue;
		if (runs.length > 0) runs.push({ text: separator, size });
		runs.push({ text, size, ...(piece.bold ? { bold: true } : {}) });
	}
	return runs;
}

interface LineOptions {
	separator?: string;
	keepWithNext?: boolean;
	small?: boolean;
}

/** Writes the blocks of one card's view: in its main language, with the translation beside Dutch. */
class CardWriter {
	constructor(readonly view: CardView) {}

	/** One line per language: the main line with everything, then the translation of its fixed words. */
	lines(pieces: Piece[], options: LineOptions = {}): Block[] {
		const { languages } = this.view;
		const separator = options.separator ?? ' · ';
		return languages.flatMap((language, index) => {
			const runs = runsFor(pieces, index, separator);
			if (runs.length === 0) return [];
			const translation = index > 0;
			if (
				translation &&
				!pieces.some((piece) => piece.words !== null && typeof piece.words !== 'string')
			)
				return [];
			return [
				{
					type: 'paragraph',
					runs,
					small: options.small,
					keepWithNext: options.keepWithNext || (index === 0 && languages.length > 1),
					...textOptions(language),
				} satisfies Block,
			];
		});
	}

	heading(words: Words): Block[] {
		if (typeof words === 'string') return [{ type: 'heading', level: 3, text: words }];
		const [main, ...rest] = words;
		return [
			{ type: 'heading', level: 3, text: main!.text, ...textOptions(main!.lang) },
			...rest.map((part): Block => ({
				type: 'paragraph',
				runs: [{ text: part.text, bold: true, size: SIZE.translation, color: '1F3864' }],
				keepWithNext: true,
				...textOptions(part.lang),
			})),
		];
	}

	/** The team's own words as a paragraph, or nothing when empty. */
	own(text: string): Block[] {
		return text ? [{ type: 'paragraph', runs: [{ text, size: SIZE.text }] }] : [];
	}
}

/** The logo, the school's name as the title, the class and year, the card's title and the intro. */
function headBlocks(w: CardWriter): Block[] {
	const { view } = w;
	const blocks: Block[] = [];
	if (view.logo) {
		const { data, format } = logoBytes(view.logo);
		blocks.push({
			type: 'image',
			data,
			format,
			...logoSizeMm(view.logo, LOGO_MAX_MM),
			description: view.logo.alt,
			align: 'start',
		});
	}
	blocks.push({ type: 'title', text: view.school || view.title[0]!.text });
	blocks.push(
		...w.lines([{ words: view.className || null, bold: true }, { words: view.schoolYear }]),
	);
	blocks.push(...w.lines([{ words: view.title }], { small: true }));
	blocks.push(...w.own(view.intro));
	return blocks;
}

function contactBlocks(w: CardWriter, contact: NonNullable<CardView['contact']>): Block[] {
	const blocks = w.heading(contact.heading);
	for (const person of contact.people) {
		const name: Piece[] = [
			{ words: person.role, bold: true },
			{ words: person.name || null, bold: true },
		];
		blocks.push(...w.lines(name, { separator: ': ', keepWithNext: person.channels.length > 0 }));
		for (const channel of person.channels) {
			const pieces: Piece[] = [
				{ words: channel.kind },
				{ words: channel.detail || null },
				{ words: channel.days },
				{ words: channel.hours },
			];
			blocks.push(...w.lines(pieces, { separator: ' · ' }));
			blocks.push(...w.own(channel.note));
		}
	}
	return blocks;
}

function momentsBlocks(w: CardWriter, moments: NonNullable<CardView['moments']>): Block[] {
	const blocks = w.heading(moments.heading);
	for (const moment of moments.items) {
		const pieces: Piece[] = [
			{ words: moment.title, bold: true },
			{ words: moment.when },
			{ words: moment.hours || null },
		];
		blocks.push(...w.lines(pieces, { keepWithNext: !!moment.note }));
		blocks.push(...w.own(moment.note));
	}
	return blocks;
}

function activitiesBlocks(w: CardWriter, activities: NonNullable<CardView['activities']>): Block[] {
	const blocks = w.heading(activities.heading);
	for (const activity of activities.items) {
		const runs: Run[] = [
			activity.title ? { text: activity.title, bold: true, size: SIZE.text } : '',
			activity.title && activity.when ? { text: ' · ', size: SIZE.text } : '',
			activity.when ? { text: activity.when, size: SIZE.text } : '',
		].filter(Boolean);
		blocks.push({ type: 'paragraph', runs, keepWithNext: !!activity.note });
		blocks.push(...w.own(activity.note));
	}
	return blocks;
}

function illnessBlocks(w: CardWriter, illness: NonNullable<CardView['illness']>): Block[] {
	const blocks = w.heading(illness.heading);
	blocks.push(
		...w.lines([{ words: illness.sick, bold: true }, { words: illness.before }], {
			separator: ' ',
		}),
	);
	blocks.push(...w.own(illness.how));
	if (illness.better) {
		blocks.push(...w.lines([{ words: illness.better, bold: true }]));
		blocks.push(...w.own(illness.betterText));
	}
	return blocks;
}

function daysOffBlocks(w: CardWriter, daysOff: NonNullable<CardView['daysOff']>): Block[] {
	const blocks = w.heading(daysOff.heading);
	for (const day of daysOff.items)
		blocks.push(...w.lines([{ words: day.title, bold: true }, { words: day.when }]));
	return blocks;
}

/** The school's details under one another, with the labels in the card's main language only. */
function footerBlocks(w: CardWriter, footer: NonNullable<CardView['footer']>): Block[] {
	const rows: [Words, string][] = [
		[footer.labels.address, footer.address],
		[footer.labels.phone, footer.phone],
		[footer.labels.email, footer.email],
		[footer.labels.website, footer.website],
	];
	return rows
		.filter(([, value]) => value)
		.map(([name, value]) => ({
			type: 'paragraph',
			small: true,
			runs: [
				{ text: `${firstPart(name)}: `, bold: true, size: SIZE.translation },
				{ text: value, size: SIZE.translation },
			],
			...textOptions(w.view.lang),
		}));
}

export function cardBlocks(card: Card): Block[] {
	const view = cardView(card);
	const w = new CardWriter(view);
	return [
		...headBlocks(w),
		...(view.contact ? contactBlocks(w, view.contact) : []),
		...(view.moments ? momentsBlocks(w, view.moments) : []),
		...(view.activities ? activitiesBlocks(w, view.activities) : []),
		...(view.illness ? illnessBlocks(w, view.illness) : []),
		...(view.daysOff ? daysOffBlocks(w, view.daysOff) : []),
		...(view.footer ? footerBlocks(w, view.footer) : []),
		...(view.closing
			? [
					{
						type: 'paragraph',
						runs: [{ text: view.closing, bold: true, size: SIZE.text }],
					} as Block,
				]
			: []),
	];
}

/** The card as the bytes of an A5 .docx file. */
export function cardDocx(card: Card, created?: Date): Uint8Array<ArrayBuffer> {
	const view: CardView = cardView(card);
	const title = ['Informatiekaart', view.school, view.className].filter(Boolean).join(' ');
	return writeDocx(cardBlocks(card), {
		title,
		page: { size: 'A5', marginMm: 12 },
		lang: view.lang === 'nl' ? 'nl-NL' : view.lang,
		...(created ? { created } : {}),
	});
}

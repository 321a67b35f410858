/**
 * The blank informatiekaart, for teams that fill it in by hand or in Word: a printable A5 PDF and an
 * editable A5 Word file, both in Dutch, with the same headings as the card the maker prints (from
 * `labels.ts`). Made at build time; pure functions, so they are tested like the rest of `lib/`.
 */
import { writeDocx, type Block } from '../export/docx';
import { PdfDocument, textWidthMm, type PdfPage } from '../export/pdf';
import { CARD_LABELS } from './labels';

const L = CARD_LABELS.nl;

/** The words only the blank card needs: what to write on each line. */
const BLANK_LABELS = {
	school: 'School',
	className: 'Groep of klas',
	schoolYear: 'Schooljaar',
	person: 'Naam en rol (leerkracht, mentor, slb)',
	channels: 'Bereikbaar via (telefoon, e-mail, app)',
	when: 'Op welke dagen en tijden',
	what: 'Wat',
	date: 'Datum',
	time: 'Tijd',
	activity: 'Wat en wanneer',
	how: 'Zo meldt u het',
	from: 'Van',
	until: 'Tot en met',
	schoolDetails: 'Adres, telefoon en website van de school',
} as const;

export const BLANK_TITLE = 'Informatiekaart voor ouders (leeg)';
/** The date in the files' properties: fixed, so every build makes the same bytes. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

const ACCENT = '#0f6b73';
const INK = '#1f2933';
const MUTED = '#5b6770';
const RULE = '#9aa5ad';

/** Page geometry of the A5 card, in millimetres. */
export const BLANK_PAGE = { width: 148, height: 210, margin: 11 };

/**
 * Draws the blank card and returns how far down the page it reached (for the unit test: the card
 * must end above the bottom margin).
 */
function drawBlank(page: PdfPage): number {
	const { width, margin } = BLANK_PAGE;
	const left = margin;
	const right = width - margin;
	const inner = right - left;
	let y = margin;

	/** A caption with a line after it to write on. */
	const writeLine = (labelText: string, x1 = left, x2 = right) => {
		y += 7.4;
		page.text(x1, y, labelText, { size: 7.5, color: MUTED });
		page.line(x1 + textWidthMm(labelText, 7.5) + 2, y + 0.6, x2, y + 0.6, {
			color: RULE,
			width: 0.2,
		});
	};
	const heading = (text: string) => {
		y += 7.2;
		page.text(left, y, text, { size: 10.5, bold: true, color: ACCENT });
		y += 1.3;
		page.line(left, y, right, y, { color: ACCENT, width: 0.35 });
	};
	const table = (columns: { label: string; width: number }[], rows: number, x0 = left) => {
		const rowHeight = 6.4;
		let x = x0;
		y += 4.2;
		for (const column of columns) {
			page.text(x + 1, y, column.label, { size: 6.5, bold: true, color: MUTED });
			x += column.width;
		}
		y += 1.2;
		const top = y;
		const total = columns.reduce((sum, c) => sum + c.width, 0);
		for (let r = 0; r <= rows; r++)
			page.line(x0, top + r * rowHeight, x0 + total, top + r * rowHeight, {
				color: RULE,
				width: 0.2,
			});
		x = x0;
		for (const column of columns.slice(0, -1)) {
			x += column.width;
			page.line(x, top, x, top + rows * rowHeight, { color: RULE, width: 0.2 });
		}
		y = top + rows * rowHeight;
	};

	// The band at the top: what the card is, and room for the school's name.
	page.rect(0, 0, width, 7, { fill: ACCENT, stroke: false });
	y = 7 + 7;
	page.text(left, y, L.cardTitle, { size: 15, bold: true, color: INK });
	y += 1;
	writeLine(BLANK_LABELS.school);
	const half = left + inner * 0.62;
	writeLine(BLANK_LABELS.className, left, half - 4);
	y -= 7.4;
	writeLine(BLANK_LABELS.schoolYear, half, right);

	heading(L.contactHeading);
	writeLine(BLANK_LABELS.person);
	writeLine(BLANK_LABELS.channels);
	writeLine(BLANK_LABELS.when);

	heading(L.momentsHeading);
	table(
		[
			{ label: BLANK_LABELS.what, width: inner * 0.52 },
			{ label: BLANK_LABELS.date, width: inner * 0.28 },
			{ label: BLANK_LABELS.time, width: inner * 0.2 },
		],
		4,
	);

	heading(L.activitiesHeading);
	writeLine(BLANK_LABELS.activity);
	writeLine(BLANK_LABELS.activity);

	heading(L.illnessHeading);
	y += 5.2;
	page.text(left, y, L.illnessSick, { size: 8.5, bold: true, color: INK });
	const before = L.illnessBefore.split('{time}');
	const sickWidth = 30;
	page.text(left + sickWidth, y, before[0]!, { size: 8.5, color: INK });
	const blankStart = left + sickWidth + 20;
	page.line(blankStart, y + 0.6, blankStart + 16, y + 0.6, { color: RULE, width: 0.2 });
	page.text(blankStart + 17, y, `uur${before[1] ?? ''}`, { size: 8.5, color: INK });
	writeLine(BLANK_LABELS.how);
	writeLine(L.illnessBetter);

	heading(L.holidaysHeading);
	const columnWidth = (inner - 4) / 2;
	const tableTop = y;
	table(
		[
			{ label: BLANK_LABELS.what, width: columnWidth * 0.5 },
			{ label: BLANK_LABELS.from, width: columnWidth * 0.25 },
			{ label: BLANK_LABELS.until, width: columnWidth * 0.25 },
		],
		4,
	);
	const tableBottom = y;
	y = tableTop;
	table(
		[
			{ label: BLANK_LABELS.what, width: columnWidth * 0.5 },
			{ label: BLANK_LABELS.from, width: columnWidth * 0.25 },
			{ label: BLANK_LABELS.until, width: columnWidth * 0.25 },
		],
		4,
		left + columnWidth + 4,
	);
	y = Math.max(y, tableBottom);

	writeLine(BLANK_LABELS.schoolDetails);
	return y;
}

/** The blank card as a one-page A5 PDF. */
export function blankCardPdf(): Uint8Array<ArrayBuffer> {
	const pdf = new PdfDocument({ title: BLANK_TITLE, lang: 'nl-NL', created: FIXED_DATE });
	drawBlank(pdf.addPage(BLANK_PAGE.width, BLANK_PAGE.height));
	return pdf.toBytes();
}

/** How far down the blank card reaches, in millimetres (for tests). */
export function blankCardBottom(): number {
	const pdf = new PdfDocument({ title: BLANK_TITLE });
	return drawBlank(pdf.addPage(BLANK_PAGE.width, BLANK_PAGE.height));
}

const DOTS = '……………………………………';

/** The blocks of the blank Word card: headings from the labels, and fields to type in. */
function blankCardBlocks(): Block[] {
	const empty = (rows: number, columns: number) =>
		Array.from({ length: rows }, () => Array.from({ length: columns }, () => [''] as [string]));
	const field = (name: string): Block => ({
		type: 'paragraph',
		runs: [{ text: `${name}: `, bold: true }, DOTS],
	});
	return [
		{ type: 'title', text: L.cardTitle },
		field(BLANK_LABELS.school),
		field(BLANK_LABELS.className),
		field(BLANK_LABELS.schoolYear),
		{
			type: 'paragraph',
			runs: [
				{ text: 'Schrijf hier een welkom in een paar zinnen.', italic: true, color: '5B6770' },
			],
		},
		{ type: 'heading', level: 2, text: L.contactHeading },
		field(BLANK_LABELS.person),
		field(BLANK_LABELS.channels),
		field(BLANK_LABELS.when),
		{ type: 'heading', level: 2, text: L.momentsHeading },
		{
			type: 'table',
			header: true,
			widths: [5, 3, 2],
			rows: [[[BLANK_LABELS.what], [BLANK_LABELS.date], [BLANK_LABELS.time]], ...empty(4, 3)],
		},
		{ type: 'heading', level: 2, text: L.activitiesHeading },
		{ type: 'list', items: [[DOTS], [DOTS]] },
		{ type: 'heading', level: 2, text: L.illnessHeading },
		{
			type: 'paragraph',
			runs: [
				{ text: `${L.illnessSick} `, bold: true },
				L.illnessBefore.replace('{time}', '…… uur'),
			],
		},
		field(BLANK_LABELS.how),
		field(L.illnessBetter),
		{ type: 'heading', level: 2, text: L.holidaysHeading },
		{
			type: 'table',
			header: true,
			widths: [5, 2.5, 2.5],
			rows: [[[BLANK_LABELS.what], [BLANK_LABELS.from], [BLANK_LABELS.until]], ...empty(6, 3)],
		},
		field(BLANK_LABELS.schoolDetails),
	];
}

/** The blank card as an A5 Word file to fill in. */
export function blankCardDocx(): Uint8Array<ArrayBuffer> {
	return writeDocx(blankCardBlocks(), {
		title: BLANK_TITLE,
		page: { size: 'A5', marginMm: 14 },
		created: FIXED_DATE,
	});
}

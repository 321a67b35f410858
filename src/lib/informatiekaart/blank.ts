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

/** A column of a table to write in: its caption and width in millimetres. */
interface Column {
	label: string;
	width: number;
}

/** The page of the blank card and how far down it is drawn (`y`, in millimetres). */
class BlankSheet {
	readonly left = BLANK_PAGE.margin;
	readonly right = BLANK_PAGE.width - BLANK_PAGE.margin;
	readonly inner = this.right - this.left;
	y = BLANK_PAGE.margin;

	constructor(readonly page: PdfPage) {}

	/** A caption with a line after it to write on. */
	writeLine(labelText: string, x1 = this.left, x2 = this.right): void {
		this.y += 7.4;
		this.page.text(x1, this.y, labelText, { size: 7.5, color: MUTED });
		this.page.line(x1 + textWidthMm(labelText, 7.5) + 2, this.y + 0.6, x2, this.y + 0.6, {
			color: RULE,
			width: 0.2,
		});
	}

	heading(text: string): void {
		this.y += 7.2;
		this.page.text(this.left, this.y, text, { size: 10.5, bold: true, color: ACCENT });
		this.y += 1.3;
		this.page.line(this.left, this.y, this.right, this.y, { color: ACCENT, width: 0.35 });
	}

	/** Column captions, then `rows` empty rows ruled under them, starting at `x0`. */
	table(columns: Column[], rows: number, x0 = this.left): void {
		const rowHeight = 6.4;
		let x = x0;
		this.y += 4.2;
		for (const column of columns) {
			this.page.text(x + 1, this.y, column.label, { size: 6.5, bold: true, color: MUTED });
			x += column.width;
		}
		this.y += 1.2;
		const top = this.y;
		const total = columns.reduce((sum, c) => sum + c.width, 0);
		for (let r = 0; r <= rows; r++)
			this.page.line(x0, top + r * rowHeight, x0 + total, top + r * rowHeight, {
				color: RULE,
				width: 0.2,
			});
		x = x0;
		for (const column of columns.slice(0, -1)) {
			x += column.width;
			this.page.line(x, top, x, top + rows * rowHeight, { color: RULE, width: 0.2 });
		}
		this.y = top + rows * rowHeight;
	}
}

/** The band at the top: what the card is, and room for the school's name, class and year. */
function drawTop(sheet: BlankSheet): void {
	const { left, right, inner } = sheet;
	sheet.page.rect(0, 0, BLANK_PAGE.width, 7, { fill: ACCENT, stroke: false });
	sheet.y = 7 + 7;
	sheet.page.text(left, sheet.y, L.cardTitle, { size: 15, bold: true, color: INK });
	sheet.y += 1;
	sheet.writeLine(BLANK_LABELS.school);
	const half = left + inner * 0.62;
	sheet.writeLine(BLANK_LABELS.className, left, half - 4);
	sheet.y -= 7.4;
	sheet.writeLine(BLANK_LABELS.schoolYear, half, right);
}

function drawContact(sheet: BlankSheet): void {
	sheet.heading(L.contactHeading);
	sheet.writeLine(BLANK_LABELS.person);
	sheet.writeLine(BLANK_LABELS.channels);
	sheet.writeLine(BLANK_LABELS.when);
}

function drawMoments(sheet: BlankSheet): void {
	const { inner } = sheet;
	sheet.heading(L.momentsHeading);
	sheet.table(
		[
			{ label: BLANK_LABELS.what, width: inner * 0.52 },
			{ label: BLANK_LABELS.date, width: inner * 0.28 },
			{ label: BLANK_LABELS.time, width: inner * 0.2 },
		],
		4,
	);
}

function drawActivities(sheet: BlankSheet): void {
	sheet.heading(L.activitiesHeading);
	sheet.writeLine(BLANK_LABELS.activity);
	sheet.writeLine(BLANK_LABELS.activity);
}

/** When a child is ill: the sentence with a blank for the time, then how and when back. */
function drawIllness(sheet: BlankSheet): void {
	const { page, left } = sheet;
	sheet.heading(L.illnessHeading);
	sheet.y += 5.2;
	const y = sheet.y;
	page.text(left, y, L.illnessSick, { size: 8.5, bold: true, color: INK });
	const before = L.illnessBefore.split('{time}');
	const sickWidth = 30;
	page.text(left + sickWidth, y, before[0]!, { size: 8.5, color: INK });
	const blankStart = left + sickWidth + 20;
	page.line(blankStart, y + 0.6, blankStart + 16, y + 0.6, { color: RULE, width: 0.2 });
	page.text(blankStart + 17, y, `uur${before[1] ?? ''}`, { size: 8.5, color: INK });
	sheet.writeLine(BLANK_LABELS.how);
	sheet.writeLine(L.illnessBetter);
}

/** Holidays and days off: two tables side by side. */
function drawHolidays(sheet: BlankSheet): void {
	const { left, inner } = sheet;
	sheet.heading(L.holidaysHeading);
	const columnWidth = (inner - 4) / 2;
	const columns: Column[] = [
		{ label: BLANK_LABELS.what, width: columnWidth * 0.5 },
		{ label: BLANK_LABELS.from, width: columnWidth * 0.25 },
		{ label: BLANK_LABELS.until, width: columnWidth * 0.25 },
	];
	const tableTop = sheet.y;
	sheet.table(columns, 4);
	const tableBottom = sheet.y;
	sheet.y = tableTop;
	sheet.table(columns, 4, left + columnWidth + 4);
	sheet.y = Math.max(sheet.y, tableBottom);
}

/**
 * Draws the blank card and returns how far down the page it reached (for the unit test: the card
 * must end above the bottom margin).
 */
function drawBlank(page: PdfPage): number {
	const sheet = new BlankSheet(page);
	for (const draw of [drawTop, drawContact, drawMoments, drawActivities, drawIllness, drawHolidays])
		draw(sheet);
	sheet.writeLine(BLANK_LABELS.schoolDetails);
	return sheet.y;
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
	/** A table with a header row of captions and `rows` empty rows to fill in. */
	const table = (widths: number[], captions: string[], rows: number): Block => ({
		type: 'table',
		header: true,
		widths,
		rows: [
			captions.map((caption) => [caption]),
			...Array.from({ length: rows }, () => captions.map(() => [''])),
		],
	});
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
		table([5, 3, 2], [BLANK_LABELS.what, BLANK_LABELS.date, BLANK_LABELS.time], 4),
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
		table([5, 2.5, 2.5], [BLANK_LABELS.what, BLANK_LABELS.from, BLANK_LABELS.until], 6),
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

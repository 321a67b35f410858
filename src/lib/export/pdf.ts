/**
 * A small PDF writer for simple printable forms made at build time (the blank informatiekaart):
 * text in Helvetica and Helvetica-Bold, lines, boxes. No browser and no PDF library are needed, so
 * `npm start` on a newcomer's machine builds the download too.
 *
 * Text uses the PDF standard fonts with WinAnsi encoding (Windows-1252): Dutch, English, German,
 * French and the other Western European letters (é, ë, ï, ĳ as "ij") print; a character outside
 * that set throws, so a form never prints a silent question mark. Coordinates are millimetres from
 * the top-left corner of the page.
 */

interface PdfTextOptions {
	/** Font size in points. */
	size: number;
	bold?: boolean;
	/** `#rrggbb`. */
	color?: string;
	align?: 'left' | 'center' | 'right';
}

interface PdfLineOptions {
	/** Line width in millimetres. */
	width?: number;
	color?: string;
	/** Dash and gap length in millimetres, for a dashed line. */
	dash?: [number, number];
}

interface PdfRectOptions extends PdfLineOptions {
	/** Fill colour; no fill when left out. */
	fill?: string;
	/** Whether to draw the border (default true). */
	stroke?: boolean;
}

const PT_PER_MM = 72 / 25.4;

// Glyph widths (per 1000 units of the font size) of the standard fonts, from Adobe's AFM files,
// for printable ASCII (32–126). Accented letters take the width of their base letter.
// prettier-ignore
const HELVETICA = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584];
// prettier-ignore
const HELVETICA_BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584];

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1, with their glyph widths (regular, bold). */
const WIN_ANSI_EXTRA: Record<string, [number, number, number]> = {
	'€': [0x80, 556, 556],
	'‚': [0x82, 222, 278],
	'„': [0x84, 333, 500],
	'…': [0x85, 1000, 1000],
	'‘': [0x91, 222, 278],
	'’': [0x92, 222, 278],
	'“': [0x93, 333, 500],
	'”': [0x94, 333, 500],
	'•': [0x95, 350, 350],
	'–': [0x96, 556, 556],
	'—': [0x97, 1000, 1000],
};
/** Latin-1 symbols that are not letters with accents, with their widths (regular, bold). */
const LATIN1_WIDTHS: Record<string, [number, number]> = {
	'\u00a0': [278, 278],
	'·': [278, 278],
	'°': [400, 400],
	'×': [584, 584],
	ß: [611, 611],
	æ: [889, 889],
	Æ: [1000, 1000],
	ø: [611, 611],
	Ø: [778, 778],
	'©': [737, 737],
	'«': [556, 556],
	'»': [556, 556],
	'½': [834, 834],
};

/** Characters written as two (PDF standard fonts lack them). */
const EXPAND: Record<string, string> = { ĳ: 'ij', Ĳ: 'IJ', '\u2009': ' ', '\u202f': ' ' };

function asciiWidth(char: string, bold: boolean): number | undefined {
	const code = char.charCodeAt(0);
	if (code < 32 || code > 126) return undefined;
	return (bold ? HELVETICA_BOLD : HELVETICA)[code - 32];
}

/** A character's width in font units, and its byte in WinAnsi; throws for a character the fonts cannot print. */
function glyph(char: string, bold: boolean): { byte: number; width: number } {
	const ascii = asciiWidth(char, bold);
	if (ascii !== undefined) return { byte: char.charCodeAt(0), width: ascii };
	const extra = WIN_ANSI_EXTRA[char];
	if (extra) return { byte: extra[0], width: bold ? extra[2] : extra[1] };
	const code = char.charCodeAt(0);
	if (code >= 0xa0 && code <= 0xff) {
		const symbol = LATIN1_WIDTHS[char];
		if (symbol) return { byte: code, width: bold ? symbol[1] : symbol[0] };
		const base = char.normalize('NFD')[0]!;
		const width = asciiWidth(base, bold);
		return { byte: code, width: width ?? 556 };
	}
	throw new Error(
		`Het teken "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) kan niet in deze PDF: gebruik alleen West-Europese letters.`,
	);
}

const normalise = (text: string) =>
	[...text.normalize('NFC')].map((char) => EXPAND[char] ?? char).join('');

/** The width of a text in millimetres. */
export function textWidthMm(text: string, size: number, bold = false): number {
	let units = 0;
	for (const char of normalise(text)) units += glyph(char, bold).width;
	return ((units / 1000) * size) / PT_PER_MM;
}

/** Splits a text into lines that fit a width (in millimetres), at spaces. */
export function wrapText(text: string, maxWidthMm: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (line && textWidthMm(next, size, bold) > maxWidthMm) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		lines.push(line);
	}
	return lines;
}

/** A PDF literal string of WinAnsi bytes (as a string of char codes 0–255), with ( ) \ escaped. */
function pdfString(text: string, bold: boolean): string {
	let out = '(';
	for (const char of normalise(text)) {
		const { byte } = glyph(char, bold);
		if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
		else out += String.fromCharCode(byte);
	}
	return `${out})`;
}

/** A PDF text string for the document info: UTF-16 with a byte-order mark, in hex, so any letter fits. */
function infoString(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++)
		hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
	return `<${hex}>`;
}

function colour(hex: string | undefined, fallback = '#000000'): string {
	const value = /^#[0-9a-f]{6}$/i.test(hex ?? '') ? hex! : fallback;
	const parts = [1, 3, 5].map(
		(i) => (parseInt(value.slice(i, i + 2), 16) / 255).toFixed(3).replace(/\.?0+$/, '') || '0',
	);
	return parts.join(' ');
}

const n = (value: number) => (Math.round(value * 100) / 100).toString();

export class PdfPage {
	readonly ops: string[] = [];

	constructor(
		readonly widthMm: number,
		readonly heightMm: number,
	) {}

	private x(mm: number) {
		return n(mm * PT_PER_MM);
	}
	private y(mm: number) {
		return n((this.heightMm - mm) * PT_PER_MM);
	}

	/** Text with its baseline at `y`. */
	text(xMm: number, yMm: number, text: string, options: PdfTextOptions): this {
		const bold = !!options.bold;
		const width = textWidthMm(text, options.size, bold);
		const x =
			options.align === 'center' ? xMm - width / 2 : options.align === 'right' ? xMm - width : xMm;
		this.ops.push(
			`BT /${bold ? 'F2' : 'F1'} ${n(options.size)} Tf ${colour(options.color)} rg ${this.x(x)} ${this.y(yMm)} Td ${pdfString(text, bold)} Tj ET`,
		);
		return this;
	}

	private strokeStyle(options: PdfLineOptions): string {
		const dash = options.dash
			? `[${n(options.dash[0] * PT_PER_MM)} ${n(options.dash[1] * PT_PER_MM)}] 0 d`
			: '[] 0 d';
		return `${n((options.width ?? 0.25) * PT_PER_MM)} w ${colour(options.color)} RG ${dash}`;
	}

	line(x1: number, y1: number, x2: number, y2: number, options: PdfLineOptions = {}): this {
		this.ops.push(
			`q ${this.strokeStyle(options)} ${this.x(x1)} ${this.y(y1)} m ${this.x(x2)} ${this.y(y2)} l S Q`,
		);
		return this;
	}

	/** A box with its top-left corner at (x, y). */
	rect(
		xMm: number,
		yMm: number,
		widthMm: number,
		heightMm: number,
		options: PdfRectOptions = {},
	): this {
		const stroke = options.stroke !== false;
		const fill = options.fill ? `${colour(options.fill)} rg ` : '';
		const paint = options.fill && stroke ? 'B' : options.fill ? 'f' : 'S';
		this.ops.push(
			`q ${this.strokeStyle(options)} ${fill}${this.x(xMm)} ${this.y(yMm + heightMm)} ${n(widthMm * PT_PER_MM)} ${n(heightMm * PT_PER_MM)} re ${paint} Q`,
		);
		return this;
	}
}

interface PdfDocumentOptions {
	title: string;
	/** BCP 47 language of the text, for screen readers and search (default `nl-NL`). */
	lang?: string;
	/** The creation date in the document info; fixed for files made at build time. */
	created?: Date;
}

export class PdfDocument {
	private readonly pages: PdfPage[] = [];

	constructor(private readonly options: PdfDocumentOptions) {}

	addPage(widthMm: number, heightMm: number): PdfPage {
		const page = new PdfPage(widthMm, heightMm);
		this.pages.push(page);
		return page;
	}

	/** The file's bytes. */
	toBytes(): Uint8Array<ArrayBuffer> {
		const objects: string[] = [];
		const add = (body: string) => objects.push(body);
		// 1 catalog, 2 page tree, 3–4 fonts, 5 info; then per page its page and content objects.
		const pageIds = this.pages.map((_, i) => 6 + i * 2);
		add(`<< /Type /Catalog /Pages 2 0 R /Lang ${infoString(this.options.lang ?? 'nl-NL')} >>`);
		add(
			`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${this.pages.length} >>`,
		);
		add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
		add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
		const date = (this.options.created ?? new Date())
			.toISOString()
			.replace(/[-:T]/g, '')
			.slice(0, 14);
		add(
			`<< /Title ${infoString(this.options.title)} /Producer ${infoString('Gereedschapskist Ouderbetrokkenheid')} /CreationDate (D:${date}Z) >>`,
		);
		for (const page of this.pages) {
			const content = page.ops.join('\n');
			add(
				`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.widthMm * PT_PER_MM)} ${n(page.heightMm * PT_PER_MM)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${objects.length + 2} 0 R >>`,
			);
			add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
		}
		// Every character of `out` is one byte (WinAnsi or ASCII), so string offsets are byte offsets.
		let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
		const offsets: number[] = [];
		objects.forEach((body, i) => {
			offsets.push(out.length);
			out += `${i + 1} 0 obj\n${body}\nendobj\n`;
		});
		const xref = out.length;
		out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
		out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
		const bytes = new Uint8Array(out.length);
		for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
		return bytes;
	}
}

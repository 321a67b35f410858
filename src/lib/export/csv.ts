/**
 * CSV as Dutch schools use it: Excel in Dutch writes and expects semicolons, so files are written
 * with `;` and a byte-order mark (without it Excel shows "Zoë" as "ZoÃ«"). Reading accepts what
 * school systems export: `;`, `,` or tab, quoted fields with line breaks, any line ends.
 */
import { neutraliseFormula, restoreNeutralised } from './cells';

type CsvValue = string | number | boolean | null | undefined;

interface CsvOptions {
	/** Field separator; Dutch Excel expects `;`. */
	separator?: ';' | ',' | '\t';
	/** Starts the file with a UTF-8 byte-order mark, so Excel reads accents right. */
	byteOrderMark?: boolean;
}

function field(value: CsvValue, separator: string): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number')
		return Number.isFinite(value) ? String(value).replace('.', separator === ';' ? ',' : '.') : '';
	if (typeof value === 'boolean') return value ? 'ja' : 'nee';
	const text = neutraliseFormula(value);
	return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text (CRLF line ends, as Excel writes them). */
export function writeCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
	const separator = options.separator ?? ';';
	const body = rows
		.map((row) => row.map((value) => field(value, separator)).join(separator))
		.join('\r\n');
	return `${options.byteOrderMark === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** The separator a CSV text most likely uses: the one that occurs most, outside quotes, in its first line. */
export function detectSeparator(text: string): ';' | ',' | '\t' {
	const counts = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
	}
	if (counts['\t'] > 0 && counts['\t'] >= counts[';'] && counts['\t'] >= counts[',']) return '\t';
	return counts[','] > counts[';'] ? ',' : ';';
}

/**
 * The rows of a CSV text, each a list of fields as text (a byte-order mark is dropped, a leading
 * apostrophe that marked a formula-like text is removed). Empty lines are kept as `['']`, so the
 * caller can report line numbers as the user sees them.
 */
export function parseCsv(
	text: string,
	separator = detectSeparator(text.replace(/^\uFEFF/, '')),
): string[][] {
	const input = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	let wasQuoted = false;
	const endField = () => {
		row.push(restoreNeutralised(value));
		value = '';
		wasQuoted = false;
	};
	for (let i = 0; i < input.length; i++) {
		const char = input[i]!;
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				value += '"';
				i++;
			} else if (char === '"') quoted = false;
			else value += char;
		} else if (char === '"' && value === '') {
			quoted = true;
			wasQuoted = true;
		} else if (char === separator) endField();
		else if (char === '\r' || char === '\n') {
			if (char === '\r' && input[i + 1] === '\n') i++;
			endField();
			rows.push(row);
			row = [];
		} else value += char;
	}
	if (value !== '' || row.length > 0 || wasQuoted) {
		endField();
		rows.push(row);
	}
	return rows;
}

/**
 * Excel workbooks (.xlsx, Office Open XML), written and read without a spreadsheet library: the
 * templates need sheets of text and numbers with a bold header row, not formulas or charts, and a
 * hand-written writer keeps the download small and free of the known flaws of `xlsx` 0.18.
 *
 * Text is always written as inline text, never as a formula; formula-like text also gets Excel's
 * quote-prefix style, so editing the cell in Excel keeps it text (see `cells.ts`).
 */
import { readZip, writeZip, DEFAULT_ZIP_LIMITS, type ZipReadLimits } from '../files/zip';
import { child, descendants, escapeXml, parseXml, type XmlElement } from '../files/xml';
import { FileProblem } from '../files/problem';
import { isFormulaLike } from './cells';

type CellValue = string | number | boolean | null | undefined;

/** A cell with its looks: bold (headings) or wrapped text (long notes). */
interface StyledCell {
	value: CellValue;
	bold?: boolean;
	wrap?: boolean;
}

export type Cell = CellValue | StyledCell;

export interface Sheet {
	/** The tab's name; made valid for Excel (at most 31 characters, no `[]:*?/\`, unique). */
	name: string;
	rows: readonly (readonly Cell[])[];
	/** Column widths in characters; columns left out get Excel's default. */
	columnWidths?: readonly number[];
	/** The first row is a header: bold, frozen while scrolling, with a filter. */
	header?: boolean;
}

interface WorkbookInfo {
	title?: string;
	creator?: string;
	/** When it was made (document properties); fixed in tests and build-time files. */
	created?: Date;
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSX_MIME = MIME;

/** Style ids in `styles.xml` below: 0 plain, 1 bold, 2 wrapped, 3 bold wrapped, +4 with quote prefix. */
function styleId(bold: boolean, wrap: boolean, quote: boolean): number {
	return (bold ? 1 : 0) + (wrap ? 2 : 0) + (quote ? 4 : 0);
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" quotePrefix="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" quotePrefix="1"><alignment wrapText="1" vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** `0` → `A`, `27` → `AB`. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

/** `AB` → 27. */
function columnIndex(name: string): number {
	let index = 0;
	for (const char of name) index = index * 26 + (char.charCodeAt(0) - 64);
	return index - 1;
}

/** Valid, unique sheet names: Excel refuses a workbook whose names break its rules. */
export function sheetNames(names: readonly string[]): string[] {
	const used = new Set<string>();
	return names.map((raw, index) => {
		const base =
			raw
				.replace(/[[\]:*?/\\]/g, '-')
				.replace(/^'+|'+$/g, '')
				.trim()
				.slice(0, 31) || `Blad ${index + 1}`;
		let name = base;
		for (let n = 2; used.has(name.toLowerCase()); n++)
			name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
		used.add(name.toLowerCase());
		return name;
	});
}

function cellXml(cell: Cell, ref: string, headerRow: boolean): string {
	const styled: StyledCell = cell !== null && typeof cell === 'object' ? cell : { value: cell };
	const { value } = styled;
	const bold = styled.bold ?? headerRow;
	const wrap = styled.wrap ?? false;
	if (value === null || value === undefined || value === '') {
		return bold || wrap ? `<c r="${ref}" s="${styleId(bold, wrap, false)}"/>` : '';
	}
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		return `<c r="${ref}" s="${styleId(bold, wrap, false)}"><v>${value}</v></c>`;
	}
	if (typeof value === 'boolean')
		return `<c r="${ref}" s="${styleId(bold, wrap, false)}" t="b"><v>${value ? 1 : 0}</v></c>`;
	// Text: inline, never a formula. Keep leading and trailing spaces as typed.
	const text = String(value);
	const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
	return `<c r="${ref}" s="${styleId(bold, wrap, isFormulaLike(text))}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function sheetXml(sheet: Sheet): string {
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row
				.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, !!sheet.header && r === 0))
				.join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	const widest = Math.max(0, ...sheet.rows.map((row) => row.length));
	const cols = sheet.columnWidths?.length
		? `<cols>${sheet.columnWidths.map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
		: '';
	const frozen = sheet.header
		? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
		: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
	const filter =
		sheet.header && sheet.rows.length > 1 && widest > 0
			? `<autoFilter ref="A1:${columnName(widest - 1)}${sheet.rows.length}"/>`
			: '';
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frozen}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${filter}</worksheet>`;
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(
	sheets: readonly Sheet[],
	info: WorkbookInfo = {},
): Uint8Array<ArrayBuffer> {
	if (sheets.length === 0) throw new Error('Een werkmap heeft minstens één blad.');
	const names = sheetNames(sheets.map((sheet) => sheet.name));
	const created = (info.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const files: Record<string, string> = {
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
		'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(info.title ?? '')}</dc:title><dc:creator>${escapeXml(info.creator ?? 'Gereedschapskist Ouderbetrokkenheid')}</dc:creator><dc:language>nl-NL</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
		'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Gereedschapskist Ouderbetrokkenheid</Application></Properties>`,
		'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames(sheets, names)}</workbook>`,
		'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		'xl/styles.xml': STYLES,
	};
	sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet)));
	return writeZip(files);
}

/** Excel wants a hidden defined name for each sheet's filter range. */
function definedNames(sheets: readonly Sheet[], names: string[]): string {
	const entries = sheets.flatMap((sheet, i) => {
		const widest = Math.max(0, ...sheet.rows.map((row) => row.length));
		if (!sheet.header || sheet.rows.length < 2 || widest === 0) return [];
		const quoted = `'${names[i]!.replace(/'/g, "''")}'`;
		return [
			`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!$A$1:$${columnName(widest - 1)}$${sheet.rows.length}`)}</definedName>`,
		];
	});
	return entries.length ? `<definedNames>${entries.join('')}</definedNames>` : '';
}

/** A sheet read from a workbook: every cell as text, as the user sees it. */
interface ReadSheet {
	name: string;
	rows: string[][];
}

/** Largest number of rows or columns read from a sheet: far beyond a class list, far below a trap. */
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

function textOf(element: XmlElement | undefined): string {
	if (!element) return '';
	// Rich text: <si><r><t>..</t></r><r><t>..</t></r></si>; phonetic runs (<rPh>) are not part of the text.
	const runs = element.children.filter((c) => c.name === 'r');
	if (runs.length > 0) return runs.map((run) => child(run, 't')?.text ?? '').join('');
	return child(element, 't')?.text ?? '';
}

function decode(bytes: Uint8Array | undefined, part: string): XmlElement {
	if (!bytes) throw new FileProblem(`Het Excel-bestand is onvolledig (${part} ontbreekt).`);
	try {
		return parseXml(new TextDecoder().decode(bytes));
	} catch {
		throw new FileProblem('Het Excel-bestand is beschadigd en kan niet worden gelezen.');
	}
}

/**
 * The sheets of an .xlsx file, each cell as text. Reading is capped (see `readZip`), so a file
 * that unpacks to gigabytes is refused with a Dutch message instead of freezing the page.
 */
export function readXlsx(
	bytes: Uint8Array,
	limits: ZipReadLimits = DEFAULT_ZIP_LIMITS,
): ReadSheet[] {
	const parts = readZip(
		bytes,
		(name) =>
			/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
				name,
			),
		limits,
	);
	const workbook = decode(parts.get('xl/workbook.xml'), 'workbook.xml');
	const rels = decode(parts.get('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels');
	const targets = new Map(
		descendants(rels, 'Relationship').map((r) => [
			r.attributes.Id ?? '',
			(r.attributes.Target ?? '').replace(/^\/?(xl\/)?/, ''),
		]),
	);
	const shared = parts.has('xl/sharedStrings.xml')
		? descendants(decode(parts.get('xl/sharedStrings.xml'), 'sharedStrings.xml'), 'si').map(textOf)
		: [];
	return descendants(workbook, 'sheet').map((sheetElement) => {
		const target = targets.get(sheetElement.attributes.id ?? '');
		const sheet = decode(
			target ? parts.get(`xl/${target}`) : undefined,
			`blad "${sheetElement.attributes.name ?? ''}"`,
		);
		const rows: string[][] = [];
		for (const row of descendants(sheet, 'row')) {
			const rowIndex = row.attributes.r ? Number(row.attributes.r) - 1 : rows.length;
			if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= MAX_ROWS)
				throw new FileProblem(
					`Het Excel-bestand heeft meer dan ${MAX_ROWS.toLocaleString('nl-NL')} rijen. Kies een kleiner bestand.`,
				);
			const cells: string[] = [];
			for (const cell of row.children.filter((c) => c.name === 'c')) {
				const ref = /^([A-Z]+)\d*$/.exec(cell.attributes.r ?? '');
				const columnAt = ref ? columnIndex(ref[1]!) : cells.length;
				if (columnAt >= MAX_COLUMNS) continue;
				const type = cell.attributes.t;
				const value = child(cell, 'v')?.text ?? '';
				let text: string;
				if (type === 's') text = shared[Number(value)] ?? '';
				else if (type === 'inlineStr') text = textOf(child(cell, 'is'));
				else if (type === 'b') text = value === '1' ? 'WAAR' : 'ONWAAR';
				else if (type === 'e') text = '';
				else text = value;
				while (cells.length < columnAt) cells.push('');
				cells[columnAt] = text;
			}
			while (rows.length < rowIndex) rows.push([]);
			rows[rowIndex] = cells;
		}
		return { name: sheetElement.attributes.name ?? '', rows };
	});
}

/**
 * Spreadsheet cells that cannot run as formulas. A pupil named `=HYPERLINK("http://x","y")` or a
 * note starting with `+` or `@` would otherwise become a live formula when the file is opened
 * (CSV injection). Such text gets a leading apostrophe in CSV (how Excel marks "text, not a
 * formula") and is written as a text cell with Excel's quote-prefix style in XLSX.
 */

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. Full-width forms too. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that gets the apostrophe in CSV: formula-like text, and text that already starts with
 * apostrophes before a formula character (the user's own `'+`), so reading back removes exactly
 * the one the site added.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a text would be read as a formula. */
export function isFormulaLike(text: string): boolean {
	return FORMULA_START.test(text);
}

/** Text made safe for a CSV cell: formula-like text gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
	return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` when reading back a CSV this site wrote (or Excel saved with the apostrophe). */
export function restoreNeutralised(text: string): string {
	return text.startsWith("'") && NEEDS_APOSTROPHE.test(text.slice(1)) ? text.slice(1) : text;
}

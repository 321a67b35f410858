/** A plain-text table for the terminal (and Markdown-compatible: `|`-separated, with a rule under the header). */
export function table(headers: string[], rows: (string | number)[][]): string {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	// Numbers right-aligned, text left-aligned.
	const numeric = headers.map(
		(_, i) =>
			rows.length > 0 &&
			rows.every((r) => /^[-+]?[\d.,]+( ?[a-z%×]+)?$|^–$/.test(String(r[i] ?? ''))),
	);
	const line = (r: string[]) =>
		`| ${r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
	return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes). */
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

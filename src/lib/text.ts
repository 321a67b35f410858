/**
 * Dutch text from numbers and lists, one way everywhere: "1 leerling", "3 leerlingen";
 * "Sam, Noor en Daan"; "De klassenlijst"; "2,5 MB". Plurals, lists and numbers come from `Intl`.
 */
// Marked pure: a page script that imports a module using one of these helpers, but calls none of
// them, then does not load this module at all (the tool index stays within its JavaScript budget).
const pluralRules = /* @__PURE__ */ new Intl.PluralRules('nl-NL');
const listFormats = {
	and: /* @__PURE__ */ new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' }),
	or: /* @__PURE__ */ new Intl.ListFormat('nl-NL', { style: 'long', type: 'disjunction' }),
};

/** "1 leerling", "0 leerlingen", "3 leerlingen". */
export function plural(count: number, one: string, other: string): string {
	return `${count} ${pluralForm(count, one, other)}`;
}

/** The form that goes with a number, without the number: "staat" for 1, "staan" for 3. */
export function pluralForm(count: number, one: string, other: string): string {
	return pluralRules.select(count) === 'one' ? one : other;
}

/** "Sam", "Sam en Noor", "Sam, Noor en Daan"; with `'or'`: "Sam, Noor of Daan". */
export function joinList(items: readonly string[], type: 'and' | 'or' = 'and'): string {
	return listFormats[type].format(items);
}

/**
 * What follows each of `count` items in `joinList`: [", ", " en ", ""] for three. For lists whose
 * items are not text (links): write each item, then its separator.
 */
export function listSeparators(count: number): string[] {
	const separators: string[] = [];
	for (const part of listFormats.and.formatToParts(
		Array.from({ length: count }, (_, i) => String(i)),
	)) {
		if (part.type === 'element') separators.push('');
		else separators[separators.length - 1] += part.value;
	}
	return separators;
}

/** The same list with things that are not text (links): the items with the words between them. */
export function joinItems<T>(items: readonly T[]): (T | string)[] {
	const separators = listSeparators(items.length);
	return items.flatMap((item, index) => (separators[index] ? [item, separators[index]] : [item]));
}

/** "De informatiekaart" from "de informatiekaart". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const BYTE_UNITS = [
	{ name: 'kB', size: 1e3, digits: 0 },
	{ name: 'MB', size: 1e6, digits: 1 },
	{ name: 'GB', size: 1e9, digits: 1 },
] as const;
const byteNumbers = /* @__PURE__ */ [0, 1].map(
	(digits) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }),
);

/** The size in a unit, rounded as it is shown. */
const inUnit = (bytes: number, unit: (typeof BYTE_UNITS)[number]) =>
	Math.round((bytes / unit.size) * 10 ** unit.digits) / 10 ** unit.digits;

/**
 * A file size as a file manager shows it, with 1 kB = 1000 bytes (as the downloads list and the
 * size budgets count): "850 bytes", "12 kB", "2,5 MB". The unit is the smallest whose rounded
 * number stays below 1000, so 999 600 bytes read "1 MB", not "1000 kB".
 */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return plural(bytes, 'byte', 'bytes');
	const unit = BYTE_UNITS.find((u) => inUnit(bytes, u) < 1000) ?? BYTE_UNITS[2];
	return `${byteNumbers[unit.digits]!.format(inUnit(bytes, unit))} ${unit.name}`;
}

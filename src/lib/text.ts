/**
 * Dutch text from numbers and lists, one way everywhere: "1 leerling", "3 leerlingen";
 * "Sam, Noor en Daan"; "De klassenlijst". Plurals and lists come from the browser's `Intl`.
 */
const pluralRules = new Intl.PluralRules('nl-NL');
const listFormat = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

/** "1 leerling", "0 leerlingen", "3 leerlingen". */
export function plural(count: number, one: string, other: string): string {
	return `${count} ${pluralRules.select(count) === 'one' ? one : other}`;
}

/** "Sam", "Sam en Noor", "Sam, Noor en Daan". */
export function joinList(items: readonly string[]): string {
	return listFormat.format(items);
}

/** The same list with things that are not text (links): the items with the words between them. */
export function joinItems<T>(items: readonly T[]): (T | string)[] {
	return listFormat.formatToParts(items.map((_, index) => String(index))).map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}

/** "De informatiekaart" from "de informatiekaart". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

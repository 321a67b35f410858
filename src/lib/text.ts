/**
 * Dutch text from numbers and lists, one way everywhere: "1 leerling", "3 leerlingen";
 * "Sam, Noor en Daan"; "De klassenlijst". Plurals and lists come from the browser's `Intl`.
 */
const pluralRules = new Intl.PluralRules('nl-NL');
const listFormat = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

/** "1 leerling", "0 leerlingen", "3 leerlingen". */
export function plural(count: number, one: string, other: string): string {
	return `${count} ${pluralForm(count, one, other)}`;
}

/** The form that goes with a number, without the number: "staat" for 1, "staan" for 3. */
export function pluralForm(count: number, one: string, other: string): string {
	return pluralRules.select(count) === 'one' ? one : other;
}

/** "Sam", "Sam en Noor", "Sam, Noor en Daan". */
export function joinList(items: readonly string[]): string {
	return listFormat.format(items);
}

/** "De informatiekaart" from "de informatiekaart". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

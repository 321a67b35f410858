import { z } from 'astro/zod';
import { keysOf } from './vocabulary';

/** What a reference field turns into: the same shape as Astro's `reference()`, so `getEntry` accepts it. */
export interface EntryRef<C extends string = string> {
	collection: C;
	id: string;
}

/**
 * A reference to an entry of another collection that is checked against the ids that exist.
 *
 * Astro's own `reference()` only checks the shape, so a typo would surface as an empty link at
 * render time. This one fails validation with a Dutch message that names the unknown id.
 */
export function referenceTo<C extends string>(collection: C, ids: readonly string[], noun: string) {
	const known = new Set(ids);
	return z
		.union([z.string(), z.number().transform((n) => String(n))])
		.refine((id) => known.has(id), {
			error: (issue) =>
				`Onbekende ${noun} "${String(issue.input)}". Bestaande waarden: ${[...known].sort().join(', ') || '(geen)'}.`,
		})
		.transform((id): EntryRef<C> => ({ collection, id }));
}

/** The id lists that reference fields are checked against. Tests pass fixtures; the site reads them from disk. */
export interface KnownIds {
	factors: readonly string[];
	clusters: readonly string[];
	sources: readonly string[];
	moments: readonly string[];
	/** Ids of the pages in the docs collection, such as `gereedschappen/informatiekaart`. */
	pages: readonly string[];
}

/** A field that takes one key of a label map, with a Dutch message that lists the valid keys. */
export function oneOf<T extends Record<string, string>>(labels: T, noun: string) {
	const keys = keysOf(labels);
	return z.enum(keys, {
		error: (issue) => `Onbekende ${noun} "${String(issue.input)}". Kies uit: ${keys.join(', ')}.`,
	});
}

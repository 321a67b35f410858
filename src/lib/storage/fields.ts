/**
 * The small `zod/mini` field schemas that every template's record is built from: an id, a
 * bounded text, a date and a time as the browser's date and time fields give them (or empty while
 * nothing is chosen). One definition, so a backup checks the same way in every template.
 */
import * as z from 'zod/mini';

/** An id as `newId` makes it (or a fixed one such as a class id). */
export const idField = z.string().check(z.minLength(1), z.maxLength(40));

/** A text of at most `max` characters, empty allowed. */
export const textField = (max: number) => z.string().check(z.maxLength(max));

/** `YYYY-MM-DD`, or empty; `example` shows the teacher the expected form in the error. */
export const dateField = (example: string) =>
	z
		.string()
		.check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: `verwacht een datum als ${example}` }));

/** `HH:MM` (24 hours), or empty; `example` shows the expected form in the error. */
export const timeField = (example: string) =>
	z
		.string()
		.check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { error: `verwacht een tijd als ${example}` }));

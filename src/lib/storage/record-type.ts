/**
 * What a template keeps: the shape of its data (a zod schema), its version, and the steps that
 * bring older data up to date. The same definition serves the browser's storage and the JSON
 * backups, so a backup from last year loads like this year's data.
 */
import { safeParse, type $ZodError, type $ZodType } from 'zod/v4/core';
import nl from 'zod/v4/locales/nl.js';
import { FileProblem } from '../files/problem';

/**
 * Browser code writes its schemas with `zod/mini` (`import * as z from 'zod/mini'`), not the
 * classic `astro/zod`: on a template page the classic API costs about 30 kB of JavaScript (gzip),
 * zod/mini about 7 kB. Both produce the same core schema type, which is all this module needs.
 */
const dutch = nl();

export interface RecordType<T> {
	/** Short id, also in storage keys and backups: `informatiekaart`, `klassenlijst`. */
	id: string;
	/** What the user calls it, for messages: "de informatiekaart", "de klassenlijst". */
	label: string;
	/** Version of the current shape; raise it (and add a migration) whenever the shape changes. */
	version: number;
	/** The current shape (a `zod/mini` schema). */
	schema: $ZodType<T>;
	/** `migrations[n]` turns data of version n into data of version n + 1. */
	migrations?: Record<number, (data: unknown) => unknown>;
	/** A new, empty record. */
	empty(): T;
}

/**
 * `empty` for a record whose empty value holds fresh ids: made once, then handed out as a new copy
 * each time, so within one page visit "nothing filled in yet" compares equal to a new record.
 */
export function fixedEmpty<T>(make: () => T): () => T {
	let cached: string | undefined;
	return () => {
		cached ??= JSON.stringify(make());
		return JSON.parse(cached) as T;
	};
}

/** The first few problems zod found, as one Dutch sentence that names the fields. */
function describeIssues(error: $ZodError, limit = 3): string {
	const parts = error.issues.slice(0, limit).map((issue) => {
		const path = issue.path.map(String).join('.');
		return path ? `bij "${path}": ${issue.message}` : issue.message;
	});
	const more = error.issues.length > limit ? ` (en nog ${error.issues.length - limit} andere)` : '';
	return `${parts.join('; ')}${more}.`;
}

/**
 * Data of some version, brought to the current version and checked. Throws a `FileProblem` with a
 * Dutch message when the data come from a newer site, a step is missing, or the data do not fit.
 */
export function upgrade<T>(type: RecordType<T>, version: number, data: unknown): T {
	if (!Number.isInteger(version) || version < 1)
		throw new FileProblem(`De gegevens van ${type.label} hebben geen geldig versienummer.`);
	if (version > type.version) {
		throw new FileProblem(
			`Deze gegevens van ${type.label} zijn gemaakt met een nieuwere versie van de site (versie ${version}). Herlaad de pagina en probeer het opnieuw.`,
		);
	}
	let current = data;
	for (let from = version; from < type.version; from++) {
		const step = type.migrations?.[from];
		if (!step)
			throw new FileProblem(
				`Gegevens van versie ${from} van ${type.label} kunnen niet worden omgezet.`,
			);
		current = step(current);
	}
	const result = safeParse(type.schema, current, { error: dutch.localeError });
	if (!result.success)
		throw new FileProblem(
			`De gegevens van ${type.label} kloppen niet: ${describeIssues(result.error)}`,
		);
	return result.data;
}

/**
 * A problem with a file or data the user gave, with a message in Dutch that the page can show as it
 * is. Code that reads user input throws this, and only this, for anything the user can fix.
 */
export class FileProblem extends Error {
	override name = 'FileProblem';
}

/** The message to show for any error: a `FileProblem`'s own text, or a general Dutch sentence. */
export function problemMessage(error: unknown): string {
	if (error instanceof FileProblem) return error.message;
	return 'Dit bestand kon niet worden gelezen. Er is niets veranderd.';
}

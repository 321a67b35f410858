/**
 * Pure rules for the downloads a tool offers: where a file comes from and whether its extension
 * matches the declared format. `src/data/downloads.ts` applies them to the content at build time
 * (and writes the size with `formatBytes` from `lib/text.ts`).
 */

/** Where a download's bytes come from. */
export type DownloadOrigin = 'generated' | 'public';

/** The extension each declared format must have. */
const FORMAT_EXTENSIONS: Record<string, string> = {
	pdf: 'pdf',
	docx: 'docx',
	xlsx: 'xlsx',
	csv: 'csv',
	ics: 'ics',
	json: 'json',
};

interface DownloadRef {
	/** The page that lists the file, for the message: `src/content/docs/…mdx`. */
	page: string;
	/** The entry's position in the page's `downloads` list. */
	index: number;
	file: string;
	format: string;
}

/**
 * Where a listed file comes from, or a Dutch message that names the page and the field. A name
 * both generated and in `public/downloads/` is an error too: one of the two would silently win.
 */
export function locateDownload(
	ref: DownloadRef,
	known: { generated: ReadonlySet<string>; publicFiles: ReadonlySet<string> },
): { origin: DownloadOrigin } | { error: string } {
	const field = `downloads.${ref.index}`;
	const extension = ref.file.split('.').pop() ?? '';
	const expected = FORMAT_EXTENSIONS[ref.format];
	if (expected && extension !== expected) {
		return {
			error: `${ref.page}: ${field}.format is "${ref.format}", maar het bestand "${ref.file}" eindigt op ".${extension}" (verwacht ".${expected}").`,
		};
	}
	const generated = known.generated.has(ref.file);
	const inPublic = known.publicFiles.has(ref.file);
	if (generated && inPublic) {
		return {
			error: `${ref.page}: ${field}.file "${ref.file}" staat in public/downloads/ én wordt bij het bouwen gemaakt (src/lib/downloads/generated.ts). Houd er één.`,
		};
	}
	if (generated) return { origin: 'generated' };
	if (inPublic) return { origin: 'public' };
	return {
		error: `${ref.page}: ${field}.file "${ref.file}" bestaat niet. Zet het bestand in public/downloads/ of laat het maken in src/lib/downloads/generated.ts.`,
	};
}

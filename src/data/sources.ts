import { getCollection, type CollectionEntry } from 'astro:content';

/** A reference with its title, which the source file keeps in its body (see `sourceSchema`). */
export type Source = CollectionEntry<'sources'>['data'] & { id: string; title: string };

/** The anchor of a source on the sources page, so pages can link to one reference. */
export const sourceHref = (sourceId: string) => `/bronnen/#bron-${sourceId}`;

/** Every source, sorted as a reference list: by first author, then year. */
export async function getSources(): Promise<Source[]> {
	const sources = (await getCollection('sources')).map((entry) => {
		const title = entry.body?.trim() ?? '';
		if (!title)
			throw new Error(
				`Bron content/sources/${entry.id}.md heeft geen titel: zet de titel in de tekst onder de frontmatter.`,
			);
		return { ...entry.data, id: entry.id, title };
	});
	return sources.sort(
		(a, b) =>
			a.authors[0].localeCompare(b.authors[0], 'nl') ||
			String(a.year).localeCompare(String(b.year), 'nl'),
	);
}

/** The sources with these ids, in reference-list order; an unknown id fails the build with its name. */
export async function getSourcesByIds(ids: readonly string[]): Promise<Source[]> {
	const all = await getSources();
	const unknown = ids.filter((id) => !all.some((s) => s.id === id));
	if (unknown.length > 0) {
		throw new Error(
			`Onbekende bron: ${unknown.join(', ')}. Bestaande bronnen staan in content/sources/.`,
		);
	}
	return all.filter((s) => ids.includes(s.id));
}

import { getCollection, type CollectionEntry } from 'astro:content';

/** A reference with its title, which the source file keeps in its body (see `sourceSchema`). */
export type Source = CollectionEntry<'sources'>['data'] & { id: string; title: string };

/** Every source, sorted as a reference list: by first author, then year. */
export async function getSources(): Promise<Source[]> {
	const sources = (await getCollection('sources')).map((entry) => {
		const title = entry.body?.trim() ?? '';
		if (!title) throw new Error(`Bron content/sources/${entry.id}.md heeft geen titel: zet de titel in de tekst onder de frontmatter.`);
		return { ...entry.data, id: entry.id, title };
	});
	return sources.sort(
		(a, b) => a.authors[0].localeCompare(b.authors[0], 'nl') || String(a.year).localeCompare(String(b.year), 'nl'),
	);
}

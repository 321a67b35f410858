import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../published-urls.txt', import.meta.url));

/** One published page with the sections (fragment ids) that must keep existing on it. */
export interface PublishedPage {
	path: string;
	fragments: string[];
}

/** The committed list of published addresses (`tests/published-urls.txt`), grouped by page. */
export function publishedPages(): PublishedPage[] {
	const pages = new Map<string, string[]>();
	for (const raw of readFileSync(file, 'utf8').split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const [path, fragment] = line.split('#');
		if (!pages.has(path)) pages.set(path, []);
		if (fragment) pages.get(path)!.push(fragment);
	}
	return [...pages].map(([path, fragments]) => ({ path, fragments }));
}

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * Every page path the built site lists in its sitemap(s), so sweeps cover every page,
 * never a hand-picked list. Paths only: the sitemap holds the public domain.
 */
export function sitemapPaths(): string[] {
	const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (files.length === 0)
		throw new Error('Geen sitemap in dist/: bouw de site eerst (npm run build).');
	const paths = files.flatMap((f) =>
		[...readFileSync(dist + f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]).pathname,
		),
	);
	return [...new Set(paths)].sort();
}

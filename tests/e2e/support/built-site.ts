import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * The tool pages as the built matrix lists them (one row per tool page, from the frontmatter), so
 * tests cover every tool without a hand-kept list. Page ids such as `gereedschappen/informatiekaart`.
 */
export function builtToolIds(): string[] {
	const html = readFileSync(`${dist}matrix/index.html`, 'utf8');
	const ids = [...html.matchAll(/<tr[^>]*data-tool="([^"]+)"/g)].map((m) => m[1]);
	if (ids.length === 0)
		throw new Error('Geen gereedschappen in dist/matrix/: bouw de site eerst (npm run build).');
	return ids;
}

/** The factor page ids as the built site has them (`/succesfactoren/<id>/`). */
export function builtFactorIds(): string[] {
	const html = readFileSync(`${dist}matrix/index.html`, 'utf8');
	return [...new Set([...html.matchAll(/href="\/succesfactoren\/([^/#"]+)\/"/g)].map((m) => m[1]))];
}

export const toolPath = (id: string) => `/${id}/`;

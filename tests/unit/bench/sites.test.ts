import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../build/fixture-site';
import { parseStages, plainMarkdownPage, syntheticToolPage, TOOL_FIXTURE } from '../../bench/sites';

const fixture = readFileSync(`${projectRoot}/${TOOL_FIXTURE}`, 'utf8');
const frontmatter = (page: string) => parse(/^---\n([\s\S]*?)\n---/.exec(page)![1]);

test('a synthetic tool page keeps the fixture’s frontmatter and body, with a title of its own', () => {
	const page = syntheticToolPage(fixture, 7);
	const original = frontmatter(fixture);
	const copy = frontmatter(page);
	expect(copy.title).toBe(`${original.title} (proef 7)`);
	expect({ ...copy, title: original.title, sidebar: original.sidebar }).toEqual(original);
	expect(page.slice(page.indexOf('\n---\n'))).toBe(fixture.slice(fixture.indexOf('\n---\n')));
});

test('the bare Starlight page is plain Markdown with the same prose', () => {
	const page = plainMarkdownPage(fixture, 3);
	expect(Object.keys(frontmatter(page)).sort()).toEqual(['description', 'title']);
	expect(page).not.toMatch(/^import\s/m);
	expect(page).not.toMatch(/^<[A-Z]/m);
	expect(page).toContain('## Verantwoording');
});

test('parseStages reads Astro’s timings from its log', () => {
	const log = [
		'[types] Generated 2.66s',
		'[vite] ✓ built in 2.83s',
		'[vite] ✓ built in 113ms',
		' generating static routes ',
		'  ├─ /index.html (+21ms)',
		'✓ Completed in 1.58s.',
		'[starlight:pagefind] Finished building search index in 290ms.',
	].join('\n');
	expect(parseStages(log)).toEqual({
		'inhoud en types': 2660,
		'bundelen (vite)': 2943,
		"pagina's renderen": 1580,
		'Pagefind-index': 290,
	});
	expect(parseStages(' generating static routes \n✓ Completed in 1m 5.2s.')).toEqual({
		"pagina's renderen": 65_200,
	});
});

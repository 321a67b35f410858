import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../build/fixture-site';

const DOCS = join(projectRoot, 'src/content/docs');

/** The sections of a tool page, in order; "In het sociale domein" only where the source has it. */
const SECTIONS = ['Wat', 'Waarom', 'Hoe', 'Voorbereiding', 'In het sociale domein', 'Verantwoording', 'Meer lezen'];
const OPTIONAL = new Set(['In het sociale domein']);

function* mdxFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* mdxFiles(path);
		else if (name.endsWith('.mdx') || name.endsWith('.md')) yield path;
	}
}

function page(path: string) {
	const text = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${path}: geen frontmatter`);
	return { file: relative(projectRoot, path), data: parse(match[1]), body: match[2] };
}

const tools = [...mdxFiles(DOCS)].map(page).filter((p) => p.data.type === 'tool');

describe('tool pages as written', () => {
	test('the toolbox has its seven tools', () => {
		expect(tools.map((t) => t.file.replace(/^src\/content\/docs\//, '').replace(/\.mdx?$/, '')).sort()).toEqual([
			'gereedschappen/basisvormen/buddys',
			'gereedschappen/basisvormen/communicatieplan-op-maat',
			'gereedschappen/basisvormen/nieuwjaarsreceptie',
			'gereedschappen/basisvormen/startgesprek',
			'gereedschappen/checklist-oudercontact',
			'gereedschappen/informatiekaart',
			'gereedschappen/kwaliteitskaart',
		]);
	});

	test.each(tools.map((t) => [t.file, t]))('%s has the fixed sections, in order, and nothing else at that level', (_, tool) => {
		const headings = [...tool.body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
		expect(headings).toEqual(SECTIONS.filter((s) => headings.includes(s)));
		for (const section of SECTIONS) if (!OPTIONAL.has(section)) expect(headings).toContain(section);
	});

	test.each(tools.map((t) => [t.file, t]))('%s: a mapping the toolbox made itself is said so on the page', (_, tool) => {
		const saysOwn = /koppeling onderaan deze pagina is een eigen uitwerking van de gereedschapskist/.test(tool.body);
		expect(saysOwn).toBe(tool.data.factorMapping === 'gereedschapskist');
	});

	test('the tools whose source gives no mapping carry the toolbox’s own', () => {
		const own = tools.filter((t) => t.data.factorMapping === 'gereedschapskist').map((t) => t.data.title);
		expect(own.sort()).toEqual(['Buddy’s', 'Communicatieplan op maat', 'Kwaliteitskaart communicatie met ouders', 'Nieuwjaarsreceptie', 'Startgesprek']);
	});

	test.each(tools.map((t) => [t.file, t]))('%s: every factor entry explains itself in a sentence', (_, tool) => {
		for (const entry of tool.data.factors) expect(entry.how).toMatch(/^[A-Z‘“].{20,}[.)]$/u);
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recommend, type Helper } from '../../src/lib/zelfscan/results';
import { copySite, type FixtureSite } from './fixture-site';

/**
 * Which tool serves which factor is written in one place only: the tool's frontmatter. Change it
 * there in a copy of the site, build, and the matrix, the factor pages and the tool page all follow.
 */
const TOOL_FILE = 'src/content/docs/gereedschappen/informatiekaart.mdx';
const TOOL_ID = 'gereedschappen/informatiekaart';
const NEW_SENTENCE = 'Testzin: de kaart noemt nu ook de momenten in de schoolloopbaan.';

let site: FixtureSite;
const built = (path: string) => readFileSync(join(site.dir, 'dist', path), 'utf8');

/** The matrix cell of the informatiekaart for factor n: whether it says "Ja". */
function matrixSaysYes(n: number): boolean {
	const row = new RegExp(`<tr[^>]*data-tool="${TOOL_ID}"[^>]*>([\\s\\S]*?)</tr>`).exec(
		built('matrix/index.html'),
	);
	expect(row, 'rij van de informatiekaart in de matrix').not.toBeNull();
	const cell = new RegExp(`<td[^>]*data-factor="${n}"[^>]*>([\\s\\S]*?)</td>`).exec(row![1]);
	expect(cell, `cel voor factor ${n}`).not.toBeNull();
	const word = /<\/span>\s*(Ja|Nee)\s*<span/.exec(cell![1])?.[1];
	expect(word, `de cel zegt Ja of Nee in tekst: ${cell![1]}`).toBeDefined();
	return word === 'Ja';
}

/** The item for the informatiekaart in a factor page's tool list, or undefined when it is not listed. */
function factorPageItem(factorId: string): string | undefined {
	const list = /<ul[^>]*data-factor-tools[^>]*>([\s\S]*?)<\/ul>/.exec(
		built(`succesfactoren/${factorId}/index.html`),
	);
	return list
		? new RegExp(`<li[^>]*data-tool="${TOOL_ID}"[^>]*>([\\s\\S]*?)</li>`).exec(list[1])?.[1]
		: undefined;
}

/** The tools as the built zelfscan page hands them to its script (from the tools' frontmatter). */
function zelfscanTools(): Helper[] {
	const attribute = /data-scan="([^"]*)"/.exec(built('sjablonen/zelfscan/index.html'))?.[1];
	expect(attribute, 'data-scan op de zelfscan').toBeDefined();
	const json = attribute!
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	return JSON.parse(json).tools;
}

/** Whether the zelfscan recommends the informatiekaart when factor n is the weakest. */
const zelfscanRecommends = (n: number) =>
	recommend([n], zelfscanTools()).some((r) => r.helper.id === TOOL_ID);

describe('one source of truth for the link between tools and factors', () => {
	beforeAll(() => {
		site = copySite();
	});
	afterAll(() => site?.remove());

	test('the unchanged copy: factor 8 no, factor 1 yes', () => {
		const { status, output } = site.build();
		expect(status, output).toBe(0);
		expect(matrixSaysYes(8)).toBe(false);
		expect(factorPageItem('8-schoolloopbaan')).toBeUndefined();
		expect(matrixSaysYes(1)).toBe(true);
		expect(factorPageItem('1-welkom')).toBeDefined();
		expect(zelfscanRecommends(8)).toBe(false);
		expect(zelfscanRecommends(1)).toBe(true);
	});

	test('flipping two entries in the tool’s frontmatter changes the matrix, the factor pages and the tool page', () => {
		const original = readFileSync(join(site.dir, TOOL_FILE), 'utf8');
		const changed = original
			.replace(
				/(- factor: 8-schoolloopbaan\n\s+applies: )false(\n\s+how: ).*/,
				`$1true$2${JSON.stringify(NEW_SENTENCE)}`,
			)
			.replace(/(- factor: 1-welkom\n\s+applies: )true/, '$1false');
		expect(changed).not.toBe(original);
		site.write(TOOL_FILE, changed);

		const { status, output } = site.build();
		expect(status, output).toBe(0);

		expect(matrixSaysYes(8)).toBe(true);
		expect(factorPageItem('8-schoolloopbaan')).toContain(NEW_SENTENCE);
		expect(matrixSaysYes(1)).toBe(false);
		expect(factorPageItem('1-welkom')).toBeUndefined();
		// The zelfscan's recommendation follows the same frontmatter.
		expect(zelfscanRecommends(8)).toBe(true);
		expect(zelfscanRecommends(1)).toBe(false);

		const toolPage = built('gereedschappen/informatiekaart/index.html');
		const item8 = /<li[^>]*id="factor-8"[^>]*>([\s\S]*?)<\/li>/.exec(toolPage)![1];
		expect(item8).toContain('>van toepassing<');
		expect(item8).toContain(NEW_SENTENCE);
	});
});

import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { toolSchema } from '../../../src/schemas/tool';
import { pageSchema } from '../../../src/schemas/page';
import { goodTool, knownIds } from '../fixtures';

const schema = toolSchema(knownIds);

/** The messages of a failed parse, each prefixed with the path of the field it is about. */
function problems(input: unknown, s: z.ZodType = schema): string[] {
	const result = s.safeParse(input);
	expect(result.success, 'de frontmatter had afgewezen moeten worden').toBe(false);
	return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('tool frontmatter', () => {
	test('accepts a complete tool and turns references into entry refs', () => {
		const data = schema.parse(goodTool());
		expect(data.factors).toHaveLength(10);
		expect(data.factors[0].factor).toEqual({ collection: 'factors', id: '1-factor' });
		expect(data.sources).toEqual([{ collection: 'sources', id: 'lusse-2013' }]);
		expect(data.template).toEqual({ collection: 'docs', id: 'sjablonen/informatiekaart' });
	});

	test('accepts a factor number where the id is a number string', () => {
		const ids = { ...knownIds, factors: knownIds.factors.map((_, i) => String(i + 1)) };
		const tool = goodTool();
		tool.factors = tool.factors.map((f, i) => ({ ...f, factor: i + 1 }));
		expect(toolSchema(ids).safeParse(tool).success).toBe(true);
	});

	test('rejects a tool that skips a factor, naming the missing one', () => {
		const tool = goodTool();
		tool.factors = tool.factors.filter((f) => f.factor !== '4-factor');
		expect(problems(tool)).toEqual([expect.stringMatching(/^factors: .*ontbreekt: 4-factor/)]);
	});

	test('rejects a factor named twice, pointing at the second entry', () => {
		const tool = goodTool();
		tool.factors[5] = { ...tool.factors[5], factor: '3-factor' };
		const found = problems(tool);
		expect(found).toContainEqual(
			expect.stringMatching(/^factors\.5\.factor: .*"3-factor" staat twee keer/),
		);
		expect(found).toContainEqual(expect.stringMatching(/ontbreekt: 6-factor/));
	});

	test('rejects a reference to a factor that does not exist', () => {
		const tool = goodTool();
		tool.factors[0] = { ...tool.factors[0], factor: '11-bestaat-niet' };
		expect(problems(tool)).toContainEqual(
			expect.stringMatching(/^factors\.0\.factor: Onbekende succesfactor "11-bestaat-niet"/),
		);
	});

	test('rejects eleven factor entries', () => {
		const tool = goodTool();
		tool.factors.push({ ...tool.factors[0] });
		expect(problems(tool)).toContainEqual(
			expect.stringMatching(/^factors\.10\.factor: .*twee keer/),
		);
	});

	test('rejects a factor entry without applies or with an empty explanation', () => {
		const tool = goodTool();
		delete tool.factors[2].applies;
		tool.factors[3].how = '';
		const found = problems(tool);
		expect(found).toContainEqual(expect.stringMatching(/^factors\.2\.applies: /));
		expect(found).toContainEqual(expect.stringMatching(/^factors\.3\.how: Schrijf bij `how`/));
	});

	test.each([
		['sources', ['bestaat-niet'], /^sources\.0: Onbekende bron "bestaat-niet"/],
		['moments', ['kerst'], /^moments\.0: Onbekende moment "kerst"/],
		['related', ['gereedschappen/weg'], /^related\.0: Onbekende pagina "gereedschappen\/weg"/],
		['template', 'sjablonen/weg', /^template: Onbekende pagina "sjablonen\/weg"/],
		[
			'sectors',
			['hbo'],
			/^sectors\.0: Onbekende sector "hbo"\. Kies uit: po, vo, mbo, sociaal-domein/,
		],
		['sectors', [], /^sectors: Noem minstens één sector/],
		['audience', ['ouders'], /^audience\.0: Onbekende doelgroep "ouders"/],
		['kind', 'spel', /^kind: Onbekende soort gereedschap "spel"/],
		['factorMapping', 'gok', /^factorMapping: Onbekende herkomst van de koppeling "gok"/],
		['summary', 'Te kort', /^summary: /],
		['moments', [], /^moments: /],
		[
			'downloads',
			[{ title: 'Kaart', file: 'Kaart Leeg.PDF', format: 'pdf' }],
			/^downloads\.0\.file: Een downloadbestand heet in kleine letters/,
		],
		[
			'downloads',
			[{ title: 'Kaart', file: 'kaart.pdf', format: 'odt' }],
			/^downloads\.0\.format: Onbekende bestandsvorm "odt"/,
		],
	])('rejects a bad %s (%j)', (field, value, message) => {
		expect(problems({ ...goodTool(), [field]: value })).toContainEqual(
			expect.stringMatching(message),
		);
	});

	test.each([
		'summary',
		'kind',
		'sectors',
		'audience',
		'moments',
		'timeNeeded',
		'sources',
		'factorMapping',
		'factors',
	])('requires %s', (field) => {
		const tool = goodTool();
		delete tool[field];
		expect(problems(tool)).toContainEqual(expect.stringMatching(new RegExp(`^${field}: `)));
	});
});

describe('page types', () => {
	const pages = pageSchema(knownIds);

	test('accepts each page type with its own fields', () => {
		expect(pages.safeParse(goodTool()).success).toBe(true);
		expect(pages.safeParse({ type: 'guide' }).success).toBe(true);
		expect(
			pages.safeParse({ type: 'template', tool: 'gereedschappen/informatiekaart' }).success,
		).toBe(true);
		expect(pages.safeParse({ type: 'factor-page', factor: '5-factor' }).success).toBe(true);
	});

	test('rejects a page without a type, or with an unknown one', () => {
		expect(problems({ title: 'x' }, pages)).toContainEqual(
			expect.stringMatching(/^type: Elke pagina heeft een `type`/),
		);
		expect(problems({ type: 'blog' }, pages)).toContainEqual(
			expect.stringMatching(/^type: Elke pagina heeft een `type`/),
		);
	});

	test('rejects a template page that points at a missing tool page', () => {
		expect(problems({ type: 'template', tool: 'gereedschappen/weg' }, pages)).toContainEqual(
			expect.stringMatching(/^tool: Onbekende pagina/),
		);
	});
});

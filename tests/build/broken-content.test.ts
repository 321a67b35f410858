import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { copySite, projectRoot, type FixtureSite } from './fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

describe('astro build refuses broken content', () => {
	test('a tool page with bad frontmatter fails the build, naming the file and the fields', () => {
		site = copySite();
		site.write(
			'src/content/docs/gereedschappen/kapot.mdx',
			readFileSync(`${projectRoot}/tests/fixtures/broken-tool/kapot.mdx`, 'utf8'),
		);
		const { status, output } = site.build();
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/docs/gereedschappen/kapot.mdx');
		expect(output).toMatch(/sectors\.1: Onbekende sector "hbo"/);
		expect(output).toMatch(/factors: .*ontbreekt: 10-teleurstellingen/);
	});

	test('a download that a tool lists but nobody provides fails the build, naming the page and the field', () => {
		site = copySite();
		const path = 'src/content/docs/gereedschappen/informatiekaart.mdx';
		site.write(
			path,
			readFileSync(`${projectRoot}/${path}`, 'utf8').replace(
				'file: informatiekaart-leeg.docx',
				'file: informatiekaart-weg.docx',
			),
		);
		const { status, output } = site.build();
		expect(status).not.toBe(0);
		expect(output).toContain('downloads.1.file "informatiekaart-weg.docx" bestaat niet');
		expect(output).toContain('gereedschappen/informatiekaart.mdx');
	});

	test('a factor whose cluster contradicts the cluster list fails the build', () => {
		site = copySite();
		const path = 'content/factors/4-leerling-erbij.md';
		site.write(
			path,
			readFileSync(`${projectRoot}/${path}`, 'utf8').replace(
				'cluster: samenwerking',
				'cluster: contact',
			),
		);
		const { status, output } = site.build();
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/Succesfactor 4 \("4-leerling-erbij"\) hoort volgens zijn bestand bij cluster "contact"/,
		);
	});
});

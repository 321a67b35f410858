import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readFrameworkNav } from '../../../src/lib/framework-nav';
import { projectRoot } from '../../build/fixture-site';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the framework as the sidebar reads it', () => {
	test('the real content: three clusters in order, ten factors in number order', () => {
		const clusters = readFrameworkNav(join(projectRoot, 'content'));
		expect(clusters.map((c) => c.id)).toEqual(['contact', 'samenwerking', 'toekomstperspectief']);
		expect(clusters.flatMap((c) => c.factors.map((f) => f.number))).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
		]);
		expect(clusters[0].factors[0]).toEqual({
			id: '1-welkom',
			number: 1,
			title: 'Ouders voelen zich welkom',
		});
	});

	test('titles with YAML quoting and colons are read as YAML, not as lines of text', () => {
		dir = mkdtempSync(join(tmpdir(), 'nav-'));
		mkdirSync(join(dir, 'factors'));
		mkdirSync(join(dir, 'clusters'));
		writeFileSync(
			join(dir, 'clusters', 'a.yaml'),
			'order: 1\ntitle: "Cluster: A"\nsummary: x\nfactors: [1]\n',
		);
		writeFileSync(
			join(dir, 'factors', '1-x.md'),
			"---\nnumber: 1\ncluster: a\ntitle: 'Eén: twee'\n---\nTekst\n",
		);
		writeFileSync(
			join(dir, 'factors', '_draft.md'),
			'---\nnumber: 2\ncluster: a\ntitle: Concept\n---\n',
		);
		expect(readFrameworkNav(dir)).toEqual([
			{
				id: 'a',
				title: 'Cluster: A',
				order: 1,
				factors: [{ id: '1-x', number: 1, title: 'Eén: twee' }],
			},
		]);
	});
});

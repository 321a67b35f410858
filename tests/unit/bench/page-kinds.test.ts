import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { docsPagesByType } from '../../bench/page-kinds';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

test('docs pages are grouped by their type, with the URL Starlight gives them', () => {
	dir = mkdtempSync(join(tmpdir(), 'gk-kinds-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir!, path)), { recursive: true });
		writeFileSync(join(dir!, path), text);
	};
	write('index.mdx', '---\ntype: guide\ntitle: Start\n---\n');
	write('gereedschappen/index.mdx', '---\ntype: guide\ntitle: Alle\n---\n');
	write('gereedschappen/informatiekaart.mdx', '---\ntype: tool\ntitle: Kaart\n---\n');
	write('sjablonen/jaarplanner.mdx', '---\ntype: template\ntitle: Jaarplanner\n---\n');
	write(
		'sjablonen/eigen.md',
		'---\ntype: template\nslug: sjablonen/anders\ntitle: Eigen adres\n---\n',
	);
	const byType = docsPagesByType(dir);
	expect(byType.get('guide')).toEqual(['/', '/gereedschappen/']);
	expect(byType.get('tool')).toEqual(['/gereedschappen/informatiekaart/']);
	expect(byType.get('template')).toEqual(['/sjablonen/anders/', '/sjablonen/jaarplanner/']);
});

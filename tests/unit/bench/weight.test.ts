import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	gzipSize,
	pageWeight,
	resolveSpecifier,
	staticImports,
	staticModuleGraph,
} from '../../bench/weight';

describe('staticImports', () => {
	test('finds minified static imports and re-exports, not dynamic import()', () => {
		const code =
			'import{t as e}from"./toc.js";import"./side.js";export{a}from\'./re.js\';const x=()=>import("./heavy.js");';
		expect(staticImports(code)).toEqual(['./toc.js', './side.js', './re.js']);
	});

	test('does not mistake a property or identifier ending in "from" for an import', () => {
		expect(staticImports('a.from("./x.js");dataFrom"./y.js"')).toEqual([]);
	});
});

test('resolveSpecifier resolves relative and root paths against the importer', () => {
	expect(resolveSpecifier('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
	expect(resolveSpecifier('../x/c.js', '/_astro/a.js')).toBe('/x/c.js');
	expect(resolveSpecifier('/_astro/d.js', '/gereedschappen/')).toBe('/_astro/d.js');
	expect(resolveSpecifier('lodash', '/_astro/a.js')).toBeUndefined();
});

describe('a built page', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
	const site = (files: Record<string, string>) => {
		dir = mkdtempSync(join(tmpdir(), 'gk-weight-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	};

	test('counts entry modules, their static imports recursively, and inline scripts; not dynamic chunks or JSON', () => {
		const entry = 'import"./shared.js";document.body.dataset.a="1";';
		const shared = 'import{x}from"./deep.js";x();';
		const deep = 'export const x=()=>import("./export-writer.js");';
		const inline = 'document.documentElement.dataset.theme="light";';
		const dist = site({
			'p/index.html': `<html><head><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/entry.js"></script><script>${inline}</script><script type="application/json">{"big":"${'x'.repeat(5000)}"}</script></head></html>`,
			'_astro/entry.js': entry,
			'_astro/shared.js': shared,
			'_astro/deep.js': deep,
			'_astro/export-writer.js': 'x'.repeat(100_000),
			'_astro/s.css': 'body{color:red}',
		});
		const weight = pageWeight(dist, '/p/');
		expect(weight.scripts).toEqual(['/_astro/deep.js', '/_astro/entry.js', '/_astro/shared.js']);
		expect(weight.inlineJs).toBe(gzipSize(inline));
		expect(weight.js).toBe(gzipSize(entry) + gzipSize(shared) + gzipSize(deep) + gzipSize(inline));
		expect(weight.css).toBe(gzipSize('body{color:red}'));
		expect(weight.stylesheets).toEqual(['/_astro/s.css']);
	});

	test('follows imports in inline module scripts', () => {
		const dist = site({ '_astro/m.js': 'console.log(1)', '_astro/n.js': 'import"./m.js"' });
		expect(staticModuleGraph(dist, [], ['import "/_astro/n.js";'])).toEqual([
			'/_astro/m.js',
			'/_astro/n.js',
		]);
	});
});

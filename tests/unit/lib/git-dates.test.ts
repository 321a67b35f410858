import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newestCommitDate } from '../../../src/lib/git-dates';
import { projectRoot } from '../../build/fixture-site';

describe('date of the last change, from git', () => {
	test('a committed file has the date of its newest commit', () => {
		const date = newestCommitDate(['content/factors/1-welkom.md'], projectRoot);
		expect(date).toBeInstanceOf(Date);
		expect(date!.getTime()).toBeLessThanOrEqual(Date.now());
	});

	test('several files: the newest of their commits', () => {
		const one = newestCommitDate(['content/factors/1-welkom.md'], projectRoot)!;
		const both = newestCommitDate(['content/factors/1-welkom.md', 'package.json'], projectRoot)!;
		expect(both.getTime()).toBeGreaterThanOrEqual(one.getTime());
	});

	test('outside a repository, or for files git does not know, there is no date', () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
		try {
			expect(newestCommitDate(['x.md'], dir)).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		expect(newestCommitDate(['bestaat-niet.md'], projectRoot)).toBeUndefined();
		expect(newestCommitDate([], projectRoot)).toBeUndefined();
	});
});

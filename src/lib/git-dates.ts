import { spawnSync } from 'node:child_process';

/**
 * The date of the newest commit that touched any of the given files, the way Starlight's
 * `lastUpdated` reads it for docs pages. Undefined outside a git work tree or for files git does
 * not know (a test's copy of the site), so callers can fall back to "z.d.".
 */
export function newestCommitDate(files: readonly string[], cwd: string): Date | undefined {
	if (files.length === 0) return undefined;
	const result = spawnSync('git', ['log', '-1', '--format=%ct', '--', ...files], {
		cwd,
		encoding: 'utf8',
	});
	if (result.error || result.status !== 0) return undefined;
	const seconds = Number(result.stdout.trim());
	return Number.isInteger(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

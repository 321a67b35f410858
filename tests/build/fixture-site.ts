import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What a copy of the site needs to build. */
const SITE_PARTS = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
];

export interface FixtureSite {
	dir: string;
	/** Write (or overwrite) a file inside the copy, by path relative to the copy's root. */
	write(path: string, text: string): void;
	/** Run `astro build` in the copy; returns the exit code and everything it printed. */
	build(): { status: number | null; output: string };
	remove(): void;
}

/**
 * Copies live inside the project (git-ignored) so that they find its node_modules by walking up;
 * Astro's compiler does not accept a symlinked node_modules.
 */
const COPIES_DIR = join(projectRoot, '.fixture-sites');

/** A throwaway copy of the real site, to build with deliberate changes. */
export function copySite(): FixtureSite {
	mkdirSync(COPIES_DIR, { recursive: true });
	const dir = mkdtempSync(join(COPIES_DIR, 'site-'));
	for (const part of SITE_PARTS) {
		if (existsSync(join(projectRoot, part)))
			cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
	}
	return {
		dir,
		write(path, text) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		},
		build() {
			const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build'], {
				cwd: dir,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		remove() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Lists the entry ids of a content folder the way the glob loader names them: the path without
 * extension, with `index` standing for its folder. Used at config time, before the content layer
 * has loaded anything, so that reference fields can be checked against what exists.
 */
export function listEntryIds(dir: string, extensions: readonly string[]): string[] {
	const ids: string[] = [];
	const walk = (current: string) => {
		for (const name of readdirSync(current)) {
			if (name.startsWith('_') || name.startsWith('.')) continue;
			const full = join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else {
				const ext = extensions.find((e) => name.endsWith(e));
				if (!ext) continue;
				const path = relative(dir, full).split(sep).join('/').slice(0, -ext.length);
				ids.push(path === 'index' ? 'index' : path.replace(/\/index$/, ''));
			}
		}
	};
	walk(dir);
	return ids.sort();
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface NavFactor {
	id: string;
	number: number;
	title: string;
}

interface NavCluster {
	id: string;
	title: string;
	order: number;
	factors: NavFactor[];
}

/** The YAML frontmatter of a Markdown file, or the whole file when it is YAML. */
function readData(path: string): Record<string, unknown> {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.md')) return parse(text) ?? {};
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) throw new Error(`${path} heeft geen frontmatter.`);
	return parse(match[1]) ?? {};
}

const dataFiles = (dir: string) =>
	readdirSync(dir)
		.filter((name) => /\.(md|ya?ml)$/.test(name) && !name.startsWith('_'))
		.map((name) => ({ id: name.replace(/\.(md|ya?ml)$/, ''), data: readData(join(dir, name)) }));

/**
 * The clusters with their factors, read straight from `content/` at config time, before the
 * content layer runs: the sidebar is configured then. The content schemas validate the same files
 * during the build, so this reader only picks the fields the navigation needs.
 */
export function readFrameworkNav(contentDir: string): NavCluster[] {
	const factors = dataFiles(join(contentDir, 'factors')).map(({ id, data }) => ({
		id,
		number: Number(data.number),
		title: String(data.title),
		cluster: String(data.cluster),
	}));
	return dataFiles(join(contentDir, 'clusters'))
		.map(({ id, data }) => ({
			id,
			title: String(data.title),
			order: Number(data.order),
			factors: factors
				.filter((f) => f.cluster === id)
				.sort((a, b) => a.number - b.number)
				.map(({ id, number, title }) => ({ id, number, title })),
		}))
		.sort((a, b) => a.order - b.order);
}

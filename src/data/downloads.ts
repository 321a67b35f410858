/**
 * Every download the tools offer, checked and measured at build time. The tool pages, the
 * Downloads page and the `/downloads/<file>` endpoint all read from here, so a file that a tool
 * lists but nobody provides fails the build with the page and the field in the message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateDownload, type DownloadOrigin } from '../lib/downloads/catalog';
import { formatBytes } from '../lib/text';
import { generatedDownloads } from '../lib/downloads/generated';
import { DOWNLOAD_FORMATS, type DownloadFormat } from '../schemas/vocabulary';
import { getTools, type ToolEntry } from './tools';

export interface Download {
	title: string;
	file: string;
	format: DownloadFormat;
	formatLabel: string;
	origin: DownloadOrigin;
	bytes: number;
	/** "12 kB" */
	size: string;
	href: string;
}

interface ToolDownloads {
	tool: ToolEntry;
	downloads: Download[];
}

// The build runs from the project's root (also for the fixture sites in tests/build).
const PUBLIC_DOWNLOADS = join(process.cwd(), 'public', 'downloads');

const publicFiles = () =>
	new Set(existsSync(PUBLIC_DOWNLOADS) ? readdirSync(PUBLIC_DOWNLOADS) : []);

/** The bytes of one download, generated or read from `public/downloads/`. */
export async function downloadBytes(file: string): Promise<Uint8Array> {
	const generate = generatedDownloads[file];
	return generate ? await generate() : readFileSync(join(PUBLIC_DOWNLOADS, file));
}

let catalog: Promise<ToolDownloads[]> | undefined;

/** Each tool with its downloads (tools without any left out), in the tools' usual order. */
export function getDownloadCatalog(): Promise<ToolDownloads[]> {
	catalog ??= buildCatalog();
	return catalog;
}

async function buildCatalog(): Promise<ToolDownloads[]> {
	const known = { generated: new Set(Object.keys(generatedDownloads)), publicFiles: publicFiles() };
	const problems: string[] = [];
	const result: ToolDownloads[] = [];
	for (const tool of await getTools()) {
		const page = tool.filePath ?? `src/content/docs/${tool.id}.mdx`;
		const downloads: Download[] = [];
		for (const [index, d] of tool.data.downloads.entries()) {
			const found = locateDownload({ page, index, file: d.file, format: d.format }, known);
			if ('error' in found) {
				problems.push(found.error);
				continue;
			}
			const bytes = (await downloadBytes(d.file)).byteLength;
			downloads.push({
				...d,
				formatLabel: DOWNLOAD_FORMATS[d.format],
				origin: found.origin,
				bytes,
				size: formatBytes(bytes),
				href: `/downloads/${d.file}`,
			});
		}
		if (downloads.length > 0) result.push({ tool, downloads });
	}
	if (problems.length > 0) throw new Error(`Downloads kloppen niet:\n${problems.join('\n')}`);
	return result;
}

/** One tool's downloads (empty when it has none). */
export async function getToolDownloads(toolId: string): Promise<Download[]> {
	return (await getDownloadCatalog()).find((t) => t.tool.id === toolId)?.downloads ?? [];
}

/** The id of a tool's section on the Downloads page: the last part of its page id ("informatiekaart"). */
export const downloadSectionId = (toolId: string) => toolId.split('/').pop()!;

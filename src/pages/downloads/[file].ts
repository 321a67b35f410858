/** The downloads that the build makes (`src/lib/downloads/generated.ts`), written as static files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBytes } from '../../data/downloads';
import { generatedDownloads } from '../../lib/downloads/generated';

export const getStaticPaths = (() =>
	Object.keys(generatedDownloads).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(new Uint8Array(await downloadBytes(params.file!)));

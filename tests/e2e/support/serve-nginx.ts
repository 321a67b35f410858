/**
 * The e2e suite's web server (see playwright.config.ts): nginx serving `dist/` with the headers of
 * a real deployment, in the foreground until Playwright stops it.
 *
 *   node tests/e2e/support/serve-nginx.ts <port>
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPolicy } from '../../../src/deploy/site-scan.ts';
import { startNginx } from './nginx.ts';

const root = resolve(fileURLToPath(new URL('../../../dist', import.meta.url)));
const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4322);

const server = await startNginx({ root, port, csp: builtPolicy(root) });
console.log(`nginx serveert ${root} op ${server.url}`);

// Playwright ends the web server with SIGTERM (see gracefulShutdown): stop nginx, clean up.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.once(signal, () => {
		void server.stop().then(() => process.exit(0));
	});
}
const code = await server.exited;
await server.stop();
console.error(`nginx stopte onverwacht (code ${code}).`);
process.exit(1);

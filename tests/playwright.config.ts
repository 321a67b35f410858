import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser download is not available here. Override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Generous limits: a test waits for what the user sees, and on a busy two-core machine (CI, or a
	// laptop running the bench) a page with axe or a PDF can take far longer than on an idle one.
	// Waiting longer never lets a wrong page pass; a tight limit only fails a right one.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-gpu',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// nginx serves the built `dist/` with the deployment's headers (CSP and the rest), as in
		// production; `npm run test:e2e` builds first. SIGTERM lets it stop nginx and clean up.
		// The project's Node 24 (it strips the types), whatever `node` is on the PATH.
		command: `node_modules/.bin/node tests/e2e/support/serve-nginx.ts ${port}`,
		cwd: '..',
		url: `http://127.0.0.1:${port}/`,
		// Never another server that happens to be on the port: the tests check nginx's headers.
		reuseExistingServer: false,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		timeout: 60_000,
	},
});

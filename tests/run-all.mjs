#!/usr/bin/env node
// Runs every test suite in turn, keeps going when one fails, and ends with one line that totals
// them all: "N passed, N failed". Exit status is 1 when anything failed. `npm test` calls this.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = fileURLToPath(new URL('../test-results/', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Each suite: how to run it, and how to read its counts afterwards. */
const suites = [
	{
		name: 'unit',
		command: [
			bin('vitest'),
			'run',
			'--config',
			'tests/vitest.config.ts',
			'--project',
			'unit',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${results}unit.json`,
		],
		counts: () => vitestCounts(`${results}unit.json`),
	},
	{
		name: 'build',
		command: [
			bin('vitest'),
			'run',
			'--config',
			'tests/vitest.config.ts',
			'--project',
			'build',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${results}build.json`,
		],
		counts: () => vitestCounts(`${results}build.json`),
	},
	{
		// The e2e suite runs against the built site; building it is a check of its own. A build that
		// prints a warning fails too: a warning nobody acts on teaches everyone to skip the build log.
		name: 'site build',
		command: [bin('astro'), 'build'],
		captureOutput: true,
		counts: (status, output) => {
			const warnings = output
				.split('\n')
				.filter((line) => /\[WARN\]|^\(node:\d+\) \w*Warning/.test(line));
			if (warnings.length > 0)
				console.log(`De bouw gaf ${warnings.length} waarschuwing(en):\n${warnings.join('\n')}`);
			return status === 0 && warnings.length === 0
				? { passed: 1, failed: 0 }
				: { passed: 0, failed: 1 };
		},
	},
	{
		name: 'budgets',
		command: [
			bin('vitest'),
			'run',
			'--config',
			'tests/vitest.config.ts',
			'--project',
			'budgets',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${results}budgets.json`,
		],
		skipWhenFailed: 'site build',
		counts: () => vitestCounts(`${results}budgets.json`),
	},
	{
		name: 'e2e',
		command: [bin('playwright'), 'test', '--config', 'tests/playwright.config.ts'],
		skipWhenFailed: 'site build',
		counts: () => playwrightCounts(`${results}e2e.json`),
	},
];

function vitestCounts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 1 };
	const report = JSON.parse(readFileSync(file, 'utf8'));
	// A suite file that fails to load has no tests; count it as a failure so it cannot pass silently.
	const brokenFiles = report.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0,
	).length;
	return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

function playwrightCounts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 1 };
	const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8'));
	return {
		passed: stats.expected + stats.flaky,
		failed: stats.unexpected + (errors.length > 0 ? 1 : 0),
	};
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const failedSuites = new Set();
for (const suite of suites) {
	if (only.length > 0 && !only.includes(suite.name)) continue;
	if (suite.skipWhenFailed && failedSuites.has(suite.skipWhenFailed)) {
		console.log(`\n▶ ${suite.name}: overgeslagen, want "${suite.skipWhenFailed}" faalde`);
		totals.failed += 1;
		continue;
	}
	console.log(`\n▶ ${suite.name}`);
	const { status, stdout, stderr } = spawnSync(suite.command[0], suite.command.slice(1), {
		cwd: root,
		stdio: suite.captureOutput ? ['inherit', 'pipe', 'pipe'] : 'inherit',
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (suite.captureOutput) {
		process.stdout.write(stdout);
		process.stderr.write(stderr);
	}
	const counts = suite.counts(status, suite.captureOutput ? `${stdout}\n${stderr}` : '');
	// A runner that exits non-zero without a failed test (a crash, a config error) still fails.
	if (status !== 0 && counts.failed === 0) counts.failed = 1;
	if (counts.failed > 0) failedSuites.add(suite.name);
	console.log(`◀ ${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
	totals.passed += counts.passed;
	totals.failed += counts.failed;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

#!/usr/bin/env node
// `npm audit --omit=dev` for CI: fails on any high or critical advisory in what the site ships.
// When the registry offers no advisory service (this workplace's mirror answers 405), the audit
// cannot run: that is said plainly and does not fail CI, because no commit could ever fix it.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: false });
let report;
try {
	report = JSON.parse(run.stdout);
} catch {
	console.error(`npm audit gaf geen leesbaar antwoord:\n${run.stdout}\n${run.stderr}`);
	process.exit(1);
}

if (report.statusCode || report.error || !report.metadata) {
	const why = report.statusCode
		? `HTTP ${report.statusCode}`
		: (report.error?.summary ?? report.message ?? 'onbekend');
	console.warn(
		`npm audit: de adviesdienst van het register is niet bereikbaar (${why}); de controle is NIET uitgevoerd.`,
	);
	process.exit(0);
}

const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities;
console.log(
	`npm audit --omit=dev: ${critical} kritiek, ${high} hoog, ${moderate} middel, ${low} laag.`,
);
if (high + critical > 0) {
	for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
		if (v.severity === 'high' || v.severity === 'critical')
			console.error(`- ${name} (${v.severity}): ${v.range}`);
	}
	process.exit(1);
}

/**
 * Lighthouse on Debian's Chromium, with Lighthouse's default (mobile, throttled) settings. Chromium
 * is started here with a remote-debugging port on loopback; Lighthouse connects to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless Chromium that contacts nothing but the site under test. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, ms. */
	lcp: number;
	/** Total Blocking Time, ms. */
	tbt: number;
	/** Cumulative Layout Shift. */
	cls: number;
	/** Audits that cost points, per category, for the note on a score below target. */
	failing: Record<string, string[]>;
	/** Lighthouse's measure of the machine's speed (a busy or slow machine scores low; ~1000+ is a normal desktop). */
	benchmarkIndex: number;
	/** With several runs: the performance scores of all of them (the figures above are the median run's). */
	performanceRuns?: number[];
}

interface RunningChromium {
	port: number;
	stop(): Promise<void>;
}

async function launchChromium(port: number): Promise<RunningChromium> {
	const profile = mkdtempSync(join(tmpdir(), 'gk-lighthouse-'));
	const child: ChildProcess = spawn(
		chromiumPath(),
		[
			...CHROMIUM_FLAGS,
			`--remote-debugging-port=${port}`,
			'--remote-debugging-address=127.0.0.1',
			`--user-data-dir=${profile}`,
			'about:blank',
		],
		{ stdio: 'ignore' },
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/json/version`);
			if (response.ok) break;
		} catch {}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill('SIGKILL');
			rmSync(profile, { recursive: true, force: true });
			throw new Error(`Chromium (${chromiumPath()}) start niet met debugpoort ${port}.`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		port,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One Lighthouse run of `url` on the Chromium at `port`. */
async function lighthouseOnce(url: string, port: number): Promise<LighthouseScores> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
	});
	if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}.`);
	const { categories, audits, runtimeError, environment } = result.lhr;
	if (runtimeError)
		throw new Error(`Lighthouse op ${url}: ${runtimeError.code} ${runtimeError.message}`);
	const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
	const failing: Record<string, string[]> = {};
	for (const id of CATEGORIES) {
		const refs = categories[id]?.auditRefs ?? [];
		const lost = refs.filter(
			(ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1,
		);
		if (lost.length > 0)
			failing[id] = lost.map(
				(ref) => `${ref.id} (${audits[ref.id].displayValue ?? audits[ref.id].score})`,
			);
	}
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
		tbt: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
		cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
		failing,
		benchmarkIndex: Math.round(environment.benchmarkIndex),
	};
}

/**
 * Lighthouse for each URL, `runs` times, each run in a fresh Chromium; the median run by
 * performance score counts (scores vary from run to run, more so on a busy machine). A run that
 * fails to record (NO_NAVSTART, NO_FCP: this happens on a busy machine) is tried again, twice.
 */
export async function runLighthouse(
	urls: string[],
	debuggingPort: number,
	runs = 3,
): Promise<Map<string, LighthouseScores | { error: string }>> {
	const results = new Map<string, LighthouseScores | { error: string }>();
	for (const url of urls) {
		const done: LighthouseScores[] = [];
		let error = '';
		for (let attempt = 1; done.length < runs && attempt <= runs + 2; attempt++) {
			const chromium = await launchChromium(debuggingPort);
			try {
				done.push(await lighthouseOnce(url, chromium.port));
			} catch (e) {
				error = (e as Error).message;
				console.error(`  Lighthouse mislukt (${url}): ${error}`);
			} finally {
				await chromium.stop();
			}
		}
		if (done.length === 0) {
			results.set(url, { error });
			continue;
		}
		const sorted = [...done].sort((a, b) => a.performance - b.performance);
		results.set(url, {
			...sorted[Math.floor((sorted.length - 1) / 2)],
			performanceRuns: done.map((d) => d.performance),
		});
	}
	return results;
}

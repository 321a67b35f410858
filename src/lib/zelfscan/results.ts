/**
 * What a scan says: the average level per cluster, the weakest factors, and for those the tools
 * and parent activities that serve them. The mapping of tools and activities to factors comes from
 * their frontmatter at build time (the only place it is written) and is passed in as data, so
 * these functions only compute; nothing here knows a tool by name.
 */
import type { Scan } from './scan';

/** A factor as the page gets it from the build. */
export interface ScanFactor {
	number: number;
	title: string;
	/** The cluster's id: `contact`. */
	cluster: string;
	href: string;
	/** The indicator for the teacher, shown as the factor's question. */
	teacher: string;
	/** One description per level of the scale, from low to high (the factor's `levels`). */
	levels: string[];
}

export interface ScanCluster {
	id: string;
	title: string;
	/** The factor numbers in the cluster. */
	factors: number[];
}

/** A tool or a parent activity, with the numbers of the factors its frontmatter says it serves. */
export interface Helper {
	id: string;
	title: string;
	href: string;
	factors: number[];
}

interface ClusterResult {
	cluster: ScanCluster;
	/** Average of the rated factors, to one decimal; null when none is rated. */
	average: number | null;
	rated: number;
}

/** The level of factor n in a scan (0: not rated). */
export const levelOf = (scan: Scan, factor: number) => scan.ratings[factor - 1]?.level ?? 0;

export function clusterResults(scan: Scan, clusters: readonly ScanCluster[]): ClusterResult[] {
	return clusters.map((cluster) => {
		const levels = cluster.factors.map((n) => levelOf(scan, n)).filter((level) => level > 0);
		const average = levels.length
			? Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 10) / 10
			: null;
		return { cluster, average, rated: levels.length };
	});
}

/**
 * The weakest factors: the rated ones at the lowest level given, unless every rated factor is at
 * the top of the scale (then nothing needs attention first). In number order.
 */
export function weakestFactors(scan: Scan, top: number): number[] {
	const rated = scan.ratings
		.map((r, i) => ({ n: i + 1, level: r.level }))
		.filter((r) => r.level > 0);
	if (rated.length === 0) return [];
	const lowest = Math.min(...rated.map((r) => r.level));
	if (lowest >= top) return [];
	return rated.filter((r) => r.level === lowest).map((r) => r.n);
}

export interface Recommendation {
	helper: Helper;
	/** Which of the weakest factors it serves, in number order. */
	serves: number[];
}

/**
 * The helpers (tools or activities) that serve at least one of the weakest factors: those that
 * serve more of them first, otherwise in the order given (the site's order).
 */
export function recommend(
	weakest: readonly number[],
	helpers: readonly Helper[],
): Recommendation[] {
	return helpers
		.map((helper, index) => ({
			helper,
			index,
			serves: weakest.filter((n) => helper.factors.includes(n)),
		}))
		.filter((r) => r.serves.length > 0)
		.sort((a, b) => b.serves.length - a.serves.length || a.index - b.index)
		.map(({ helper, serves }) => ({ helper, serves }));
}

/** One factor's level in two scans: the change, or null when one of them did not rate it. */
export function change(now: number, before: number): number | null {
	return now > 0 && before > 0 ? now - before : null;
}

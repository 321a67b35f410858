import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import {
	change,
	clusterResults,
	recommend,
	weakestFactors,
	type Helper,
} from '../../../../src/lib/zelfscan/results';
import {
	bookSchema,
	comparedScan,
	currentScan,
	emptyBook,
	newScan,
	scanDate,
	scanName,
	scansByDate,
	scanType,
	updateCurrent,
	type Scan,
} from '../../../../src/lib/zelfscan/scan';

const rated = (levels: number[]): Scan => ({
	...newScan(new Date('2026-10-01T10:00:00Z'), 's1'),
	ratings: levels.map((level) => ({ level, note: '' })),
});
const CLUSTERS = [
	{ id: 'contact', title: 'Contact', factors: [1, 2, 3] },
	{ id: 'samenwerking', title: 'Samenwerking', factors: [4, 5, 6, 7] },
	{ id: 'toekomstperspectief', title: 'Toekomstperspectief', factors: [8, 9, 10] },
];
/** A fixture mapping, as the build passes it from the tools' frontmatter. */
const TOOLS: Helper[] = [
	{ id: 'a', title: 'Serves 5', href: '/a/', factors: [1, 5] },
	{ id: 'b', title: 'Serves neither', href: '/b/', factors: [1, 2, 3] },
	{ id: 'c', title: 'Serves 5 and 9', href: '/c/', factors: [5, 8, 9] },
	{ id: 'd', title: 'Serves 9', href: '/d/', factors: [9] },
];

describe('zelfscan data', () => {
	it('starts with one empty scan of today, which fits the schema', () => {
		const book = emptyBook(new Date('2026-10-01T10:00:00Z'));
		expect(safeParse(bookSchema, book).success).toBe(true);
		expect(currentScan(book).date).toBe('2026-10-01');
		expect(currentScan(book).ratings).toHaveLength(10);
		expect(safeParse(bookSchema, scanType.empty()).success).toBe(true);
	});

	it('refuses levels outside the scale and a scan without ten ratings', () => {
		expect(
			safeParse(bookSchema, { ...emptyBook(), scans: [rated([5, 0, 0, 0, 0, 0, 0, 0, 0, 0])] })
				.success,
		).toBe(false);
		expect(safeParse(bookSchema, { ...emptyBook(), scans: [rated([1, 2])] }).success).toBe(false);
	});

	it('changes only the current scan, lists scans newest first, and compares with another one only', () => {
		const old = { ...rated(Array(10).fill(2)), id: 'old', date: '2025-10-01' };
		const now = { ...rated(Array(10).fill(0)), id: 'now', date: '2026-10-01', label: 'Team' };
		const book = { scans: [old, now], currentId: 'now', compareId: 'old' };
		const next = updateCurrent(book, (s) => ({ ...s, label: 'Team onderbouw' }));
		expect(next.scans[0]).toBe(old);
		expect(next.scans[1]!.label).toBe('Team onderbouw');
		expect(scansByDate(book).map((s) => s.id)).toEqual(['now', 'old']);
		expect(comparedScan(book)?.id).toBe('old');
		expect(comparedScan({ ...book, compareId: 'now' })).toBeUndefined();
		expect(scanName(now)).toBe('Scan van 1 oktober 2026 (Team)');
		expect(scanDate('')).toBe('zonder datum');
	});
});

describe('zelfscan results', () => {
	it('averages the rated factors per cluster, to one decimal', () => {
		const results = clusterResults(rated([3, 3, 3, 3, 1, 3, 3, 3, 1, 3]), CLUSTERS);
		expect(results.map((r) => [r.cluster.id, r.average, r.rated])).toEqual([
			['contact', 3, 3],
			['samenwerking', 2.5, 4],
			['toekomstperspectief', 2.3, 3],
		]);
		expect(
			clusterResults(rated([0, 0, 0, 4, 0, 0, 0, 0, 0, 0]), CLUSTERS).map((r) => r.average),
		).toEqual([null, 4, null]);
	});

	it('finds the factors at the lowest level given; none when all are at the top or none is rated', () => {
		expect(weakestFactors(rated([3, 3, 3, 3, 1, 3, 3, 3, 1, 3]), 4)).toEqual([5, 9]);
		expect(weakestFactors(rated([0, 2, 0, 0, 0, 0, 0, 0, 0, 3]), 4)).toEqual([2]);
		expect(weakestFactors(rated([4, 4, 0, 0, 0, 0, 0, 0, 0, 0]), 4)).toEqual([]);
		expect(weakestFactors(rated(Array(10).fill(0)), 4)).toEqual([]);
	});

	it('recommends every helper that serves a weakest factor and none that serves neither, those serving more first', () => {
		expect(recommend([5, 9], TOOLS).map((r) => [r.helper.id, r.serves])).toEqual([
			['c', [5, 9]],
			['a', [5]],
			['d', [9]],
		]);
	});

	it('follows the mapping it is given: change a fixture mapping and the recommendation changes with it', () => {
		const changed = TOOLS.map((tool) =>
			tool.id === 'b'
				? { ...tool, factors: [...tool.factors, 9] }
				: tool.id === 'd'
					? { ...tool, factors: [] }
					: tool,
		);
		expect(recommend([5, 9], changed).map((r) => r.helper.id)).toEqual(['c', 'a', 'b']);
		expect(recommend([2], TOOLS).map((r) => r.helper.id)).toEqual(['b']);
		expect(recommend([], TOOLS)).toEqual([]);
	});

	it('gives the change between two scans only when both rated the factor', () => {
		expect(change(4, 2)).toBe(2);
		expect(change(2, 3)).toBe(-1);
		expect(change(0, 3)).toBeNull();
	});
});

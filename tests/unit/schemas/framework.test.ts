import { describe, expect, test } from 'vitest';
import {
	clusterSchema,
	factorSchema,
	momentSchema,
	sourceSchema,
} from '../../../src/schemas/framework';
import { frameworkProblems } from '../../../src/lib/framework-check';
import { knownIds } from '../fixtures';

const factor = {
	number: 5,
	cluster: 'samenwerking',
	title: 'Dialoog',
	school: 'De school zorgt voor dialoog.',
	teacher: 'De leraar voert een dialoog.',
	levels: [
		'Niveau een: nog geen dialoog.',
		'Niveau twee: soms een dialoog.',
		'Niveau drie: meestal een dialoog.',
		'Niveau vier: altijd een dialoog.',
	],
};

describe('factor, cluster, source and moment data', () => {
	test('accepts a good factor and rejects a bad number or cluster', () => {
		expect(factorSchema(knownIds).parse(factor).cluster).toEqual({
			collection: 'clusters',
			id: 'samenwerking',
		});
		const bad = factorSchema(knownIds).safeParse({ ...factor, number: 11, cluster: 'vriendschap' });
		expect(bad.success).toBe(false);
		const paths = bad.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['number', 'cluster']));
		expect(bad.error!.issues.find((i) => i.path[0] === 'cluster')!.message).toMatch(
			/Onbekende cluster "vriendschap"/,
		);
	});

	test('a cluster lists factor numbers', () => {
		expect(
			clusterSchema().safeParse({
				order: 1,
				title: 'Contact',
				summary: 'Elkaar kennen en vinden.',
				factors: [1, 2, 3],
			}).success,
		).toBe(true);
		expect(
			clusterSchema().safeParse({
				order: 1,
				title: 'Contact',
				summary: 'Elkaar kennen en vinden.',
				factors: [],
			}).success,
		).toBe(false);
	});

	test('a source needs authors, year and kind; a url must be a url', () => {
		const good = { authors: ['Lusse, M.'], year: 2013, kind: 'boek' };
		expect(sourceSchema().safeParse(good).success).toBe(true);
		const bad = sourceSchema().safeParse({ ...good, url: 'hr.nl', authors: [] });
		expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(
			expect.arrayContaining(['url', 'authors']),
		);
	});

	test('a moment may not end before it starts', () => {
		const bad = momentSchema().safeParse({
			title: 'Herfst',
			fromWeek: 8,
			toWeek: 5,
			description: 'Voor de herfstvakantie.',
		});
		expect(bad.error!.issues[0].path).toEqual(['toWeek']);
		expect(bad.error!.issues[0].message).toMatch(/toWeek/);
	});
});

describe('framework consistency', () => {
	const clusters = [
		{ id: 'contact', factors: [1, 2] },
		{ id: 'samenwerking', factors: [3] },
	];
	const factors = [
		{ id: '1-a', number: 1, cluster: 'contact' },
		{ id: '2-b', number: 2, cluster: 'contact' },
		{ id: '3-c', number: 3, cluster: 'samenwerking' },
	];

	test('agreeing data has no problems', () => {
		expect(frameworkProblems(factors, clusters)).toEqual([]);
	});

	test('a factor whose cluster disagrees with the cluster lists is reported', () => {
		const moved = factors.map((f) => (f.id === '3-c' ? { ...f, cluster: 'contact' } : f));
		expect(frameworkProblems(moved, clusters)).toEqual([
			expect.stringMatching(/Succesfactor 3 .*"contact".*samenwerking/),
		]);
	});

	test('a double or missing number is reported', () => {
		const doubled = factors.map((f) => (f.id === '3-c' ? { ...f, number: 2 } : f));
		const found = frameworkProblems(doubled, clusters);
		expect(found).toContainEqual(expect.stringMatching(/allebei nummer 2/));
		expect(found).toContainEqual(expect.stringMatching(/geen succesfactor met nummer 3/));
	});
});

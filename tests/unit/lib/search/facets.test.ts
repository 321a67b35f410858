import { describe, expect, test } from 'vitest';
import {
	FILTER_KEYS,
	PAGE_KIND_LABELS,
	filterAttribute,
	searchFilters,
} from '../../../../src/lib/search/facets';

describe('search filters', () => {
	test('every page has its kind; a tool also its factors, clusters, sectors and audiences', () => {
		const filters = searchFilters({
			type: 'tool',
			factors: ['1. Ouders voelen zich welkom', '5. In gesprek, twee kanten op'],
			clusters: ['Contact', 'Samenwerking'],
			sectors: ['Primair onderwijs'],
			audiences: ['Leraar', 'Team'],
		});
		expect(filters).toEqual([
			{ key: 'Soort pagina', value: 'Gereedschap' },
			{ key: 'Succesfactor', value: '1. Ouders voelen zich welkom' },
			{ key: 'Succesfactor', value: '5. In gesprek, twee kanten op' },
			{ key: 'Cluster', value: 'Contact' },
			{ key: 'Cluster', value: 'Samenwerking' },
			{ key: 'Sector', value: 'Primair onderwijs' },
			{ key: 'Voor wie', value: 'Leraar' },
			{ key: 'Voor wie', value: 'Team' },
		]);
	});

	test('a guide has only its kind; values come once and without blanks', () => {
		expect(searchFilters({ type: 'guide' })).toEqual([
			{ key: FILTER_KEYS.kind, value: PAGE_KIND_LABELS.guide },
		]);
		expect(searchFilters({ type: 'factor-page', clusters: ['Contact', 'Contact', ' '] })).toEqual([
			{ key: 'Soort pagina', value: 'Succesfactor' },
			{ key: 'Cluster', value: 'Contact' },
		]);
	});

	test('the attribute keeps commas in the value (Pagefind takes all after the first colon)', () => {
		expect(filterAttribute({ key: 'Succesfactor', value: '5. In gesprek, twee kanten op' })).toBe(
			'Succesfactor:5. In gesprek, twee kanten op',
		);
		expect(() => filterAttribute({ key: 'a:b', value: 'c' })).toThrow(/dubbele punt/);
	});

	test('the keys and labels are Dutch words, not code', () => {
		for (const label of [...Object.values(FILTER_KEYS), ...Object.values(PAGE_KIND_LABELS)])
			expect(label).toMatch(/^[A-Z][a-z ]+$/);
	});
});

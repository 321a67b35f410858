import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	countsFor,
	emptyState,
	foundMessage,
	matches,
	normalise,
	parseQuery,
	toQuery,
	type Group,
	type ToolFacets,
} from '../../../../src/lib/tool-index/filter';

const known: Record<Group, string[]> = {
	factor: ['1', '2', '5', '9'],
	cluster: ['contact', 'samenwerking'],
	sector: ['po', 'vo', 'mbo'],
	audience: ['leraar', 'team'],
	moment: ['eerste-weken', 'na-de-kerstvakantie'],
};
const tool = (values: Partial<Record<Group, string[]>>, text: string): ToolFacets => ({
	values: { factor: [], cluster: [], sector: [], audience: [], moment: [], ...values },
	text,
});
const tools = [
	tool(
		{ factor: ['1', '2'], cluster: ['contact'], sector: ['po', 'vo'], moment: ['eerste-weken'] },
		'Startgesprek Een gesprek aan het begin',
	),
	tool(
		{
			factor: ['5', '9'],
			cluster: ['samenwerking'],
			sector: ['vo', 'mbo'],
			moment: ['na-de-kerstvakantie'],
		},
		'Communicatieplan op maat',
	),
	tool(
		{ factor: ['1'], cluster: ['contact'], sector: ['po'], audience: ['team'] },
		'Buddy’s Ouders helpen elkaar',
	),
];

describe('tool index filters', () => {
	test('any value within a group, every group, and every word of the text', () => {
		const state = emptyState();
		expect(tools.filter((t) => matches(t, state))).toHaveLength(3);
		state.checked.sector = ['vo', 'mbo'];
		expect(tools.filter((t) => matches(t, state))).toHaveLength(2);
		state.checked.factor = ['1'];
		expect(tools.filter((t) => matches(t, state)).map((t) => t.text)).toEqual([
			'Startgesprek Een gesprek aan het begin',
		]);
		state.text = 'GESPREK begin';
		expect(tools.filter((t) => matches(t, state))).toHaveLength(1);
		state.text = 'gesprek einde';
		expect(tools.filter((t) => matches(t, state))).toHaveLength(0);
	});

	test('text ignores case, accents and apostrophes', () => {
		expect(normalise('Buddy’s Café')).toBe('buddys cafe');
		const state = emptyState();
		state.text = 'buddys';
		expect(tools.filter((t) => matches(t, state))).toHaveLength(1);
	});

	test('the URL query round-trips and drops what the page does not offer', () => {
		const state = parseQuery(
			'?factor=5&factor=1&sector=vo&sector=hbo&q=%20gesprek%20&moment=x',
			known,
		);
		expect(state.checked.factor).toEqual(['5', '1']);
		expect(state.checked.sector).toEqual(['vo']);
		expect(state.checked.moment).toEqual([]);
		expect(state.text).toBe('gesprek');
		expect(toQuery(state, known)).toBe('factor=1&factor=5&sector=vo&q=gesprek');
		expect(toQuery(emptyState(), known)).toBe('');
		expect(parseQuery('factor=1,2', known).checked.factor).toEqual(['1', '2']);
	});

	test('any view survives the trip through its URL', () => {
		const group = (g: Group) => fc.subarray(known[g]);
		fc.assert(
			fc.property(
				group('factor'),
				group('cluster'),
				group('sector'),
				group('audience'),
				group('moment'),
				fc.string({ maxLength: 30 }),
				(factor, cluster, sector, audience, moment, text) => {
					const state = {
						checked: { factor, cluster, sector, audience, moment },
						text: text.trim(),
					};
					const back = parseQuery(toQuery(state, known), known);
					expect(back.checked).toEqual(state.checked);
					expect(back.text).toBe(state.text.slice(0, 100).trim());
				},
			),
		);
	});

	test('counts: how many tools a value would show, given the other groups', () => {
		const state = emptyState();
		state.checked.sector = ['po'];
		const counts = countsFor(tools, state, known);
		// Sector counts ignore the sector choice itself; factor counts respect it.
		expect(counts.sector.get('mbo')).toBe(1);
		expect(counts.sector.get('po')).toBe(2);
		expect(counts.factor.get('1')).toBe(2);
		expect(counts.factor.get('5')).toBe(0);
	});

	test('the announcement', () => {
		expect(foundMessage(0)).toBe('Geen gereedschappen gevonden');
		expect(foundMessage(1)).toBe('1 gereedschap gevonden');
		expect(foundMessage(7)).toBe('7 gereedschappen gevonden');
	});
});

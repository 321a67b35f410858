import { describe, expect, it } from 'vitest';
import {
	buddysType,
	languageList,
	pairProblem,
	parentProblem,
	suggestPairs,
	unmatchedNeeds,
	withoutParent,
	withPair,
	withParent,
	type BuddyParent,
	type Buddys,
} from '../../../../src/lib/buddys/buddys';
import { readBackup, writeBackup } from '../../../../src/lib/storage/backup';
import { upgrade } from '../../../../src/lib/storage/record-type';

const parent = (id: string, extra: Partial<BuddyParent> = {}): BuddyParent => ({
	id,
	name: `Ouder ${id}`,
	child: '',
	contact: '',
	languages: '',
	offers: [],
	needs: [],
	offerNote: '',
	needNote: '',
	consent: true,
	consentDate: '2026-09-01',
	...extra,
});

const list = (...parents: BuddyParent[]): Buddys => parents.reduce(withParent, buddysType.empty());

describe('the list of parents', () => {
	it('takes a parent only with a name and consent, said in Dutch', () => {
		expect(parentProblem({ name: '', consent: true })).toBe('Vul de naam van de ouder in.');
		expect(parentProblem({ name: 'Fatima', consent: false })).toMatch(/toestemming/);
		expect(parentProblem({ name: 'Fatima', consent: true })).toBe('');
	});

	it('refuses stored data with a parent without consent', () => {
		const data = list(parent('a'));
		expect(() =>
			upgrade(buddysType, 1, { ...data, parents: [{ ...data.parents[0], consent: false }] }),
		).toThrow(/kloppen niet/);
	});

	it('removes a parent together with every pair the parent is in', () => {
		let data = list(
			parent('a', { offers: ['taal'] }),
			parent('b', { needs: ['taal'] }),
			parent('c'),
		);
		data = withPair(data, {
			id: 'p1',
			helperId: 'a',
			seekerId: 'b',
			topic: 'taal',
			note: '',
			since: '',
		});
		data = withPair(data, {
			id: 'p2',
			helperId: 'c',
			seekerId: 'b',
			topic: '',
			note: 'buren',
			since: '',
		});
		const without = withoutParent(data, 'a');
		expect(without.parents.map((p) => p.id)).toEqual(['b', 'c']);
		expect(without.pairs.map((p) => p.id)).toEqual(['p2']);
	});

	it('round-trips through a backup; a pair to a parent not on the list is refused', () => {
		const data = withPair(
			list(parent('a', { offers: ['dyslexie'] }), parent('b', { needs: ['dyslexie'] })),
			{ id: 'p1', helperId: 'a', seekerId: 'b', topic: 'dyslexie', note: '', since: '2026-09-20' },
		);
		expect(readBackup(buddysType, writeBackup(buddysType, data))).toEqual(data);
		expect(() =>
			upgrade(buddysType, 1, { ...data, pairs: [{ ...data.pairs[0], helperId: 'x' }] }),
		).toThrow(/kloppen niet/);
	});
});

describe('suggested pairs', () => {
	it('match what one parent looks for to what another offers', () => {
		const data = list(
			parent('a', { offers: ['dyslexie'] }),
			parent('b', { needs: ['dyslexie', 'eerste-kind'] }),
			parent('c', { offers: ['eerste-kind'] }),
		);
		expect(suggestPairs(data).map((s) => [s.helper.id, s.seeker.id, s.topic])).toEqual([
			['a', 'b', 'dyslexie'],
			['c', 'b', 'eerste-kind'],
		]);
	});

	it('a language buddy must speak the parent’s language', () => {
		const data = list(
			parent('a', { offers: ['taal'], languages: 'Pools, Nederlands' }),
			parent('b', { offers: ['taal'], languages: 'Arabisch en Nederlands' }),
			parent('c', { needs: ['taal'], languages: 'arabisch' }),
			parent('d', { needs: ['taal'], languages: 'Tigrinya' }),
		);
		const suggestions = suggestPairs(data);
		expect(suggestions.map((s) => [s.helper.id, s.seeker.id, s.sharedLanguages])).toEqual([
			['b', 'c', ['arabisch']],
		]);
		expect(unmatchedNeeds(data).map((n) => [n.seeker.id, n.topic])).toEqual([['d', 'taal']]);
	});

	it('spread the work over the helpers and skip what a pair already covers', () => {
		let data = list(
			parent('a', { offers: ['eerste-kind'] }),
			parent('b', { offers: ['eerste-kind'] }),
			parent('c', { needs: ['eerste-kind'] }),
			parent('d', { needs: ['eerste-kind'] }),
		);
		expect(suggestPairs(data).map((s) => s.helper.id)).toEqual(['a', 'b']);
		data = withPair(data, {
			id: 'p1',
			helperId: 'a',
			seekerId: 'c',
			topic: 'eerste-kind',
			note: '',
			since: '',
		});
		expect(suggestPairs(data).map((s) => [s.helper.id, s.seeker.id])).toEqual([['b', 'd']]);
	});

	it('never pair a parent with themselves', () => {
		const data = list(parent('a', { offers: ['thuis-leren'], needs: ['thuis-leren'] }));
		expect(suggestPairs(data)).toEqual([]);
		expect(pairProblem(data, { helperId: 'a', seekerId: 'a', topic: '' })).toBe(
			'Kies twee verschillende ouders.',
		);
	});

	it('refuse the same pair twice on the same topic, either way round', () => {
		const data = withPair(list(parent('a'), parent('b')), {
			id: 'p1',
			helperId: 'a',
			seekerId: 'b',
			topic: 'taal',
			note: '',
			since: '',
		});
		expect(pairProblem(data, { helperId: 'b', seekerId: 'a', topic: 'taal' })).toBe(
			'Deze twee ouders zijn hier al aan elkaar gekoppeld.',
		);
		expect(pairProblem(data, { helperId: 'b', seekerId: 'a', topic: 'dyslexie' })).toBe('');
	});
});

it('reads a list of languages as a person types it', () => {
	expect(languageList('Arabisch, Nederlands; Engels / Frans en Turks')).toEqual([
		'arabisch',
		'nederlands',
		'engels',
		'frans',
		'turks',
	]);
	expect(languageList('  ')).toEqual([]);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/lib/export/csv';
import {
	addClass,
	addPupil,
	classListType,
	displayName,
	movePupil,
	removeClass,
	sortClass,
	type ClassList,
} from '../../../../src/lib/roster/class-list';
import {
	applyImport,
	describePlan,
	headingRole,
	planImport,
	splitFullName,
} from '../../../../src/lib/roster/import';
import { upgrade } from '../../../../src/lib/storage/record-type';

const empty = (): ClassList => classListType.empty();

describe('splitFullName', () => {
	it.each([
		['Sam de Vries', { firstName: 'Sam', infix: 'de', lastName: 'Vries' }],
		['Anna van der Berg', { firstName: 'Anna', infix: 'van der', lastName: 'Berg' }],
		['Vries, Sam de', { firstName: 'Sam', infix: 'de', lastName: 'Vries' }],
		['de Vries, Sam', { firstName: 'Sam', infix: 'de', lastName: 'Vries' }],
		['Zoë Öztürk', { firstName: 'Zoë', infix: '', lastName: 'Öztürk' }],
		['Jan-Willem  van ’t Hof', { firstName: 'Jan-Willem', infix: 'van', lastName: '’t Hof' }],
		['Mila', { firstName: 'Mila', infix: '', lastName: '' }],
		['Noah Bakker Smit', { firstName: 'Noah', infix: '', lastName: 'Bakker Smit' }],
	])('%s', (name, expected) => expect(splitFullName(name)).toEqual(expected));
});

describe('headingRole', () => {
	it.each([
		['Roepnaam', 'firstName'],
		['Voornaam leerling', 'firstName'],
		['Tussenvoegsel(s)', 'infix'],
		['Achternaam', 'lastName'],
		['Groep', 'group'],
		['Klas/groep', 'group'],
		['Naam', 'fullName'],
		['Geboortedatum', undefined],
	])('%s → %s', (heading, role) => expect(headingRole(heading)).toBe(role));
});

describe('planImport', () => {
	const messy =
		'\uFEFFGroep;Achternaam;Roepnaam;Tussenvoegsel;Geboortedatum\r\n5A;Vries;Sam;de;01-02-2017\r\n\r\n5A;Öztürk;Zoë;;\r\n5B;Amrani;Fatima;El;\r\n;;;;\r\n5A;Bakker;;;\r\n5A;Vries;Sam;de;\r\n';

	it('reads a messy export: BOM, semicolons, any column order, accents, blank lines, groups', () => {
		const plan = planImport(parseCsv(messy), empty());
		expect(plan.columns.map((c) => `${c.index}:${c.role}`)).toEqual([
			'0:group',
			'1:lastName',
			'2:firstName',
			'3:infix',
		]);
		expect(
			plan.classes.map((c) => [
				c.name,
				c.classId,
				c.add.map(displayName),
				c.duplicates.map(displayName),
			]),
		).toEqual([
			['5A', undefined, ['Sam de Vries', 'Zoë Öztürk', 'Bakker'], ['Sam de Vries']],
			['5B', undefined, ['Fatima El Amrani'], []],
		]);
		expect(plan.total).toBe(4);
		expect(describePlan(plan)).toEqual([
			'5A (nieuwe klas): 3 leerlingen erbij, 1 staat er al in en wordt overgeslagen.',
			'5B (nieuwe klas): 1 leerling erbij.',
		]);
	});

	it('adds to an existing class with the same name and skips who is already in it', () => {
		let list = addClass(empty(), '5A', 'k1');
		list = addPupil(list, 'k1', { firstName: 'Sam', infix: 'de', lastName: 'Vries' }, 'l1');
		const plan = planImport(parseCsv(messy), list);
		expect(plan.classes[0]).toMatchObject({ name: '5A', classId: 'k1' });
		expect(plan.classes[0]!.add.map(displayName)).toEqual(['Zoë Öztürk', 'Bakker']);
		const next = applyImport(list, plan);
		expect(next.classes.map((c) => [c.name, c.pupils.map(displayName)])).toEqual([
			['5A', ['Sam de Vries', 'Zoë Öztürk', 'Bakker']],
			['5B', ['Fatima El Amrani']],
		]);
		// The plan did not change the list it was made from.
		expect(list.classes[0]!.pupils).toHaveLength(1);
	});

	it('reads a pasted column of whole names into the chosen class', () => {
		const list = addClass(empty(), 'Groep 3', 'k1');
		const pasted = parseCsv('Sam de Vries\nvan Dijk, Liam\n\nNoor\n', '\t');
		const plan = planImport(pasted, list, { classId: 'k1' });
		expect(plan.columns).toEqual([{ index: 0, heading: '', role: 'fullName' }]);
		expect(applyImport(list, plan).classes[0]!.pupils.map(displayName)).toEqual([
			'Sam de Vries',
			'Liam van Dijk',
			'Noor',
		]);
	});

	it('puts rows without a group into a new class with the given name', () => {
		const plan = planImport(
			[
				['Voornaam', 'Achternaam'],
				['Sam', 'Jansen'],
			],
			empty(),
			{ newClassName: 'Mentorgroep 2C' },
		);
		expect(plan.classes.map((c) => c.name)).toEqual(['Mentorgroep 2C']);
	});

	it('says which lines are skipped and why', () => {
		const plan = planImport(
			[
				['Roepnaam', 'Achternaam'],
				['Sam', 'Jansen'],
				['', ''],
				[' ', ''],
			],
			empty(),
		);
		expect(plan.skipped).toEqual([]);
		const withGap = planImport(
			[
				['Roepnaam', 'Achternaam', 'Nummer'],
				['Sam', 'Jansen', '1'],
				['', '', '2'],
			],
			empty(),
		);
		expect(withGap.skipped).toEqual([{ line: 3, reason: 'geen naam' }]);
		expect(describePlan(withGap).at(-1)).toBe('Eén regel wordt overgeslagen: regel 3 (geen naam).');
	});

	it.each([
		[
			'wrong columns',
			[
				['Datum', 'Bedrag'],
				['1-1', '5'],
			],
			/kolommen met namen zijn niet gevonden/,
		],
		['nothing', [[''], ['']], /geen namen/],
		['only a heading', [['Roepnaam', 'Achternaam']], /geen namen in die te gebruiken zijn/],
		[
			'too many in one class',
			[['Naam'], ...Array.from({ length: 81 }, (_, i) => [`Kind ${i}`])],
			/hoogstens 80 leerlingen/,
		],
	])('refuses %s with a Dutch message', (_, rows, message) => {
		expect(() => planImport(rows, empty())).toThrow(message);
	});

	it('either plans valid pupils or throws a Dutch problem, for any table (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.array(
						fc.oneof(
							fc.string(),
							fc.constantFrom('Roepnaam', 'Achternaam', 'Groep', 'Naam', 'de', ''),
						),
						{ maxLength: 6 },
					),
					{ maxLength: 30 },
				),
				(rows) => {
					try {
						const next = applyImport(empty(), planImport(rows, empty()));
						expect(() => upgrade(classListType, 1, next)).not.toThrow();
					} catch (error) {
						expect((error as Error).name).toBe('FileProblem');
					}
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('class list operations', () => {
	it('adds, moves, sorts and removes', () => {
		let list = addClass(empty(), 'Groep 5', 'k1');
		list = addPupil(list, 'k1', { firstName: 'Zoë', infix: '', lastName: 'Öztürk' }, 'a');
		list = addPupil(list, 'k1', { firstName: 'Sam', infix: 'de', lastName: 'Vries' }, 'b');
		list = addPupil(list, 'k1', { firstName: 'Anna', infix: 'van', lastName: 'Andel' }, 'c');
		expect(movePupil(list, 'k1', 'c', 0).classes[0]!.pupils.map((p) => p.id)).toEqual([
			'c',
			'a',
			'b',
		]);
		expect(sortClass(list, 'k1').classes[0]!.pupils.map((p) => p.id)).toEqual(['c', 'a', 'b']);
		expect(removeClass(list, 'k1')).toEqual({ classes: [], activeClassId: null });
	});
});

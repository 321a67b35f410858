import { describe, expect, it } from 'vitest';
import { agreementEvents } from '../../../../src/lib/communicatieplan/calendar';
import {
	byMonth,
	communicatieplanType,
	formLabel,
	newAgreement,
	whenLabel,
	type Agreement,
} from '../../../../src/lib/communicatieplan/plan';
import { upgrade } from '../../../../src/lib/storage/record-type';

const agreement = (change: Partial<Agreement>, id = change.id ?? 'a'): Agreement => ({
	...newAgreement('k1', 'l1', id),
	...change,
});
const schoolClass = {
	id: 'k1',
	name: 'Groep 5',
	pupils: [{ id: 'l1', firstName: 'Sam', infix: 'de', lastName: 'Vries' }],
};

describe('agreements in words', () => {
	it('say when: a date with or without a time, or the moment as typed', () => {
		expect(whenLabel(agreement({ date: '2026-11-16', time: '15:30' }))).toBe(
			'maandag 16 november 2026, 15:30 uur',
		);
		expect(whenLabel(agreement({ date: '2026-11-16' }))).toBe('maandag 16 november 2026');
		expect(whenLabel(agreement({}))).toBe('Datum nog niet ingevuld');
		expect(whenLabel(agreement({ whenKind: 'moment', moment: 'na het eerste rapport' }))).toBe(
			'na het eerste rapport',
		);
		expect(formLabel(agreement({ form: 'other', formOther: 'Bibliotheek' }))).toBe('Bibliotheek');
		expect(formLabel(agreement({ form: 'other' }))).toBe('Anders');
		expect(formLabel(agreement({ form: 'home' }))).toBe('Huisbezoek');
	});
});

describe('the overview by month', () => {
	it('orders dated agreements by date and time, and puts the rest last', () => {
		const groups = byMonth([
			agreement({ id: 'juni', date: '2027-06-03' }),
			agreement({ id: 'moment', whenKind: 'moment', moment: 'na het rapport' }),
			agreement({ id: 'nov-late', date: '2026-11-16', time: '16:00' }),
			agreement({ id: 'nov-vroeg', date: '2026-11-16', time: '09:00' }),
			agreement({ id: 'nov-dag', date: '2026-11-16' }),
			agreement({ id: 'leeg' }),
		]);
		expect(groups.map((g) => [g.label, g.agreements.map((a) => a.id)])).toEqual([
			['november 2026', ['nov-vroeg', 'nov-late', 'nov-dag']],
			['juni 2027', ['juni']],
			['Zonder vaste datum', ['moment', 'leeg']],
		]);
	});
});

describe('the calendar', () => {
	it('has the dated agreements (timed for half an hour, or all day) and counts the rest', () => {
		const { events, undated } = agreementEvents(
			[
				agreement({ id: 'a1', what: 'Bellen', form: 'phone', date: '2026-11-16', time: '15:30' }),
				agreement({ id: 'a2', date: '2026-12-01', withPupil: false, initiative: 'parents' }),
				agreement({ id: 'a3', whenKind: 'moment', moment: 'na het rapport' }),
				{ ...agreement({ id: 'a4', date: '2026-12-01' }), pupilId: 'weg' },
			],
			schoolClass,
		);
		expect(undated).toBe(1);
		expect(events.map((e) => [e.uid, e.title, e.start, e.end])).toEqual([
			[
				'communicatieplan-a1',
				'Telefoongesprek: Sam de Vries – Bellen',
				{ dateTime: '2026-11-16T15:30' },
				{ dateTime: '2026-11-16T16:00' },
			],
			['communicatieplan-a2', 'Gesprek op school: Sam de Vries', { date: '2026-12-01' }, undefined],
		]);
		expect(events[1]!.description).toContain('Zonder de leerling.');
		expect(events[1]!.description).toContain('Initiatief: De ouders.');
	});
});

describe('the stored plan', () => {
	it('reads its own data back and refuses an unknown form in Dutch', () => {
		const data = { agreements: [agreement({ what: 'x' })], teacher: 'Juf', school: '' };
		expect(upgrade(communicatieplanType, 1, JSON.parse(JSON.stringify(data)))).toEqual(data);
		expect(() =>
			upgrade(communicatieplanType, 1, {
				...data,
				agreements: [{ ...data.agreements[0], form: 'fax' }],
			}),
		).toThrow(/kloppen niet/);
	});
});

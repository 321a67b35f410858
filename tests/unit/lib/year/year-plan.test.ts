import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { writeIcs } from '../../../../src/lib/export/ics';
import {
	reminders,
	timeline,
	type PlanMoment,
	type PlanTool,
} from '../../../../src/lib/year/year-plan';

const moments: PlanMoment[] = [
	{
		id: 'na-de-kerstvakantie',
		title: 'Na de kerstvakantie',
		fromWeek: 19,
		toWeek: 21,
		description: 'Een tweede meting.',
	},
	{
		id: 'eerste-weken',
		title: 'Eerste twee à drie schoolweken',
		fromWeek: 1,
		toWeek: 3,
		description: 'Kennismaken met elk gezin.',
	},
	{
		id: 'heel-het-jaar',
		title: 'Heel het schooljaar',
		fromWeek: 1,
		toWeek: 46,
		description: 'Het hele jaar.',
	},
	{ id: 'leeg', title: 'Zonder gereedschap', fromWeek: 30, toWeek: 30, description: 'Niets.' },
];
const tools: PlanTool[] = [
	{
		id: 'gereedschappen/startgesprek',
		title: 'Startgesprek',
		href: '/gereedschappen/startgesprek/',
		summary: 'Een gesprek aan het begin.',
		moments: ['eerste-weken'],
	},
	{
		id: 'gereedschappen/checklist',
		title: 'Checklist, oudercontact',
		href: '/gereedschappen/checklist/',
		summary: 'Per leerling.',
		moments: ['eerste-weken', 'na-de-kerstvakantie'],
	},
	{
		id: 'gereedschappen/kaart',
		title: 'Kaart',
		href: '/gereedschappen/kaart/',
		summary: 'Het hele jaar.',
		moments: ['heel-het-jaar'],
	},
];
const START = '2027-08-30';

describe('year plan', () => {
	test('moments with tools, in time order, with their dates', () => {
		const steps = timeline(moments, tools, START);
		expect(steps.map((s) => s.moment.id)).toEqual([
			'eerste-weken',
			'heel-het-jaar',
			'na-de-kerstvakantie',
		]);
		expect(steps[0]!.from).toBe('2027-08-30');
		expect(steps[0]!.to).toBe('2027-09-17');
		expect(steps[0]!.dates).toBe('30 augustus tot en met 17 september 2027');
		expect(steps[0]!.tools.map((t) => t.title)).toEqual([
			'Startgesprek',
			'Checklist, oudercontact',
		]);
		expect(steps[2]!.from).toBe('2028-01-03');
	});

	test('one reminder per tool and moment, none for the whole year, readable by ical.js', () => {
		const events = reminders(timeline(moments, tools, START), 'https://voorbeeld.nl/', 2027);
		expect(events).toHaveLength(3);
		const text = writeIcs(events, {
			calendarName: 'Jaarplanning',
			now: new Date('2026-12-02T10:00:00Z'),
		});
		const calendar = new ICAL.Component(ICAL.parse(text));
		const vevents = calendar.getAllSubcomponents('vevent');
		expect(vevents).toHaveLength(3);
		const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
		expect(new Set(uids).size).toBe(3);
		const checklistAfterChristmas = vevents.find((v) =>
			String(v.getFirstPropertyValue('summary')).startsWith('Checklist, oudercontact: na de'),
		)!;
		const start = checklistAfterChristmas.getFirstPropertyValue('dtstart') as ICAL.Time;
		expect(start.isDate).toBe(true);
		expect(start.toString()).toBe('2028-01-03');
		expect(String(checklistAfterChristmas.getFirstPropertyValue('description'))).toContain(
			'https://voorbeeld.nl/gereedschappen/checklist/',
		);
		const alarm = checklistAfterChristmas.getFirstSubcomponent('valarm')!;
		expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(
			-7 * 24 * 3600,
		);
		expect(uids.every((u) => String(u).includes('2027'))).toBe(true);
	});
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIcs, writeIcs } from '../../../../src/lib/export/ics';
import { cardCalendar } from '../../../../src/lib/informatiekaart/calendar';
import { filledCard, PAYLOAD } from './fixtures';

describe('cardCalendar', () => {
	const card = filledCard();
	const calendar = cardCalendar(card);
	const text = writeIcs(calendar.events, {
		calendarName: calendar.calendarName,
		now: new Date('2026-06-01T00:00:00Z'),
	});

	it('has the contact moments with their times and the holidays as all-day events', () => {
		const events = parseIcs(text);
		const byTitle = Object.fromEntries(events.map((e) => [e.title, e]));
		expect(byTitle['Kennismakingsgesprek']!.start).toEqual({ dateTime: '2026-09-08T15:00' });
		expect(byTitle['Kennismakingsgesprek']!.endExclusive).toEqual({ dateTime: '2026-09-08T15:20' });
		// No end time: one hour.
		expect(byTitle['Informatieavond']!.endExclusive).toEqual({ dateTime: '2026-09-17T20:00' });
		// Several days: all day, from the first day up to and including the last, hours in the description.
		expect(byTitle['Voortgangsgesprek']!.start).toEqual({ date: '2026-11-16' });
		expect(byTitle['Voortgangsgesprek']!.endExclusive).toEqual({ date: '2026-11-20' });
		expect(byTitle['Voortgangsgesprek']!.description).toMatch(/^15:00–18:00/);
		expect(byTitle['Herfstvakantie']!.start).toEqual({ date: '2026-10-19' });
		expect(byTitle['Herfstvakantie']!.endExclusive).toEqual({ date: '2026-10-24' });
		expect(byTitle['Kerstvakantie']!.endExclusive).toEqual({ date: '2027-01-02' });
		expect(byTitle['Studiedag (leerlingen vrij)']!.endExclusive).toEqual({ date: '2027-02-04' });
		expect(calendar.calendarName).toBe('Informatiekaart De Regenboog, Groep 5');
	});

	it('leaves out rows without a date and says so', () => {
		expect(calendar.events).toHaveLength(6);
		expect(calendar.skipped).toEqual([
			'Rapportgesprek: nog geen datum.',
			'Pinksteren: nog geen datum.',
		]);
	});

	it('is read by ical.js with the local Dutch times', () => {
		const component = new ICAL.Component(ICAL.parse(text));
		for (const zone of component.getAllSubcomponents('vtimezone'))
			ICAL.TimezoneService.register(zone);
		const events = component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		const talk = events.find((e) => e.summary === 'Kennismakingsgesprek')!;
		expect(talk.startDate.toString()).toBe('2026-09-08T15:00:00');
		expect(talk.startDate.zone.tzid).toBe('Europe/Amsterdam');
		const holiday = events.find((e) => e.summary === 'Herfstvakantie')!;
		expect(holiday.startDate.isDate).toBe(true);
		expect(holiday.endDate.toString()).toBe('2026-10-24');
	});

	it('titles events beside Dutch in the parents’ language, and keeps typed text as text', () => {
		const tr = cardCalendar(
			filledCard({ language: 'tr', school: { ...card.school, name: PAYLOAD } }),
		);
		expect(tr.events[0]!.title).toBe('Kennismakingsgesprek / Tanışma görüşmesi');
		const parsed = parseIcs(writeIcs(tr.events, { calendarName: tr.calendarName }));
		expect(parsed[0]!.description).toContain(PAYLOAD);
	});

	it('skips a moment whose dates or times are in the wrong order', () => {
		const broken = cardCalendar({
			...card,
			moments: [
				{ ...card.moments[0]!, end: '14:00' },
				{ ...card.moments[2]!, endDate: '2026-11-01' },
			],
			daysOff: [],
		});
		expect(broken.events).toEqual([]);
		expect(broken.skipped).toHaveLength(2);
	});
});

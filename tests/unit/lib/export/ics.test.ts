import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, addMinutes } from '../../../../src/lib/dates';
import {
	escapeText,
	foldLine,
	parseIcs,
	writeIcs,
	type CalendarEvent,
} from '../../../../src/lib/export/ics';
import { safeFileName } from '../../../../src/lib/files/file-name';

const now = new Date('2026-08-01T10:00:00Z');

const events: CalendarEvent[] = [
	{
		uid: 'kennismaking',
		title: 'Kennismakingsgesprek',
		start: { dateTime: '2026-08-31T15:30' },
		end: { dateTime: '2026-08-31T15:50' },
		location: 'Lokaal 12, ingang B',
		alarm: { minutesBefore: 60 },
	},
	{
		uid: 'herfstvakantie',
		title: 'Herfstvakantie',
		start: { date: '2026-10-17' },
		end: { date: '2026-10-25' },
	},
	{
		uid: 'studiedag',
		title: 'Studiedag; kinderen vrij, school dicht',
		description: 'Regel opvang.\nVragen? Bel de school.',
		start: { date: '2026-11-04' },
	},
];

/** Reads a file with ical.js, an independent implementation that calendar programs resemble. */
function readWithIcalJs(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	// As a calendar program does: take the file's own time zone definition.
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		return { event, component };
	});
}

describe('writeIcs', () => {
	const text = writeIcs(events, { calendarName: 'Groep 5, de Regenboog', now });

	it('writes CRLF lines of at most 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		for (const line of text.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
	});

	it('is read by ical.js with the right local times, in Europe/Amsterdam', () => {
		const read = readWithIcalJs(text);
		expect(read).toHaveLength(3);
		const [talk, holiday, studyDay] = read;
		expect(talk!.event.summary).toBe('Kennismakingsgesprek');
		expect(talk!.event.location).toBe('Lokaal 12, ingang B');
		expect(talk!.event.startDate.zone.tzid).toBe('Europe/Amsterdam');
		expect(talk!.event.startDate.toString()).toBe('2026-08-31T15:30:00');
		// 15:30 summer time is 13:30 UTC.
		expect(talk!.event.startDate.toJSDate().toISOString()).toBe('2026-08-31T13:30:00.000Z');
		expect(talk!.event.endDate.toString()).toBe('2026-08-31T15:50:00');
		const alarm = talk!.component.getFirstSubcomponent('valarm')!;
		expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-3600);
		expect(holiday!.event.startDate.isDate).toBe(true);
		expect(holiday!.event.startDate.toString()).toBe('2026-10-17');
		// The end of an all-day event is exclusive: the day after the last day.
		expect(holiday!.event.endDate.toString()).toBe('2026-10-26');
		expect(studyDay!.event.summary).toBe('Studiedag; kinderen vrij, school dicht');
		expect(studyDay!.event.description).toBe('Regel opvang.\nVragen? Bel de school.');
		expect(studyDay!.event.endDate.toString()).toBe('2026-11-05');
	});

	it('winter times are an hour later in UTC than summer times', () => {
		const winter = writeIcs(
			[{ uid: 'w', title: 'Voortgangsgesprek', start: { dateTime: '2027-01-18T19:00' } }],
			{ calendarName: 'x', now },
		);
		const [read] = readWithIcalJs(winter);
		expect(read!.event.startDate.toJSDate().toISOString()).toBe('2027-01-18T18:00:00.000Z');
		expect(read!.event.endDate.toString()).toBe('2027-01-18T20:00:00');
	});

	it('reads back with its own parser', () => {
		expect(parseIcs(text)).toEqual([
			{
				uid: 'kennismaking@gereedschapskist-ouderbetrokkenheid',
				title: 'Kennismakingsgesprek',
				location: 'Lokaal 12, ingang B',
				start: { dateTime: '2026-08-31T15:30' },
				endExclusive: { dateTime: '2026-08-31T15:50' },
				alarms: [60],
			},
			{
				uid: 'herfstvakantie@gereedschapskist-ouderbetrokkenheid',
				title: 'Herfstvakantie',
				start: { date: '2026-10-17' },
				endExclusive: { date: '2026-10-26' },
				alarms: [],
			},
			{
				uid: 'studiedag@gereedschapskist-ouderbetrokkenheid',
				title: 'Studiedag; kinderen vrij, school dicht',
				description: 'Regel opvang.\nVragen? Bel de school.',
				start: { date: '2026-11-04' },
				endExclusive: { date: '2026-11-05' },
				alarms: [],
			},
		]);
	});

	it('leaves out the time zone when every event is all-day', () => {
		const allDay = writeIcs([events[1]!], { calendarName: 'Vakanties', now });
		expect(allDay).not.toContain('VTIMEZONE');
		expect(readWithIcalJs(allDay)).toHaveLength(1);
	});

	it('refuses dates that do not exist, with a Dutch message', () => {
		expect(() =>
			writeIcs([{ uid: 'x', title: 'Gesprek', start: { date: '2026-02-30' } }], {
				calendarName: 'x',
			}),
		).toThrow(/bestaat niet/);
		expect(() =>
			writeIcs([{ uid: 'x', title: 'Gesprek', start: { dateTime: '2026-09-01T25:00' } }], {
				calendarName: 'x',
			}),
		).toThrow(/bestaat niet/);
		expect(() =>
			writeIcs(
				[
					{
						uid: 'x',
						title: 'Gesprek',
						start: { dateTime: '2026-09-01T15:00' },
						end: { dateTime: '2026-09-01T14:00' },
					},
				],
				{ calendarName: 'x' },
			),
		).toThrow(/niet na de begintijd/);
		expect(() =>
			writeIcs(
				[
					{
						uid: 'x',
						title: 'Vakantie',
						start: { date: '2026-09-10' },
						end: { date: '2026-09-01' },
					},
				],
				{ calendarName: 'x' },
			),
		).toThrow(/vóór de begindatum/);
	});

	it('keeps any title intact through escaping and folding (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 200 }),
				fc.string({ maxLength: 300 }),
				(title, description) => {
					const file = writeIcs(
						[
							{
								uid: 'p',
								title,
								description: description || undefined,
								start: { date: '2026-09-01' },
							},
						],
						{ calendarName: title, now },
					);
					const [event] = parseIcs(file);
					expect(event!.title).toBe(title.replace(/\r\n?/g, '\n'));
					if (description) expect(event!.description).toBe(description.replace(/\r\n?/g, '\n'));
					for (const line of file.split('\r\n'))
						expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('helpers', () => {
	it('escapes text values', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});
	it('folds without splitting a character', () => {
		const folded = foldLine(`SUMMARY:${'ü'.repeat(60)}`);
		expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ü'.repeat(60)}`);
	});
	it('counts days and minutes across month ends', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addMinutes('2026-08-31T23:50', 20)).toBe('2026-09-01T00:10');
	});
	it('makes safe file names', () => {
		expect(safeFileName('Groep 5/6 – De Regenboog (Zoë)', 'ics')).toBe(
			'groep-5-6-de-regenboog-zoe.ics',
		);
		expect(safeFileName('<img src=x>', '.docx')).toBe('img-src-x.docx');
		expect(safeFileName('   ', 'json', 'informatiekaart')).toBe('informatiekaart.json');
	});
});

/**
 * iCalendar (RFC 5545) files that Outlook, Google Calendar and Apple Calendar import: contact
 * moments, holidays, planned conversations, reminders. Pure: strings in, a string out.
 *
 * Times are local Dutch time (Europe/Amsterdam) with a VTIMEZONE block, so a 15:30 conversation
 * stays at 15:30 whatever the time zone of the computer that imports it. Days without a time are
 * all-day events.
 */
import { addDays, addMinutes, isValidDate, isValidDateTime } from '../dates';

/** A day without a time (`{ date: '2026-08-24' }`) or a local Dutch date and time (`{ dateTime: '2026-08-24T15:30' }`). */
type IcsDate = { date: string } | { dateTime: string };

export interface CalendarEvent {
	/** Stable id: the same event exported twice replaces itself instead of appearing twice. */
	uid: string;
	title: string;
	description?: string;
	location?: string;
	start: IcsDate;
	/**
	 * For an all-day event the last day (inclusive; default: the start day). For a timed event the
	 * end time (default: one hour after the start). Must be of the same kind as `start`.
	 */
	end?: IcsDate;
	/** A reminder before the start. */
	alarm?: { minutesBefore: number; description?: string };
}

interface IcsOptions {
	/** The calendar's name, shown by some programs when the file is imported. */
	calendarName: string;
	/** When the file is made (DTSTAMP); defaults to now. */
	now?: Date;
}

const TIME_ZONE = 'Europe/Amsterdam';
const PRODUCT_ID = '-//Gereedschapskist Ouderbetrokkenheid//NL';
const UID_DOMAIN = 'gereedschapskist-ouderbetrokkenheid';

// Central European Time with its summer time: last Sunday of March to last Sunday of October.
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1), without
 * splitting a UTF-8 character: continuation lines start with one space.
 */
export function foldLine(line: string): string {
	if (encoder.encode(line).length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let currentBytes = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		// The first line may hold 75 octets; continuation lines 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (currentBytes + bytes > limit) {
			parts.push(current);
			current = '';
			currentBytes = 0;
		}
		current += char;
		currentBytes += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function compactDate(date: string): string {
	return date.replaceAll('-', '');
}

function compactDateTime(dateTime: string): string {
	return `${dateTime.replaceAll('-', '').replace(':', '')}00`;
}

function utcStamp(date: Date): string {
	return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** A safe UID: the caller's id (characters that need no escaping) at the toolbox's domain. */
function uidOf(uid: string): string {
	const clean = uid.replace(/[^A-Za-z0-9._-]/g, '-');
	return `${clean}@${UID_DOMAIN}`;
}

function dateProperty(name: 'DTSTART' | 'DTEND', value: IcsDate): string {
	return 'date' in value
		? `${name};VALUE=DATE:${compactDate(value.date)}`
		: `${name};TZID=${TIME_ZONE}:${compactDateTime(value.dateTime)}`;
}

/** Checks an event's dates and fills in its end; throws a Dutch message when a date is wrong. */
function normalise(event: CalendarEvent): { start: IcsDate; endExclusive: IcsDate } {
	const { start, end } = event;
	if ('date' in start) {
		if (!isValidDate(start.date))
			throw new Error(`"${event.title}": de datum "${start.date}" bestaat niet.`);
		if (end && !('date' in end))
			throw new Error(`"${event.title}": een hele dag eindigt op een datum, niet op een tijd.`);
		const last = end?.date ?? start.date;
		if (!isValidDate(last))
			throw new Error(`"${event.title}": de einddatum "${last}" bestaat niet.`);
		if (last < start.date)
			throw new Error(`"${event.title}": de einddatum ligt vóór de begindatum.`);
		// DTEND of an all-day event is the day after the last day.
		return { start, endExclusive: { date: addDays(last, 1) } };
	}
	if (!isValidDateTime(start.dateTime))
		throw new Error(`"${event.title}": het tijdstip "${start.dateTime}" bestaat niet.`);
	if (end && !('dateTime' in end))
		throw new Error(`"${event.title}": een afspraak met een begintijd heeft ook een eindtijd.`);
	const finish = end?.dateTime ?? addMinutes(start.dateTime, 60);
	if (!isValidDateTime(finish))
		throw new Error(`"${event.title}": het eindtijdstip "${finish}" bestaat niet.`);
	if (finish <= start.dateTime)
		throw new Error(`"${event.title}": de eindtijd ligt niet na de begintijd.`);
	return { start, endExclusive: { dateTime: finish } };
}

/** The calendar as the text of an .ics file (CRLF line ends, folded lines). */
export function writeIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
	const stamp = utcStamp(options.now ?? new Date());
	const usesTime = events.some((event) => 'dateTime' in event.start);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODUCT_ID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.calendarName)}`,
		...(usesTime ? [`X-WR-TIMEZONE:${TIME_ZONE}`, ...VTIMEZONE] : []),
	];
	for (const event of events) {
		const { start, endExclusive } = normalise(event);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${uidOf(event.uid)}`,
			`DTSTAMP:${stamp}`,
			dateProperty('DTSTART', start),
			dateProperty('DTEND', endExclusive),
			`SUMMARY:${escapeText(event.title)}`,
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
		// All-day reminders and holidays should not block the agenda as busy time.
		lines.push(`TRANSP:${'date' in start ? 'TRANSPARENT' : 'OPAQUE'}`);
		if (event.alarm) {
			const minutes = Math.max(0, Math.round(event.alarm.minutesBefore));
			lines.push(
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				`DESCRIPTION:${escapeText(event.alarm.description ?? event.title)}`,
				`TRIGGER:-PT${minutes}M`,
				'END:VALARM',
			);
		}
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** An event read back from an .ics file. */
interface ParsedEvent {
	uid: string;
	title: string;
	description?: string;
	location?: string;
	start: IcsDate;
	/** As in the file: for all-day events the day after the last day. */
	endExclusive?: IcsDate;
	/** Minutes before the start of each reminder. */
	alarms: number[];
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
		char === 'n' || char === 'N' ? '\n' : char,
	);
}

function parseDate(params: Map<string, string>, value: string): IcsDate {
	if (params.get('VALUE') === 'DATE' || /^\d{8}$/.test(value)) {
		return { date: `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` };
	}
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}(Z?)$/.exec(value);
	if (!match) throw new Error(`Onbekende datum in agendabestand: "${value}".`);
	return { dateTime: `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}` };
}

/**
 * Reads the events of an .ics file (unfolding lines, unescaping text). Enough for the toolbox's own
 * files and for tests; throws on a file that is not a calendar.
 */
export function parseIcs(text: string): ParsedEvent[] {
	const lines = text
		.replace(/\r\n[ \t]/g, '')
		.replace(/\n[ \t]/g, '')
		.split(/\r?\n/)
		.filter((line) => line.length > 0);
	if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR')
		throw new Error('Dit is geen agendabestand (.ics).');
	const events: ParsedEvent[] = [];
	let current: Partial<ParsedEvent> | null = null;
	let inAlarm = false;
	for (const line of lines) {
		const colon = line.indexOf(':');
		const [name = '', ...rawParams] = line.slice(0, colon).split(';');
		const value = line.slice(colon + 1);
		const params = new Map(rawParams.map((p) => p.split('=') as [string, string]));
		if (line === 'BEGIN:VEVENT') current = { alarms: [] };
		else if (line === 'END:VEVENT' && current) {
			if (!current.uid || !current.start || current.title === undefined)
				throw new Error('Een afspraak in het agendabestand mist UID, DTSTART of SUMMARY.');
			events.push(current as ParsedEvent);
			current = null;
		} else if (line === 'BEGIN:VALARM') inAlarm = true;
		else if (line === 'END:VALARM') inAlarm = false;
		else if (current && inAlarm && name === 'TRIGGER') {
			const match = /^-P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?$/.exec(value);
			if (match)
				current.alarms!.push(
					Number(match[1] ?? 0) * 1440 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0),
				);
		} else if (current && !inAlarm) {
			if (name === 'UID') current.uid = value;
			else if (name === 'SUMMARY') current.title = unescapeText(value);
			else if (name === 'DESCRIPTION') current.description = unescapeText(value);
			else if (name === 'LOCATION') current.location = unescapeText(value);
			else if (name === 'DTSTART') current.start = parseDate(params, value);
			else if (name === 'DTEND') current.endExclusive = parseDate(params, value);
		}
	}
	return events;
}

/**
 * The dated agreements of a class as calendar events: on the day (all day) or at the agreed time
 * (half an hour). Agreements with a moment in words are left out and counted, so the page can say so.
 */
import type { CalendarEvent } from '../export/ics';
import { isValidDate, minutesOf, timeOf } from '../dates';
import { displayName, type SchoolClass } from '../roster/class-list';
import { formLabel, INITIATIVES, type Agreement } from './plan';

/** How long a timed agreement lasts in the calendar. */
const TIMED_MINUTES = 30;

function endOf(date: string, time: string): string {
	// A contact late in the evening ends at midnight at the latest.
	const end = Math.min(minutesOf(time) + TIMED_MINUTES, 23 * 60 + 59);
	return `${date}T${timeOf(end)}`;
}

export function agreementEvents(
	agreements: readonly Agreement[],
	schoolClass: SchoolClass,
): { events: CalendarEvent[]; undated: number } {
	const names = new Map(schoolClass.pupils.map((p) => [p.id, displayName(p)]));
	const events: CalendarEvent[] = [];
	let undated = 0;
	for (const agreement of agreements) {
		if (agreement.classId !== schoolClass.id || !names.has(agreement.pupilId)) continue;
		if (agreement.whenKind !== 'date' || !isValidDate(agreement.date)) {
			undated++;
			continue;
		}
		const name = names.get(agreement.pupilId)!;
		const what = agreement.what.trim();
		events.push({
			uid: `communicatieplan-${agreement.id}`,
			title: `${formLabel(agreement)}: ${name}${what ? ` – ${what}` : ''}`,
			description: [
				what && `Afspraak: ${what}`,
				agreement.withPupil ? 'Met de leerling erbij.' : 'Zonder de leerling.',
				`Initiatief: ${INITIATIVES[agreement.initiative]}.`,
				`Klas: ${schoolClass.name}.`,
			]
				.filter(Boolean)
				.join('\n'),
			...(agreement.time
				? {
						start: { dateTime: `${agreement.date}T${agreement.time}` },
						end: { dateTime: endOf(agreement.date, agreement.time) },
					}
				: { start: { date: agreement.date } }),
		});
	}
	return { events, undated };
}

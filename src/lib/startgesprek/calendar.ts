/**
 * The schedule of a class as calendar events for the teacher's agenda: one event per pupil with a
 * time. Stable ids, so importing the file again after a swap updates the events.
 */
import type { CalendarEvent } from '../export/ics';
import { displayName, type SchoolClass } from '../roster/class-list';
import type { ClassPlan } from './plan';
import { allSlots, slotOf } from './schedule';

export function scheduleEvents(plan: ClassPlan, schoolClass: SchoolClass): CalendarEvent[] {
	const slots = allSlots(plan);
	return schoolClass.pupils
		.map((pupil) => ({ pupil, slot: slotOf(plan, pupil.id, slots) }))
		.filter((entry) => entry.slot)
		.sort((a, b) =>
			`${a.slot!.date}${a.slot!.start}`.localeCompare(`${b.slot!.date}${b.slot!.start}`),
		)
		.map(({ pupil, slot }) => ({
			uid: `startgesprek-${schoolClass.id}-${pupil.id}`,
			title: `Startgesprek ${displayName(pupil)}`,
			description: `Startgesprek met ${displayName(pupil)} en ouders (${schoolClass.name}).`,
			...(plan.place.trim() ? { location: plan.place.trim() } : {}),
			start: { dateTime: `${slot!.date}T${slot!.start}` },
			end: { dateTime: `${slot!.date}T${slot!.end}` },
		}));
}

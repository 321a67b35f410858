/**
 * All letters of a class's plan, in the order of the schedule: one per pupil who has a time. Used by
 * the print sheet, the Word file and the tests, so all three show the same letters.
 */
import type { SchoolClass } from '../roster/class-list';
import { letterFor, type Letter } from './letters';
import type { ClassPlan, Startgesprek } from './plan';
import { allSlots, slotOf } from './schedule';

export function classLetters(
	data: Pick<Startgesprek, 'letters'>,
	plan: ClassPlan,
	schoolClass: SchoolClass,
): Letter[] {
	const slots = allSlots(plan);
	const order = new Map(slots.map((s, i) => [s.key, i]));
	return schoolClass.pupils
		.map((pupil) => ({ pupil, slot: slotOf(plan, pupil.id, slots) }))
		.filter((entry) => entry.slot)
		.sort((a, b) => order.get(a.slot!.key)! - order.get(b.slot!.key)!)
		.map(({ pupil, slot }) => letterFor(data, plan, schoolClass, pupil, slot));
}

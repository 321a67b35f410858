/**
 * What the parts of the startgesprek planner share: the plan of the chosen class, its pupils, how
 * a slot and a pupil are named on the page, and how a change of the plan is taken (saved at once and
 * the page drawn again from it).
 */
import { formatDate } from '../../../lib/dates';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import {
	planFor,
	withPlan,
	type ClassPlan,
	type Startgesprek,
} from '../../../lib/startgesprek/plan';
import type { Slot } from '../../../lib/startgesprek/schedule';
import type { TemplateContext } from '../kit/template';

export type Ctx = TemplateContext<Startgesprek>;

/** The plan of the class chosen in the class picker (the planner is drawn only with a class). */
export const planOf = (ctx: Ctx): ClassPlan => planFor(ctx.data, ctx.schoolClass!.id);

export const pupilsOf = (ctx: Ctx): Pupil[] => ctx.schoolClass?.pupils ?? [];

/** A choice or a button changed the plan: saved now, and everything that follows from it drawn again. */
export function changePlan(ctx: Ctx, next: ClassPlan): void {
	ctx.replace(withPlan(ctx.data, next));
}

/** Typing changed the plan: saved shortly after, nothing drawn (the cursor stays put). */
export function typePlan(ctx: Ctx, next: ClassPlan): void {
	ctx.update(withPlan(ctx.data, next));
}

/** "di 1 sep, 13:00–13:20" */
export const slotLabel = (slot: Slot): string =>
	`${formatDate(slot.date, 'short')}, ${slot.start}–${slot.end}`;

/** The pupil's name as the class list shows it, also for an assignment of a pupil who has left. */
export function nameOf(ctx: Ctx, pupilId: string): string {
	const pupil = pupilsOf(ctx).find((p) => p.id === pupilId);
	return pupil ? displayName(pupil) : 'een leerling die niet meer in de klas staat';
}

/** Who sits in each slot (more than one: a double booking), pupils in class-list order. */
export function occupantsOf(plan: ClassPlan, pupils: readonly Pupil[]): Map<string, string[]> {
	const occupants = new Map<string, string[]>();
	for (const pupil of pupils) {
		const slot = plan.assignments.find((x) => x.pupilId === pupil.id)?.slot;
		if (slot) occupants.set(slot, [...(occupants.get(slot) ?? []), pupil.id]);
	}
	return occupants;
}

/** Runs a redraw and puts the focus back on the control with the same id. */
export function keepingFocus(root: HTMLElement, draw: () => void): void {
	const active = document.activeElement;
	const id = active instanceof HTMLElement && root.contains(active) ? active.id : '';
	draw();
	if (id && document.activeElement?.id !== id) document.getElementById(id)?.focus();
}

/**
 * Part 3 of the planner, assigning the families: the summary, the check for double bookings and
 * pupils without a time, automatic assigning, swapping two families, and the table with each
 * pupil's time and the language of their letter.
 */
import {
	PARENT_LANGUAGE_CODES,
	PARENT_LANGUAGES,
	type ParentLanguage,
} from '../../../lib/i18n/languages';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import type { ClassPlan } from '../../../lib/startgesprek/plan';
import {
	allSlots,
	autoAssign,
	conflicts,
	hasConflicts,
	movePupil,
	slotOf,
	swapPupils,
	type Slot,
} from '../../../lib/startgesprek/schedule';
import { joinList, plural } from '../../../lib/text';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import { changePlan, nameOf, occupantsOf, planOf, pupilsOf, slotLabel, type Ctx } from './view';

/** Binds the assigning part; returns its drawing. */
export function mountAssign(ctx: Ctx): () => void {
	const swapA = ctx.part<HTMLSelectElement>('[data-swap-a]');
	const swapB = ctx.part<HTMLSelectElement>('[data-swap-b]');
	ctx.part('[data-auto-assign]').addEventListener('click', () => void assignAll(ctx));
	ctx.part('[data-fill-free]').addEventListener('click', () => fillFree(ctx));
	ctx
		.part('[data-swap-button]')
		.addEventListener('click', () => swap(ctx, swapA.value, swapB.value));

	return () => {
		drawCheck(ctx);
		drawSwapChoices(ctx, swapA, swapB);
		drawPupilRows(ctx);
	};
}

const stillWithout = (plan: ClassPlan, pupils: readonly Pupil[]) => {
	const missing = conflicts(plan, pupils).withoutSlot.length;
	return missing ? ` ${missing} nog niet: er zijn te weinig tijden.` : '';
};

/** "Automatisch indelen…": every pupil a time in class-list order; asks first when that undoes work. */
async function assignAll(ctx: Ctx): Promise<void> {
	const plan = planOf(ctx);
	const pupils = pupilsOf(ctx);
	if (allSlots(plan).length === 0) {
		ctx.announce('Er zijn nog geen tijden. Voeg eerst dagen met tijden toe.');
		return;
	}
	if (plan.assignments.some((a) => pupils.some((p) => p.id === a.pupilId))) {
		const sure = await confirmAction({
			title: 'Alle tijden opnieuw verdelen?',
			message: [
				'De leerlingen krijgen een tijd in de volgorde van de klassenlijst. Wat je met de hand hebt veranderd, gaat verloren.',
				'Wil je alleen leerlingen zonder tijd een plek geven? Kies dan "Leerlingen zonder tijd indelen".',
			],
			confirmLabel: 'Ja, verdeel opnieuw',
			danger: true,
		});
		if (!sure) return;
	}
	const next = autoAssign(planOf(ctx), pupils);
	changePlan(ctx, next);
	ctx.announce(
		`${plural(next.assignments.length, 'leerling heeft', 'leerlingen hebben')} een tijd gekregen.${stillWithout(next, pupils)}`,
	);
}

/** "Leerlingen zonder tijd indelen": the others keep their time. */
function fillFree(ctx: Ctx): void {
	const plan = planOf(ctx);
	const pupils = pupilsOf(ctx);
	const next = autoAssign(plan, pupils, { keep: true });
	changePlan(ctx, next);
	const given = next.assignments.filter(
		(a) => !plan.assignments.some((b) => b.pupilId === a.pupilId && b.slot === a.slot),
	).length;
	if (given)
		ctx.announce(
			`${plural(given, 'leerling heeft', 'leerlingen hebben')} een vrije tijd gekregen.${stillWithout(next, pupils)}`,
		);
	else
		ctx.announce(
			plan.assignments.length ? 'Iedereen had al een tijd.' : 'Er zijn geen vrije tijden.',
		);
}

function swap(ctx: Ctx, first: string, second: string): void {
	if (!first || !second || first === second) {
		ctx.announce('Kies twee verschillende leerlingen om te ruilen.');
		return;
	}
	changePlan(ctx, swapPupils(planOf(ctx), first, second));
	const plan = planOf(ctx);
	const slots = allSlots(plan);
	const label = (id: string) => {
		const slot = slotOf(plan, id, slots);
		return `${nameOf(ctx, id)} ${slot ? slotLabel(slot) : 'geen tijd'}`;
	};
	ctx.announce(`Geruild. Nu: ${label(first)}; ${label(second)}.`);
}

/** The summary and the check: what is double booked, lost or missing, or that all is well. */
function drawCheck(ctx: Ctx): void {
	const plan = planOf(ctx);
	const slots = allSlots(plan);
	const pupils = pupilsOf(ctx);
	const found = conflicts(plan, pupils);
	const names = (ids: string[]) => joinList(ids.map((id) => nameOf(ctx, id)));
	ctx.part('[data-summary]').textContent =
		`${plural(pupils.length, 'leerling', 'leerlingen')} in ${ctx.schoolClass!.name}, ${plural(slots.length, 'tijd', 'tijden')} in de planning.`;

	const problem = (text: string) => h('li', { class: 'gk-problem' }, text);
	const items: HTMLElement[] = found.doubleBooked.map(({ slot, pupilIds }) =>
		problem(`Dubbel geboekt: ${slotLabel(slot)} hebben ${names(pupilIds)} dezelfde tijd.`),
	);
	if (found.lostSlot.length)
		items.push(
			problem(
				`De tijd bestaat niet meer (dag of tijden gewijzigd): ${names(found.lostSlot)}. Geef ${found.lostSlot.length === 1 ? 'deze leerling' : 'deze leerlingen'} een nieuwe tijd.`,
			),
		);
	if (found.withoutSlot.length) items.push(problem(`Nog geen tijd: ${names(found.withoutSlot)}.`));
	if (found.shortBy > 0)
		items.push(
			problem(
				`Er ${found.shortBy === 1 ? 'is' : 'zijn'} ${plural(found.shortBy, 'tijd', 'tijden')} te weinig voor de hele klas. Voeg een dag toe, maak een dag langer of de gesprekken korter.`,
			),
		);
	if (pupils.length === 0)
		items.push(
			h('li', null, 'Deze klas heeft nog geen leerlingen. Voeg ze toe in je klassenlijst.'),
		);
	else if (!hasConflicts(found))
		items.push(
			h(
				'li',
				{ class: 'gk-ok' },
				'Elke leerling heeft een eigen tijd. Er is niets dubbel geboekt.',
			),
		);
	replaceChildren(ctx.part('[data-conflict-list]'), items);
	ctx
		.part('[data-conflicts]')
		.classList.toggle('sg-conflicts--problem', hasConflicts(found) || found.shortBy > 0);
}

/** The two swap choices: every pupil, with their time; the choices stay as they were. */
function drawSwapChoices(ctx: Ctx, swapA: HTMLSelectElement, swapB: HTMLSelectElement): void {
	const plan = planOf(ctx);
	const slots = allSlots(plan);
	const pupils = pupilsOf(ctx);
	const option = (p: Pupil, selected: string) => {
		const slot = slotOf(plan, p.id, slots);
		return h(
			'option',
			{ value: p.id, selected: p.id === selected },
			`${displayName(p)} (${slot ? slotLabel(slot) : 'geen tijd'})`,
		);
	};
	const [a, b] = [swapA.value, swapB.value];
	replaceChildren(
		swapA,
		pupils.map((p) => option(p, a)),
	);
	replaceChildren(
		swapB,
		pupils.map((p) => option(p, b)),
	);
	if (!b && pupils.length > 1) swapB.value = pupils[1]!.id;
}

/** One row per pupil: their time (taken times say by whom) and the language of their letter. */
function drawPupilRows(ctx: Ctx): void {
	const plan = planOf(ctx);
	const slots = allSlots(plan);
	const occupants = occupantsOf(plan, pupilsOf(ctx));
	replaceChildren(
		ctx.part('[data-pupil-rows]'),
		pupilsOf(ctx).map((pupil) => {
			const own = plan.assignments.find((x) => x.pupilId === pupil.id)?.slot ?? '';
			const problem =
				own === '' || !slots.some((s) => s.key === own) || (occupants.get(own)?.length ?? 0) > 1;
			return h(
				'tr',
				{ class: [problem && 'gk-row--problem'] },
				h('th', { scope: 'row' }, displayName(pupil)),
				h('td', null, timeChoice(ctx, pupil, own, slots, occupants)),
				h('td', null, languageChoice(ctx, pupil, plan)),
			);
		}),
	);
}

function timeChoice(
	ctx: Ctx,
	pupil: Pupil,
	own: string,
	slots: Slot[],
	occupants: Map<string, string[]>,
): HTMLSelectElement {
	const name = displayName(pupil);
	const select = h(
		'select',
		{ id: `sg-time-${pupil.id}`, 'aria-label': `Tijd van ${name}` },
		h('option', { value: '', selected: own === '' }, 'Geen tijd'),
		own && !slots.some((s) => s.key === own)
			? h('option', { value: own, selected: true }, 'Tijd bestaat niet meer')
			: null,
		slots.map((slot) => {
			const others = (occupants.get(slot.key) ?? [])
				.filter((id) => id !== pupil.id)
				.map((id) => nameOf(ctx, id));
			return h(
				'option',
				{ value: slot.key, selected: slot.key === own },
				`${slotLabel(slot)}${others.length ? ` (bezet: ${others.join(', ')})` : ''}`,
			);
		}),
	);
	select.addEventListener('change', () => {
		const next = movePupil(planOf(ctx), pupil.id, select.value);
		changePlan(ctx, next);
		const slot = slots.find((s) => s.key === select.value);
		const clash = slot
			? next.assignments
					.filter((x) => x.slot === slot.key && x.pupilId !== pupil.id)
					.map((x) => nameOf(ctx, x.pupilId))
			: [];
		ctx.announce(
			slot
				? `${name}: ${slotLabel(slot)}.${clash.length ? ` Let op: ${joinList(clash)} heeft dezelfde tijd.` : ''}`
				: `${name} heeft geen tijd meer.`,
		);
	});
	return select;
}

function languageChoice(ctx: Ctx, pupil: Pupil, plan: ClassPlan): HTMLSelectElement {
	const name = displayName(pupil);
	const select = h(
		'select',
		{ id: `sg-lang-${pupil.id}`, 'aria-label': `Taal van de brief voor ${name}` },
		PARENT_LANGUAGE_CODES.map((code) =>
			h(
				'option',
				{ value: code, selected: (plan.languages[pupil.id] ?? 'nl') === code },
				PARENT_LANGUAGES[code].name,
			),
		),
	);
	select.addEventListener('change', () => {
		const now = planOf(ctx);
		const language = select.value as ParentLanguage;
		const languages = { ...now.languages };
		if (language === 'nl') delete languages[pupil.id];
		else languages[pupil.id] = language;
		changePlan(ctx, { ...now, languages });
		ctx.announce(`De brief voor ${name} is nu in het ${PARENT_LANGUAGES[language].name}.`);
	});
	return select;
}

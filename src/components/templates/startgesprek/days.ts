/**
 * Part 2 of the planner, the days and times: the length of one conversation, each day with its
 * date, times and breaks, and the presets that add several days at once.
 *
 * The list of days is built again only when a day or a break is added or removed. A changed date
 * or time only updates the values, headings and status lines, so a date being typed keeps its place.
 */
import { formatDate, isValidDate } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import {
	DEFAULT_SLOT_MINUTES,
	MAX_BREAKS_PER_DAY,
	MAX_DAYS,
	MAX_SLOT_MINUTES,
	MIN_SLOT_MINUTES,
	newDay,
	type Break,
	type ClassPlan,
	type Day,
} from '../../../lib/startgesprek/plan';
import {
	addPresetDays,
	dayProblems,
	dayRows,
	presetDates,
	type Preset,
} from '../../../lib/startgesprek/schedule';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { UserProblem, type TemplateAction } from '../kit/template';
import { changePlan, planOf, type Ctx } from './view';

/** "Dag 2: donderdag 3 september 2026", or "Dag 2" while the day has no existing date. */
function dayHeading(day: Day, index: number): string {
	return isValidDate(day.date)
		? `Dag ${index + 1}: ${formatDate(day.date, 'long')}`
		: `Dag ${index + 1}`;
}

function dayStatus(day: Day, slotMinutes: number): { text: string; problem: boolean } {
	const problems = dayProblems(day);
	if (problems.length) return { text: problems.join(' '), problem: true };
	const count = dayRows(day, slotMinutes).filter((r) => r.kind === 'slot').length;
	return count === 0
		? { text: `Op deze dag past geen gesprek van ${slotMinutes} minuten.`, problem: true }
		: { text: `${plural(count, 'gesprek', 'gesprekken')} op deze dag.`, problem: false };
}

/** The days and breaks the list shows, in order: when this changes, the list is built again. */
const shapeOf = (plan: ClassPlan): string =>
	plan.days.map((d) => [d.id, ...d.breaks.map((b) => b.id)].join(',')).join(';');

const withDay = (plan: ClassPlan, dayId: string, change: (day: Day) => Day): ClassPlan => ({
	...plan,
	days: plan.days.map((d) => (d.id === dayId ? change(d) : d)),
});

const focus = (id: string) => document.getElementById(id)?.focus();

/** Binds the days part; returns its drawing. */
export function mountDays(ctx: Ctx): () => void {
	const list = ctx.part('[data-days]');
	const noDays = ctx.part('[data-no-days]');
	const addDay = ctx.part<HTMLButtonElement>('[data-add-day]');
	const slotMinutes = ctx.part<HTMLInputElement>('[data-slot-minutes]');
	let shape: string | undefined;

	addDay.addEventListener('click', () => {
		const plan = planOf(ctx);
		const last = plan.days.at(-1);
		const day = newDay('', last?.start ?? '13:00', last?.end ?? '16:00');
		changePlan(ctx, { ...plan, days: [...plan.days, day] });
		focus(`sg-${day.id}-date`);
		ctx.announce(`Dag ${plan.days.length + 1} toegevoegd. Kies de datum.`);
	});

	slotMinutes.addEventListener('change', () => {
		const value = Math.round(Number(slotMinutes.value));
		if (!Number.isFinite(value) || value < MIN_SLOT_MINUTES || value > MAX_SLOT_MINUTES) {
			slotMinutes.value = String(planOf(ctx).slotMinutes);
			ctx.announce(`Kies een duur tussen ${MIN_SLOT_MINUTES} en ${MAX_SLOT_MINUTES} minuten.`);
			return;
		}
		changePlan(ctx, { ...planOf(ctx), slotMinutes: value });
		ctx.announce(`Een gesprek duurt nu ${value} minuten.`);
	});

	return () => {
		const plan = planOf(ctx);
		slotMinutes.value = String(plan.slotMinutes || DEFAULT_SLOT_MINUTES);
		noDays.hidden = plan.days.length > 0;
		addDay.disabled = plan.days.length >= MAX_DAYS;
		if (shapeOf(plan) !== shape) {
			replaceChildren(
				list,
				plan.days.map((day) => dayItem(ctx, day)),
			);
			shape = shapeOf(plan);
		}
		plan.days.forEach((day, index) => refreshDay(list, day, index, plan.slotMinutes));
	};
}

/** Puts a day's values, heading and status into its item (values only where they differ). */
function refreshDay(list: HTMLElement, day: Day, index: number, slotMinutes: number): void {
	const item = list.querySelector<HTMLElement>(`[data-day="${day.id}"]`);
	if (!item) return;
	item.querySelector('[data-day-heading]')!.textContent = dayHeading(day, index);
	const info = dayStatus(day, slotMinutes);
	const line = item.querySelector<HTMLElement>('[data-day-status]')!;
	line.textContent = info.text;
	line.classList.toggle('gk-problem', info.problem);
	for (const input of item.querySelectorAll<HTMLInputElement>('input[data-value]')) {
		const [key, breakId] = input.dataset.value!.split('@') as [
			'date' | 'start' | 'end',
			string | undefined,
		];
		const value = breakId
			? (day.breaks.find((b) => b.id === breakId)?.[key as 'start' | 'end'] ?? '')
			: day[key];
		if (input.value !== value) input.value = value;
	}
}

/** A date or time field; `value` names what it shows: `date`, `start`, `end`, or `start@<break id>`. */
function timeField(
	id: string,
	label: string,
	value: string,
	onChange: (value: string) => void,
	type: 'time' | 'date' = 'time',
): HTMLElement {
	const input = h('input', { id, type, 'data-value': value });
	input.addEventListener('change', () => onChange(input.value));
	return h('div', { class: 'gk-field' }, h('label', { for: id }, label), input);
}

function dayItem(ctx: Ctx, day: Day): HTMLElement {
	const set = (key: 'date' | 'start' | 'end') => (value: string) =>
		changePlan(
			ctx,
			withDay(planOf(ctx), day.id, (d) => ({ ...d, [key]: value })),
		);
	const addBreak = h(
		'button',
		{
			type: 'button',
			class: 'gk-button',
			id: `sg-${day.id}-add-break`,
			disabled: day.breaks.length >= MAX_BREAKS_PER_DAY,
		},
		'Pauze toevoegen',
	);
	addBreak.addEventListener('click', () => {
		const breakId = newId('p');
		changePlan(
			ctx,
			withDay(planOf(ctx), day.id, (d) => ({
				...d,
				breaks: [...d.breaks, { id: breakId, start: '', end: '' }],
			})),
		);
		focus(`sg-${breakId}-start`);
		ctx.announce('Pauze toegevoegd. Vul de begin- en eindtijd in.');
	});
	const removeDay = h(
		'button',
		{ type: 'button', class: 'gk-button gk-button--danger', id: `sg-${day.id}-remove` },
		'Dag verwijderen',
	);
	removeDay.addEventListener('click', () => removeTheDay(ctx, day.id));
	return h(
		'li',
		{ class: 'sg-day', 'data-day': day.id },
		h(
			'fieldset',
			null,
			h('legend', { 'data-day-heading': '' }),
			h(
				'div',
				{ class: 'sg-day__fields' },
				timeField(`sg-${day.id}-date`, 'Datum', 'date', set('date'), 'date'),
				timeField(`sg-${day.id}-start`, 'Eerste gesprek om', 'start', set('start')),
				timeField(`sg-${day.id}-end`, 'Klaar om', 'end', set('end')),
			),
			day.breaks.map((pause, b) => breakGroup(ctx, day.id, pause, b)),
			h('p', { class: 'sg-day__status', 'data-day-status': '' }),
			h('div', { class: 'gk-buttons' }, addBreak, removeDay),
		),
	);
}

function breakGroup(ctx: Ctx, dayId: string, pause: Break, b: number): HTMLElement {
	const change = (breaks: (day: Day) => Break[]) =>
		changePlan(
			ctx,
			withDay(planOf(ctx), dayId, (d) => ({ ...d, breaks: breaks(d) })),
		);
	const set = (key: 'start' | 'end') => (value: string) =>
		change((d) => d.breaks.map((x) => (x.id === pause.id ? { ...x, [key]: value } : x)));
	const remove = h(
		'button',
		{ type: 'button', class: 'gk-button', id: `sg-${pause.id}-remove` },
		`Pauze ${b + 1} verwijderen`,
	);
	remove.addEventListener('click', () => {
		change((d) => d.breaks.filter((x) => x.id !== pause.id));
		focus(`sg-${dayId}-add-break`);
		ctx.announce(`Pauze ${b + 1} is verwijderd.`);
	});
	return h(
		'div',
		{ class: 'sg-break', role: 'group', 'aria-label': `Pauze ${b + 1}` },
		timeField(`sg-${pause.id}-start`, `Pauze ${b + 1} van`, `start@${pause.id}`, set('start')),
		timeField(`sg-${pause.id}-end`, 'tot', `end@${pause.id}`, set('end')),
		remove,
	);
}

/** Removes a day; the focus goes to the next day (or the one before, or "Dag toevoegen"). */
function removeTheDay(ctx: Ctx, dayId: string): void {
	const plan = planOf(ctx);
	const index = plan.days.findIndex((d) => d.id === dayId);
	const day = plan.days[index];
	if (!day) return;
	const keys = new Set(
		dayRows(day, plan.slotMinutes).flatMap((r) => (r.kind === 'slot' ? [r.key] : [])),
	);
	const affected = plan.assignments.filter((a) => keys.has(a.slot)).length;
	changePlan(ctx, { ...plan, days: plan.days.filter((d) => d.id !== dayId) });
	const next = plan.days[index + 1] ?? plan.days[index - 1];
	(next ? document.getElementById(`sg-${next.id}-date`) : ctx.part('[data-add-day]'))?.focus();
	ctx.announce(
		affected
			? `De dag is verwijderd. ${plural(affected, 'leerling heeft', 'leerlingen hebben')} nu geen tijd meer.`
			: 'De dag is verwijderd.',
	);
}

/** "Deze dagen toevoegen": the chosen weekdays of a period, each with the same times. */
export function addDaysAction(ctx: Ctx): TemplateAction {
	const value = (selector: string) =>
		ctx.part<HTMLInputElement | HTMLSelectElement>(selector).value;
	return {
		run: () => {
			const first = value('[data-preset-first-day]');
			const period = value('[data-preset-period]') as Preset;
			const weekdays = ctx
				.parts<HTMLInputElement>('[data-preset-weekday]:checked')
				.map((c) => Number(c.value));
			const [start, end] = [value('[data-preset-start]'), value('[data-preset-end]')];
			if (!first) throw new UserProblem('Vul de eerste schooldag in.');
			if (weekdays.length === 0) throw new UserProblem('Kies minstens één dag van de week.');
			if (!start || !end || end <= start)
				throw new UserProblem('Vul een begintijd in en een eindtijd die daarna ligt.');
			const plan = planOf(ctx);
			const next = addPresetDays(plan, presetDates(period, first, weekdays), start, end);
			const added = next.days.slice(plan.days.length, MAX_DAYS);
			changePlan(ctx, { ...next, days: [...plan.days, ...added] });
			return added.length
				? `${plural(added.length, 'dag', 'dagen')} toegevoegd. Haal weg wat je niet nodig hebt.`
				: 'Er zijn geen nieuwe dagen toegevoegd: die dagen staan er al.';
		},
	};
}

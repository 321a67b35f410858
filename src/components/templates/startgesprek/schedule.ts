/**
 * Part 4 of the planner, the schedule: a table per day with who comes when, on the page and on the
 * print sheet (there with a column for notes).
 */
import { formatDate } from '../../../lib/dates';
import { PARENT_LANGUAGES } from '../../../lib/i18n/languages';
import { dayRows, sortedDays } from '../../../lib/startgesprek/schedule';
import { joinList } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { nameOf, occupantsOf, planOf, pupilsOf, type Ctx } from './view';

export function drawSchedule(ctx: Ctx): void {
	replaceChildren(ctx.part('[data-schedule]'), scheduleTables(ctx, false));
}

/** The schedule on a sheet of its own, for printing. */
export function scheduleSheet(ctx: Ctx): HTMLElement {
	const plan = planOf(ctx);
	const byline = [plan.teacher, plan.place].filter(Boolean).join(' · ');
	return h(
		'section',
		{ class: 'gk-sheet sg-sheet--schedule' },
		h('h1', null, `Startgesprekken ${ctx.schoolClass!.name}`),
		byline ? h('p', null, byline) : null,
		scheduleTables(ctx, true),
	);
}

function scheduleTables(ctx: Ctx, print: boolean): HTMLElement[] {
	const plan = planOf(ctx);
	const occupants = occupantsOf(plan, pupilsOf(ctx));
	const days = sortedDays(plan).filter((d) => dayRows(d, plan.slotMinutes).length > 0);
	if (days.length === 0)
		return [
			h('p', { class: 'gk-empty' }, 'Nog geen rooster: vul bij de dagen een datum en tijden in.'),
		];
	const column = (label: string) => h('th', { scope: 'col' }, label);
	return days.map((day) =>
		h(
			'table',
			{ class: 'gk-table sg-schedule' },
			h('caption', null, formatDate(day.date, 'long')),
			h(
				'thead',
				null,
				h(
					'tr',
					null,
					column('Tijd'),
					column('Leerling'),
					column('Taal van de brief'),
					print ? column('Aantekeningen') : null,
				),
			),
			h(
				'tbody',
				null,
				dayRows(day, plan.slotMinutes).map((row) => {
					if (row.kind === 'break')
						return h(
							'tr',
							{ class: 'sg-schedule__break' },
							h('td', null, `${row.start}–${row.end}`),
							h('td', { colspan: print ? 3 : 2 }, 'Pauze'),
						);
					const who = occupants.get(row.key) ?? [];
					const languages = [
						...new Set(who.map((id) => PARENT_LANGUAGES[plan.languages[id] ?? 'nl'].name)),
					];
					return h(
						'tr',
						{ class: [who.length > 1 && 'gk-row--problem'] },
						h('td', null, `${row.start}–${row.end}`),
						h(
							'td',
							null,
							who.length
								? `${joinList(who.map((id) => nameOf(ctx, id)))}${who.length > 1 ? ' (dubbel geboekt)' : ''}`
								: 'vrij',
						),
						h('td', null, languages.join(', ')),
						print ? h('td', null, '') : null,
					);
				}),
			),
		),
	);
}

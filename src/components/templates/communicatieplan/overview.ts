/**
 * The class's agreements by month: a table per month, in order of date and time, and the ones
 * without a fixed date last.
 */
import {
	byMonth,
	formLabel,
	INITIATIVES,
	whenLabel,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { displayName } from '../../../lib/roster/class-list';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Communicatieplan>;

const COLUMNS = ['Wanneer', 'Leerling', 'Wat', 'Vorm', 'Leerling erbij', 'Initiatief'];

/** The agreements of the pupils now in the chosen class. */
export function classAgreements(ctx: Ctx): Agreement[] {
	const ids = new Set((ctx.schoolClass?.pupils ?? []).map((p) => p.id));
	return ctx.data.agreements.filter((a) => a.classId === ctx.schoolClass?.id && ids.has(a.pupilId));
}

export function drawOverview(ctx: Ctx): void {
	const pupils = ctx.schoolClass?.pupils ?? [];
	const nameOf = (id: string) => {
		const pupil = pupils.find((p) => p.id === id);
		return pupil ? displayName(pupil) : '';
	};
	const groups = byMonth(classAgreements(ctx));
	replaceChildren(
		ctx.part('[data-cp-overview]'),
		groups.length === 0
			? h('p', { class: 'gk-empty' }, 'Er zijn nog geen afspraken in deze klas.')
			: groups.map((group) =>
					h(
						'div',
						{ class: 'gk-table-wrap' },
						h(
							'table',
							{ class: 'gk-table cp-table' },
							h('caption', null, group.label),
							h(
								'thead',
								null,
								h(
									'tr',
									null,
									COLUMNS.map((t) => h('th', { scope: 'col' }, t)),
								),
							),
							h(
								'tbody',
								null,
								group.agreements.map((a) =>
									h(
										'tr',
										null,
										h('td', null, whenLabel(a)),
										h('td', null, nameOf(a.pupilId)),
										h('td', null, a.what.trim() || '–'),
										h('td', null, formLabel(a)),
										h('td', null, a.withPupil ? 'ja' : 'nee'),
										h('td', null, INITIATIVES[a.initiative]),
									),
								),
							),
						),
					),
				),
	);
}

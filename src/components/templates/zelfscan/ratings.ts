/**
 * The ten factors, per cluster: each with its four level descriptions as radio buttons and a note
 * of evidence. Choosing a level or typing only changes the data (`edit`); nothing is redrawn.
 */
import type { SelfScanData } from '../../../data/self-scan';
import { currentScan, LEVELS, updateCurrent, type ScanBook } from '../../../lib/zelfscan/scan';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

export function drawRatings(
	ctx: TemplateContext<ScanBook>,
	data: SelfScanData,
	edit: (next: ScanBook) => void,
): void {
	const scan = currentScan(ctx.data);
	replaceChildren(
		ctx.part('[data-form]'),
		data.clusters.map((cluster) =>
			h(
				'section',
				{ class: 'zs-cluster', 'aria-labelledby': `zs-cluster-${cluster.id}` },
				h(
					'h3',
					{ id: `zs-cluster-${cluster.id}` },
					`${cluster.title} (${cluster.factors[0]}–${cluster.factors.at(-1)})`,
				),
				data.factors
					.filter((f) => cluster.factors.includes(f.number))
					.map((factor) => {
						const rating = scan.ratings[factor.number - 1]!;
						const name = `zs-level-${factor.number}`;
						const noteId = `zs-note-${factor.number}`;
						const note = h('textarea', { id: noteId, rows: '2' });
						note.value = rating.note;
						note.addEventListener('input', () =>
							edit(
								updateCurrent(ctx.data, (s) => ({
									...s,
									ratings: s.ratings.map((r, i) =>
										i === factor.number - 1 ? { ...r, note: note.value } : r,
									),
								})),
							),
						);
						return h(
							'div',
							{ class: 'zs-factor', 'data-factor': String(factor.number) },
							h(
								'fieldset',
								{ class: 'zs-levels', 'aria-describedby': `${name}-question` },
								h('legend', null, `${factor.number}. ${factor.title}`),
								h(
									'p',
									{ class: 'gk-field__hint', id: `${name}-question` },
									`Indicator: ${factor.teacher} `,
									h('a', { href: factor.href }, 'Meer over deze factor'),
								),
								LEVELS.map((level) => {
									const id = `${name}-${level.value}`;
									const input = h('input', { type: 'radio', id, name, value: String(level.value) });
									input.checked = rating.level === level.value;
									input.addEventListener('change', () => {
										if (!input.checked) return;
										edit(
											updateCurrent(ctx.data, (s) => ({
												...s,
												ratings: s.ratings.map((r, i) =>
													i === factor.number - 1 ? { ...r, level: level.value } : r,
												),
											})),
										);
									});
									return h(
										'div',
										{ class: 'zs-level' },
										input,
										h(
											'label',
											{ for: id },
											h('strong', null, `${level.value}. ${level.name}`),
											h('span', { class: 'zs-level__text' }, factor.levels[level.value - 1] ?? ''),
										),
									);
								}),
							),
							h(
								'div',
								{ class: 'gk-field' },
								h('label', { for: noteId }, `Waaruit blijkt dat? (factor ${factor.number})`),
								note,
							),
						);
					}),
			),
		),
	);
}

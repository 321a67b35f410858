/**
 * The score table: a row per pupil, a column per item (grouped), then the pupil's average, a note
 * and a next step; above it the scale and what the items mean. The table is drawn once per class,
 * round or list change; a score or a letter typed changes only its own cell and the row's average,
 * so the page stays quick with 40 pupils. One listener on the table handles every field.
 */
import {
	entryOf,
	setNote,
	setScore,
	type Checklist,
	type Round,
} from '../../../lib/checklist/checklist';
import { average, formatAverage, lowLimit } from '../../../lib/checklist/compare';
import { scoreText } from '../../../lib/checklist/items';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

/** The class on a cell for its score, for the colour: low, middle or high. */
function scoreClass(score: number | undefined, scaleLength: number): string {
	if (score === undefined) return 'co-score--none';
	if (score <= lowLimit(scaleLength)) return 'co-score--low';
	return score === scaleLength ? 'co-score--high' : 'co-score--mid';
}

interface ScoreTable {
	/** Draws the table of a round for the pupils of the chosen class (or says the class has none). */
	draw(round: Round): void;
}

/** `scored` is called after a score changed (the comparison follows after a pause). */
export function mountScoreTable(ctx: TemplateContext<Checklist>, scored: () => void): ScoreTable {
	const table = ctx.part<HTMLTableElement>('[data-score-table]');
	const count = ctx.part('[data-fill-count]');
	const noPupils = ctx.part('[data-no-pupils]');
	const wrap = ctx.part('[data-table-wrap]');
	let round: Round;
	let pupils: readonly Pupil[] = [];
	let itemIds: string[] = [];

	const drawCount = () => {
		const r = ctx.data.rounds.find((x) => x.id === round.id) ?? round;
		const filled = pupils.filter(
			(p) =>
				Object.keys(r.entries[p.id]?.scores ?? {}).length === itemIds.length && itemIds.length > 0,
		).length;
		count.textContent = `${filled} van ${plural(pupils.length, 'leerling', 'leerlingen')} helemaal ingevuld in deze ronde.`;
	};

	table.addEventListener('change', (event) => {
		const select = event.target;
		if (!(select instanceof HTMLSelectElement) || !select.dataset.item) return;
		const row = select.closest('tr')!;
		const pupilId = row.dataset.pupil!;
		const score = select.value ? Number(select.value) : null;
		const next = setScore(ctx.data, round.id, pupilId, select.dataset.item, score);
		ctx.update(next);
		const length = next.scale.length;
		select.parentElement!.className = scoreClass(score ?? undefined, length);
		const scores = entryOf(
			next.rounds.find((x) => x.id === round.id)!,
			pupilId,
		).scores;
		row.querySelector('[data-average]')!.textContent = formatAverage(average(scores, itemIds));
		drawCount();
		scored();
	});

	table.addEventListener('input', (event) => {
		const field = event.target;
		if (!(field instanceof HTMLTextAreaElement) || !field.dataset.field) return;
		const pupilId = field.closest('tr')!.dataset.pupil!;
		ctx.update(
			setNote(ctx.data, round.id, pupilId, field.dataset.field as 'note' | 'step', field.value),
		);
	});

	return {
		draw(nextRound) {
			round = nextRound;
			pupils = ctx.schoolClass?.pupils ?? [];
			itemIds = ctx.data.items.map((item) => item.id);
			noPupils.hidden = pupils.length > 0;
			wrap.hidden = pupils.length === 0;
			replaceChildren(table, ...tableParts(ctx.data, round, pupils, itemIds));
			drawCount();
		},
	};
}

type Groups = { group: Checklist['groups'][number]; items: Checklist['items'] }[];

/** The caption, the head (groups over items) and a row per pupil. */
function tableParts(
	list: Checklist,
	round: Round,
	pupils: readonly Pupil[],
	itemIds: string[],
): HTMLElement[] {
	const groups: Groups = list.groups
		.map((group) => ({ group, items: list.items.filter((item) => item.group === group.id) }))
		.filter((g) => g.items.length > 0);
	const caption = h(
		'caption',
		{ class: 'sr-only', id: 'co-score-caption' },
		`Scores in de ronde ${round.name}: een rij per leerling, een kolom per onderwerp.`,
	);
	return [
		caption,
		tableHead(groups),
		h('tbody', null, pupilRows(list, round, pupils, groups, itemIds)),
	];
}

function tableHead(groups: Groups): HTMLElement {
	return h(
		'thead',
		null,
		h(
			'tr',
			{ class: 'co__group-row' },
			h('td', { colspan: 2 }),
			groups.map(({ group, items }) =>
				h('th', { scope: 'colgroup', colspan: items.length, class: 'co__group' }, group.title),
			),
			h('td', { colspan: 3 }),
		),
		h(
			'tr',
			null,
			h('th', { scope: 'col', class: 'co__nr' }, 'Nr.'),
			h('th', { scope: 'col', class: 'co__name' }, 'Leerling'),
			groups.flatMap(({ items }) =>
				items.map((item) =>
					h(
						'th',
						{ scope: 'col', id: `co-item-${item.id}`, class: 'co__item', title: item.text || null },
						item.short,
					),
				),
			),
			h('th', { scope: 'col', id: 'co-col-average' }, 'Gem.'),
			h('th', { scope: 'col', id: 'co-col-note' }, 'Notitie'),
			h('th', { scope: 'col', id: 'co-col-step' }, 'Verbeterstap'),
		),
	);
}

function pupilRows(
	list: Checklist,
	round: Round,
	pupils: readonly Pupil[],
	groups: Groups,
	itemIds: string[],
): HTMLElement[] {
	const options = [
		h('option', { value: '' }, '–'),
		...list.scale.map((point) => h('option', { value: String(point.value) }, scoreText(point))),
	];
	const ordered = groups.flatMap(({ items }) => items);
	return pupils.map((pupil, index) => {
		const entry = entryOf(round, pupil.id);
		const rowId = `co-p-${pupil.id}`;
		const name = displayName(pupil) || `Leerling ${index + 1}`;
		return h(
			'tr',
			{ 'data-pupil': pupil.id },
			h('td', { class: 'co__nr' }, String(index + 1)),
			h('th', { scope: 'row', id: rowId, class: 'co__name' }, name),
			ordered.map((item) => {
				const score = entry.scores[item.id];
				const select = h(
					'select',
					{ 'aria-labelledby': `${rowId} co-item-${item.id}`, 'data-item': item.id },
					options.map((option) => option.cloneNode(true)),
				);
				select.value = score === undefined ? '' : String(score);
				return h(
					'td',
					{ class: scoreClass(score, list.scale.length), 'data-label': item.short },
					select,
				);
			}),
			h(
				'td',
				{ class: 'co__average', 'data-average': '', 'data-label': 'Gemiddelde' },
				formatAverage(average(entry.scores, itemIds)),
			),
			h(
				'td',
				{ 'data-label': 'Notitie' },
				h(
					'textarea',
					{
						rows: 2,
						maxlength: 2000,
						'aria-labelledby': `co-col-note ${rowId}`,
						'data-field': 'note',
					},
					entry.note,
				),
			),
			h(
				'td',
				{ 'data-label': 'Verbeterstap' },
				h(
					'textarea',
					{
						rows: 2,
						maxlength: 2000,
						'aria-labelledby': `co-col-step ${rowId}`,
						'data-field': 'step',
					},
					entry.step,
				),
			),
		);
	});
}

/** Above the table: the steps of the scale, and what each item means. */
export function drawLegend(ctx: TemplateContext<Checklist>): void {
	const data = ctx.data;
	replaceChildren(
		ctx.part('[data-legend]'),
		h(
			'p',
			{ class: 'co__legend-title', id: 'co-legend-title' },
			'De schaal: in hoeverre klopt het onderwerp voor deze leerling?',
		),
		h(
			'ul',
			{ 'aria-labelledby': 'co-legend-title' },
			data.scale.map((point) => h('li', null, scoreText(point))),
		),
	);
	replaceChildren(
		ctx.part('[data-items-help]'),
		data.groups.flatMap((group) => {
			const items = data.items.filter((item) => item.group === group.id);
			return items.length
				? [
						h('h3', null, group.title),
						h(
							'dl',
							null,
							items.flatMap((item) => [
								h('dt', null, item.short),
								h('dd', null, item.text || '(geen uitleg)'),
							]),
						),
					]
				: [];
		}),
	);
}

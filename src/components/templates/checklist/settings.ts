/**
 * Adapting the list, as the team agrees on it: which set of items (school, or childcare, sport and
 * culture), the items themselves (edit, add, remove) and the scale (name the steps, add a step,
 * remove the top one). Typing changes the data at once; the score table follows after a pause.
 */
import {
	addItem,
	addScalePoint,
	hasScores,
	removeItem,
	removeTopScalePoint,
	renameScalePoint,
	scoresAtTop,
	scoresForItem,
	switchItemSet,
	updateItem,
	type Checklist,
} from '../../../lib/checklist/checklist';
import {
	ITEM_SET_IDS,
	ITEM_SETS,
	MAX_SCALE_POINTS,
	MIN_SCALE_POINTS,
	type ItemSetId,
} from '../../../lib/checklist/items';
import { pluralForm } from '../../../lib/text';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Checklist>;

/** What a settings control does with a change. */
interface Edits {
	/** A typed change: saved after a pause; `typed` redraws the table after a pause. */
	typed(next: Checklist): void;
	/** A change of structure: saved and drawn at once; then `focusId` gets the focus. */
	restructure(next: Checklist, message: string, focusId?: string): void;
}

/** Draws the settings from the data; `typed` is called after each typed change (headings, scale names). */
export function drawSettings(ctx: Ctx, typed: () => void): void {
	const edits: Edits = {
		typed(next) {
			ctx.update(next);
			typed();
		},
		restructure(next, message, focusId) {
			ctx.replace(next);
			if (focusId) document.getElementById(focusId)?.focus();
			ctx.announce(message);
		},
	};
	const root = ctx.part('[data-settings-body]');
	replaceChildren(
		root,
		h(
			'p',
			null,
			'Spreek in het team af welke onderwerpen en welke schaal jullie gebruiken. Wat je hier verandert, geldt voor alle klassen en rondes op dit apparaat.',
		),
		itemSetChoice(ctx, edits, root),
		h('h2', { class: 'co__settings-title' }, 'Onderwerpen'),
		ctx.data.groups.map((group) => groupEditor(ctx, edits, group)),
		h('h2', { class: 'co__settings-title' }, 'Schaal'),
		scaleEditor(ctx, edits),
	);
}

/** The set of items: school, or childcare, sport and culture; switching asks first when there are scores. */
function itemSetChoice(ctx: Ctx, edits: Edits, root: HTMLElement): HTMLElement[] {
	const list = ctx.data;
	const setChoice = h(
		'fieldset',
		{ class: 'gk-field co__set' },
		h('legend', null, 'Soort lijst'),
		ITEM_SET_IDS.map((id) => {
			const input = h('input', {
				type: 'radio',
				name: 'co-item-set',
				id: `co-set-${id}`,
				value: id,
				checked: list.itemSet === id,
			});
			return h(
				'div',
				{ class: 'co__check' },
				input,
				h(
					'label',
					{ for: `co-set-${id}` },
					`${ITEM_SETS[id].title}: `,
					h('span', { class: 'co__set-desc' }, ITEM_SETS[id].description),
				),
			);
		}),
	);
	const startOver = h('button', { type: 'button', class: 'gk-button' }, 'Deze lijst gebruiken…');
	startOver.addEventListener('click', async () => {
		const chosen = (root.querySelector<HTMLInputElement>('input[name="co-item-set"]:checked')
			?.value ?? list.itemSet) as ItemSetId;
		const title = ITEM_SETS[chosen].title;
		if (hasScores(ctx.data)) {
			const sure = await confirmAction({
				title: 'Andere lijst gebruiken?',
				message: [
					`De onderwerpen worden vervangen door die van de lijst "${title}". De scores die je al gaf, verdwijnen; notities, verbeterstappen, rondes en de schaal blijven.`,
					'Wil je de scores bewaren? Download dan eerst het Excel-bestand of een reservekopie.',
				],
				confirmLabel: 'Ja, gebruik deze lijst',
				danger: true,
			});
			if (!sure) return ctx.announce('Er is niets veranderd.');
		}
		edits.restructure(
			switchItemSet(ctx.data, chosen),
			`De lijst "${title}" staat klaar.`,
			`co-set-${chosen}`,
		);
	});
	return [setChoice, h('div', { class: 'gk-buttons co__set-buttons' }, startOver)];
}

/** A group's items (heading and explanation each, and a remove button), and a button to add one. */
function groupEditor(ctx: Ctx, edits: Edits, group: Checklist['groups'][number]): HTMLElement {
	const list = ctx.data;
	const items = list.items.filter((item) => item.group === group.id);
	const add = h('button', { type: 'button', class: 'gk-button' }, `+ Onderwerp bij ${group.title}`);
	add.addEventListener('click', () => {
		try {
			const next = addItem(ctx.data, group.id, 'Nieuw onderwerp');
			const added = next.items.find((item) => !ctx.data.items.some((old) => old.id === item.id))!;
			edits.restructure(
				next,
				`Onderwerp toegevoegd bij ${group.title}. Geef het een kolomkop.`,
				`co-item-short-${added.id}`,
			);
		} catch (error) {
			ctx.announce((error as Error).message);
		}
	});
	return h(
		'fieldset',
		{ class: 'co__group-edit' },
		h('legend', null, group.title),
		items.length === 0
			? h('p', { class: 'co__empty' }, 'Nog geen onderwerpen in deze groep.')
			: null,
		items.map((item, index) =>
			itemEditor(
				ctx,
				edits,
				item,
				list.items.indexOf(item) + 1,
				items[index + 1] ?? items[index - 1],
			),
		),
		add,
	);
}

function itemEditor(
	ctx: Ctx,
	edits: Edits,
	item: Checklist['items'][number],
	number: number,
	neighbour: Checklist['items'][number] | undefined,
): HTMLElement {
	const short = h('input', {
		id: `co-item-short-${item.id}`,
		value: item.short,
		maxlength: 60,
		autocomplete: 'off',
	});
	const text = h('textarea', { id: `co-item-text-${item.id}`, rows: 2, maxlength: 300 }, item.text);
	short.addEventListener('input', () =>
		edits.typed(updateItem(ctx.data, item.id, { short: short.value })),
	);
	text.addEventListener('input', () =>
		edits.typed(updateItem(ctx.data, item.id, { text: text.value })),
	);
	const remove = h(
		'button',
		{
			type: 'button',
			class: 'gk-button gk-button--danger',
			'aria-label': `Onderwerp "${item.short}" verwijderen`,
		},
		'Verwijderen…',
	);
	remove.addEventListener('click', async () => {
		const current = ctx.data.items.find((i) => i.id === item.id);
		if (!current) return;
		const used = scoresForItem(ctx.data, item.id);
		const sure = await confirmAction({
			title: `Onderwerp "${current.short}" verwijderen?`,
			message: used
				? `Het onderwerp en ${pluralForm(used, 'de score', `de ${used} scores`)} die je erbij gaf, verdwijnen uit alle rondes.`
				: 'Het onderwerp verdwijnt uit de lijst.',
			confirmLabel: 'Verwijderen',
			danger: true,
		});
		if (!sure) return;
		edits.restructure(
			removeItem(ctx.data, item.id),
			`Onderwerp "${current.short}" is verwijderd.`,
			neighbour ? `co-item-short-${neighbour.id}` : undefined,
		);
	});
	return h(
		'div',
		{ class: 'co__item-edit' },
		h(
			'div',
			{ class: 'gk-field' },
			h('label', { for: short.id }, `Onderwerp ${number}: kolomkop`),
			short,
		),
		h(
			'div',
			{ class: 'gk-field' },
			h('label', { for: text.id }, `Onderwerp ${number}: uitleg`),
			text,
		),
		remove,
	);
}

/** The steps of the scale: name each, add one, remove the top one (its scores move one step down). */
function scaleEditor(ctx: Ctx, edits: Edits): HTMLElement {
	const list = ctx.data;
	const addPoint = h(
		'button',
		{ type: 'button', class: 'gk-button', disabled: list.scale.length >= MAX_SCALE_POINTS },
		'Stap toevoegen',
	);
	addPoint.addEventListener('click', () => {
		const next = addScalePoint(ctx.data, '');
		edits.restructure(
			next,
			`Stap ${next.scale.length} is toegevoegd. Zeg wat hij betekent.`,
			`co-scale-${next.scale.length}`,
		);
	});
	const removePoint = h(
		'button',
		{
			type: 'button',
			class: 'gk-button gk-button--danger',
			disabled: list.scale.length <= MIN_SCALE_POINTS,
		},
		'Hoogste stap verwijderen…',
	);
	removePoint.addEventListener('click', async () => {
		const top = ctx.data.scale.at(-1)!;
		const used = scoresAtTop(ctx.data);
		const sure = await confirmAction({
			title: `Stap ${top.value} verwijderen?`,
			message: used
				? `${pluralForm(used, 'Eén score staat', `${used} scores staan`)} op stap ${top.value} ("${top.label}"). Die ${pluralForm(used, 'wordt', 'worden')} stap ${top.value - 1}.`
				: `Stap ${top.value} ("${top.label}") verdwijnt van de schaal.`,
			confirmLabel: 'Verwijderen',
			danger: true,
		});
		if (!sure) return;
		edits.restructure(
			removeTopScalePoint(ctx.data),
			`Stap ${top.value} is verwijderd.`,
			`co-scale-${top.value - 1}`,
		);
	});
	return h(
		'fieldset',
		{ class: 'co__group-edit' },
		h('legend', null, 'Stappen van de schaal'),
		h(
			'p',
			{ class: 'gk-field__hint' },
			`Van laag naar hoog, ${MIN_SCALE_POINTS} tot ${MAX_SCALE_POINTS} stappen. Zeg bij elke stap wat hij betekent; die tekst staat in elk invulvak. Een score in de onderste helft telt als laag.`,
		),
		list.scale.map((point) => {
			const input = h('input', {
				id: `co-scale-${point.value}`,
				value: point.label,
				maxlength: 40,
				autocomplete: 'off',
			});
			input.addEventListener('input', () =>
				edits.typed(renameScalePoint(ctx.data, point.value, input.value)),
			);
			return h(
				'div',
				{ class: 'gk-field co__scale-point' },
				h('label', { for: input.id }, `Stap ${point.value}`),
				input,
			);
		}),
		h('div', { class: 'gk-buttons' }, addPoint, removePoint),
	);
}

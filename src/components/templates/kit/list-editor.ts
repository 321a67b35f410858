/**
 * A list of rows in a form drawn from the data (contact persons, contact moments, agreements…):
 * each row is a fieldset with a visible legend ("Contactmoment 2"), its fields, and buttons to move
 * it up or down and to remove it; a button below adds a row, and examples can be taken over as new
 * rows. After each of these, focus goes where a keyboard user expects it, and the change is
 * announced:
 *
 * - add (or take over an example): the first field of the new row;
 * - remove: the first field of the row that took its place, else the row before, else "add";
 * - move: the same button on the moved row (or its other move button at the top or bottom).
 */
import { getIn, move, updateList, type Path } from '../../../lib/informatiekaart/paths';
import { h } from './dom';
import { idOf, replaceAndFocus, type FormContext } from './form';

/** An example row to take over: its title, what the list shows of it, and the row it becomes. */
interface ListExample<Item> {
	title: string;
	describe: (Node | string | null)[];
	item: Partial<Item>;
	/** Marked "(staat al op de kaart)". */
	taken?: boolean;
}

interface ListOptions<T, Item> {
	path: Path;
	/** What one row is, with a capital: "Contactmoment". */
	noun: string;
	/** The label of the add button: "Contactmoment toevoegen". */
	addLabel: string;
	create(data: T): Item;
	/** The fields of one row; the first field's key must be `firstField`. */
	fields(item: Item, path: Path, index: number): (Node | null)[];
	/** The key of the row's first field, for focus: `kind` → `ik-moments-2-kind`. */
	firstField: string;
	/** Shown when the list is empty. */
	emptyText?: string;
	/** Examples to take over as new rows, below the add button. */
	examples?: { summary: string; use: string; items: readonly ListExample<Item>[] };
}

export function listEditor<T, Item>(
	form: FormContext<T>,
	options: ListOptions<T, Item>,
): HTMLElement {
	const items = (getIn(form.data, options.path) as Item[] | undefined) ?? [];
	const { noun, path } = options;
	const add = h(
		'button',
		{ type: 'button', id: idOf(form, [...path, 'add']), class: 'gk-button gk-list__add' },
		`+ ${options.addLabel}`,
	);
	add.addEventListener('click', () =>
		appendRow(form, options, options.create(form.data), `${noun} ${items.length + 1} toegevoegd.`),
	);
	return h(
		'div',
		{ class: 'gk-list' },
		items.length
			? h(
					'ol',
					{ class: 'gk-rows', role: 'list' },
					items.map((item, index) => row(form, options, items, item, index)),
				)
			: options.emptyText
				? h('p', { class: 'gk-list__empty' }, options.emptyText)
				: null,
		add,
		options.examples ? listExamples(form, options, options.examples) : null,
	);
}

const firstFieldId = <T, Item>(
	form: FormContext<T>,
	options: ListOptions<T, Item>,
	index: number,
) => idOf(form, [...options.path, index, options.firstField]);

function appendRow<T, Item>(
	form: FormContext<T>,
	options: ListOptions<T, Item>,
	item: Item,
	message: string,
): void {
	const index = ((getIn(form.data, options.path) as Item[] | undefined) ?? []).length;
	const next = updateList<T, Item>(form.data, options.path, (list) => list.push(item));
	replaceAndFocus(form, next, firstFieldId(form, options, index), message);
}

function row<T, Item>(
	form: FormContext<T>,
	options: ListOptions<T, Item>,
	items: Item[],
	item: Item,
	index: number,
): HTMLElement {
	const { noun, path } = options;
	const count = items.length;
	const button = (
		action: 'up' | 'down' | 'remove',
		text: string,
		disabled: boolean,
		onClick: () => void,
	) => {
		const element = h(
			'button',
			{
				type: 'button',
				id: idOf(form, [...path, index, action]),
				class: ['gk-button', 'gk-row__button', action === 'remove' && 'gk-button--danger'],
				disabled,
			},
			text,
			h('span', { class: 'sr-only' }, ` (${noun.toLowerCase()} ${index + 1})`),
		);
		element.addEventListener('click', onClick);
		return element;
	};
	const moveTo = (to: number, action: 'up' | 'down') => {
		const next = updateList<T, Item>(form.data, path, (list) => move(list, index, to));
		// At the top or bottom this button is disabled; its twin takes the focus.
		const atEdge = (action === 'up' && to === 0) || (action === 'down' && to === count - 1);
		const focus = idOf(form, [...path, to, atEdge ? (action === 'up' ? 'down' : 'up') : action]);
		replaceAndFocus(
			form,
			next,
			count > 1 ? focus : firstFieldId(form, options, to),
			`${noun} verplaatst naar plek ${to + 1} van ${count}.`,
		);
	};
	const remove = () => {
		const next = updateList<T, Item>(form.data, path, (list) => list.splice(index, 1));
		const remaining = count - 1;
		const focus =
			remaining === 0
				? idOf(form, [...path, 'add'])
				: firstFieldId(form, options, Math.min(index, remaining - 1));
		replaceAndFocus(
			form,
			next,
			focus,
			`${noun} ${index + 1} verwijderd.${remaining === 0 ? '' : ` Er ${remaining === 1 ? 'is' : 'zijn'} nog ${remaining}.`}`,
		);
	};
	return h(
		'li',
		{ class: 'gk-row' },
		h(
			'fieldset',
			{ class: 'gk-row__fieldset' },
			h('legend', { class: 'gk-row__legend' }, `${noun} ${index + 1}`),
			h('div', { class: 'gk-row__fields' }, options.fields(item, [...path, index], index)),
			h(
				'div',
				{ class: 'gk-row__tools' },
				button('up', 'Omhoog', index === 0, () => moveTo(index - 1, 'up')),
				button('down', 'Omlaag', index === count - 1, () => moveTo(index + 1, 'down')),
				button('remove', 'Verwijderen', false, remove),
			),
		),
	);
}

function listExamples<T, Item>(
	form: FormContext<T>,
	options: ListOptions<T, Item>,
	examples: NonNullable<ListOptions<T, Item>['examples']>,
): HTMLElement {
	return h(
		'details',
		{ class: 'gk-examples' },
		h('summary', null, examples.summary),
		h(
			'ul',
			{ class: 'gk-examples__list', role: 'list' },
			examples.items.map((example) => {
				const use = h(
					'button',
					{ type: 'button', class: 'gk-button' },
					examples.use,
					h('span', { class: 'sr-only' }, ` (${example.title})`),
				);
				use.addEventListener('click', () => {
					const index = ((getIn(form.data, options.path) as Item[] | undefined) ?? []).length;
					appendRow(
						form,
						options,
						{ ...options.create(form.data), ...example.item },
						`${options.noun} ${index + 1} toegevoegd: ${example.title}. Pas de tekst gerust aan.`,
					);
				});
				return h(
					'li',
					null,
					h(
						'div',
						{ class: 'gk-examples__text' },
						h('strong', null, example.title),
						example.taken
							? h('span', { class: 'gk-examples__taken' }, ' (staat al op de kaart)')
							: null,
						...example.describe,
					),
					use,
				);
			}),
		),
	);
}

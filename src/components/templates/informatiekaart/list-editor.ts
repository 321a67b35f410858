/**
 * A list of rows in the form (contact persons, channels, contact moments, activities, holidays):
 * each row is a fieldset with a visible legend ("Contactmoment 2"), its fields, and buttons to move
 * it up or down and to remove it; a button below adds a row. After each of these, focus goes where
 * a keyboard user expects it, and the change is announced:
 *
 * - add: the first field of the new row;
 * - remove: the first field of the row that took its place, else the row before, else "add";
 * - move: the same button on the moved row (or its other move button at the top or bottom).
 */
import type { Card } from '../../../lib/informatiekaart/card';
import { getIn, move, updateList, type Path } from '../../../lib/informatiekaart/paths';
import { h } from '../kit/dom';
import { idOf, type FormHost } from './fields';

export interface ListOptions<Item> {
	path: Path;
	/** What one row is, with a capital: "Contactmoment". */
	noun: string;
	/** The label of the add button: "Contactmoment toevoegen". */
	addLabel: string;
	create(card: Card): Item;
	/** The fields of one row; the first field's key must be `firstField`. */
	fields(item: Item, path: Path, index: number): (Node | null)[];
	/** The key of the row's first field, for focus: `kind` → `ik-moments-2-kind`. */
	firstField: string;
	/** Shown when the list is empty. */
	emptyText?: string;
}

export function listEditor<Item>(host: FormHost, options: ListOptions<Item>): HTMLElement {
	const items = (getIn(host.card, options.path) as Item[] | undefined) ?? [];
	const { noun, path } = options;
	const lower = noun.toLowerCase();
	const first = (index: number) => idOf([...path, index, options.firstField]);
	const addId = idOf([...path, 'add']);

	const rowButton = (index: number, action: 'up' | 'down' | 'remove', text: string, disabled: boolean, onClick: () => void) => {
		const button = h(
			'button',
			{ type: 'button', id: idOf([...path, index, action]), class: ['gk-button', 'ik-row__button', action === 'remove' && 'gk-button--danger'], disabled },
			text,
			h('span', { class: 'sr-only' }, ` (${lower} ${index + 1})`),
		);
		button.addEventListener('click', onClick);
		return button;
	};

	const moveTo = (from: number, to: number, action: 'up' | 'down') => {
		const next = updateList<Card, Item>(host.card, path, (list) => move(list, from, to));
		// At the top or bottom this button is disabled; its twin takes the focus.
		const atEdge = (action === 'up' && to === 0) || (action === 'down' && to === items.length - 1);
		const focus = idOf([...path, to, atEdge ? (action === 'up' ? 'down' : 'up') : action]);
		host.restructure(next, items.length > 1 ? focus : first(to), `${noun} verplaatst naar plek ${to + 1} van ${items.length}.`);
	};

	const rows = items.map((item, index) => {
		const rowPath = [...path, index];
		return h(
			'li',
			{ class: 'ik-row' },
			h(
				'fieldset',
				{ class: 'ik-row__fieldset' },
				h('legend', { class: 'ik-row__legend' }, `${noun} ${index + 1}`),
				h('div', { class: 'ik-row__fields' }, options.fields(item, rowPath, index)),
				h(
					'div',
					{ class: 'ik-row__tools' },
					rowButton(index, 'up', 'Omhoog', index === 0, () => moveTo(index, index - 1, 'up')),
					rowButton(index, 'down', 'Omlaag', index === items.length - 1, () => moveTo(index, index + 1, 'down')),
					rowButton(index, 'remove', 'Verwijderen', false, () => {
						const next = updateList<Card, Item>(host.card, path, (list) => list.splice(index, 1));
						const remaining = items.length - 1;
						const focus = remaining === 0 ? addId : first(Math.min(index, remaining - 1));
						host.restructure(next, focus, `${noun} ${index + 1} verwijderd.${remaining === 0 ? '' : ` Er ${remaining === 1 ? 'is' : 'zijn'} nog ${remaining}.`}`);
					}),
				),
			),
		);
	});

	const add = h('button', { type: 'button', id: addId, class: 'gk-button ik-list__add' }, `+ ${options.addLabel}`);
	add.addEventListener('click', () => {
		const next = updateList<Card, Item>(host.card, path, (list) => list.push(options.create(host.card)));
		host.restructure(next, first(items.length), `${noun} ${items.length + 1} toegevoegd.`);
	});

	return h(
		'div',
		{ class: 'ik-list' },
		items.length ? h('ol', { class: 'ik-rows', role: 'list' }, rows) : options.emptyText ? h('p', { class: 'ik-list__empty' }, options.emptyText) : null,
		add,
	);
}

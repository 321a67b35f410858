/**
 * Form fields bound to a place in the card: each has a visible label, an id made from its path
 * (so focus can return to it after the form is redrawn), and reports changes to the host.
 * Typing only changes the data; choices that show or hide other fields redraw the form.
 */
import type { Card } from '../../../lib/informatiekaart/card';
import { getIn, setIn, type Path } from '../../../lib/informatiekaart/paths';
import { h } from '../kit/dom';

export interface FormHost {
	readonly card: Card;
	/** A typed change: kept, saved shortly after, and shown in the preview. */
	change(next: Card): void;
	/** A change that alters the form itself (rows, choices that show other fields): the form is redrawn and focus moves to `focusId`. */
	restructure(next: Card, focusId: string | null, message?: string): void;
	/** A short message for screen readers (and sighted users) about what just happened. */
	say(message: string): void;
}

/** The element id for the field at `path`: `ik-moments-2-date`. */
export const idOf = (path: Path) => `ik-${path.join('-')}`;

const hintId = (path: Path) => `${idOf(path)}-hint`;

export interface TextOptions {
	type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time';
	hint?: string;
	multiline?: boolean;
	autocomplete?: string;
	/** Example sentences the user can put in the field with one button. */
	examples?: readonly string[];
	/** Name of the field in messages ("het welkom"); the label when left out. */
	name?: string;
	className?: string;
}

export function textField(host: FormHost, path: Path, labelText: string, options: TextOptions = {}): HTMLElement {
	const id = idOf(path);
	const value = String(getIn(host.card, path) ?? '');
	const describedBy = options.hint ? hintId(path) : null;
	const input = options.multiline
		? h('textarea', { id, name: id, rows: '3', 'aria-describedby': describedBy })
		: h('input', { id, name: id, type: options.type ?? 'text', autocomplete: options.autocomplete ?? 'off', 'aria-describedby': describedBy });
	input.value = value;
	input.addEventListener('input', () => host.change(setIn(host.card, path, input.value)));

	const examples = options.examples?.length
		? h(
				'details',
				{ class: 'ik-examples' },
				h('summary', null, 'Voorbeeldzinnen'),
				h(
					'ul',
					{ class: 'ik-examples__list', role: 'list' },
					options.examples.map((sentence, index) => {
						const use = h('button', { type: 'button', class: 'gk-button ik-examples__use' }, 'Gebruik deze zin', h('span', { class: 'sr-only' }, ` (voorbeeld ${index + 1})`));
						use.addEventListener('click', () => {
							const current = input.value.trimEnd();
							input.value = current ? `${current} ${sentence}` : sentence;
							host.change(setIn(host.card, path, input.value));
							input.focus();
							input.setSelectionRange(input.value.length, input.value.length);
							host.say(`Voorbeeldzin gezet in ${options.name ?? labelText.toLowerCase()}. Pas hem gerust aan.`);
						});
						return h('li', null, h('p', { class: 'ik-examples__sentence' }, sentence), use);
					}),
				),
			)
		: null;

	return h(
		'div',
		{ class: ['gk-field', options.className] },
		h('label', { for: id }, labelText),
		options.hint ? h('p', { class: 'gk-field__hint', id: hintId(path) }, options.hint) : null,
		input,
		examples,
	);
}

export function selectField<V extends string>(
	host: FormHost,
	path: Path,
	labelText: string,
	choices: readonly (readonly [V, string])[],
	options: { restructure?: boolean; hint?: string; className?: string } = {},
): HTMLElement {
	const id = idOf(path);
	const select = h(
		'select',
		{ id, name: id, 'aria-describedby': options.hint ? hintId(path) : null },
		choices.map(([value, text]) => h('option', { value }, text)),
	);
	select.value = String(getIn(host.card, path) ?? '');
	select.addEventListener('change', () => {
		const next = setIn(host.card, path, select.value);
		if (options.restructure) host.restructure(next, id);
		else host.change(next);
	});
	return h('div', { class: ['gk-field', options.className] }, h('label', { for: id }, labelText), options.hint ? h('p', { class: 'gk-field__hint', id: hintId(path) }, options.hint) : null, select);
}

export function radioField<V extends string>(
	host: FormHost,
	path: Path,
	legend: string,
	choices: readonly (readonly [V, string])[],
	options: { restructure?: boolean; hint?: string } = {},
): HTMLElement {
	const current = String(getIn(host.card, path) ?? '');
	const name = idOf(path);
	return h(
		'fieldset',
		{ class: 'gk-field ik-choice', 'aria-describedby': options.hint ? hintId(path) : null },
		h('legend', null, legend),
		options.hint ? h('p', { class: 'gk-field__hint', id: hintId(path) }, options.hint) : null,
		choices.map(([value, text], index) => {
			const id = `${name}-${index}`;
			const input = h('input', { type: 'radio', id, name, value });
			input.checked = value === current;
			input.addEventListener('change', () => {
				if (!input.checked) return;
				const next = setIn(host.card, path, value);
				if (options.restructure) host.restructure(next, id);
				else host.change(next);
			});
			return h('div', { class: 'ik-choice__option' }, input, h('label', { for: id }, text));
		}),
	);
}

/** Checkboxes for a set of values (the school days a channel is open). */
export function checkboxesField<V extends string>(host: FormHost, path: Path, legend: string, choices: readonly (readonly [V, string, string])[]): HTMLElement {
	const name = idOf(path);
	const selected = () => (getIn(host.card, path) as V[] | undefined) ?? [];
	return h(
		'fieldset',
		{ class: 'gk-field ik-days' },
		h('legend', null, legend),
		h(
			'div',
			{ class: 'ik-days__options' },
			choices.map(([value, short, rest]) => {
				const id = `${name}-${value}`;
				const input = h('input', { type: 'checkbox', id, name, value });
				input.checked = selected().includes(value);
				input.addEventListener('change', () => {
					const others = selected().filter((v) => v !== value);
					const next = input.checked ? choices.map(([v]) => v).filter((v) => v === value || others.includes(v)) : others;
					host.change(setIn(host.card, path, next));
				});
				// The visible label is the short name; screen readers hear the whole day.
				return h('div', { class: 'ik-days__option' }, input, h('label', { for: id }, short, h('span', { class: 'sr-only' }, rest)));
			}),
		),
	);
}

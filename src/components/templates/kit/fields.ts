/**
 * Fields built from a path into the data (`['moments', 2, 'date']`), for the forms drawn from the
 * data (the informatiekaart, the kwaliteitskaart): `textField`, `selectField`, `radioField`,
 * `checkboxesField`. Each field has a visible label and an id made from its path (`idOf`), so focus
 * can return to it after the form is drawn again. Typing only changes the data (`update`); a change
 * that shows other fields replaces it and redraws.
 */
import { getIn, setIn, type Path } from '../../../lib/informatiekaart/paths';
import { h } from './dom';
import { idOf, replaceAndFocus, type FormContext } from './form';

/** A typed change at `path`, or, with `replace`, one that redraws the form and keeps the focus on `focusId`. */
function change<T>(
	form: FormContext<T>,
	path: Path,
	value: unknown,
	replace?: { focusId: string },
): void {
	const next = setIn(form.data, path, value);
	if (replace) replaceAndFocus(form, next, replace.focusId);
	else form.update(next);
}

const hintOf = (form: { prefix: string }, path: Path, hint: string | undefined) =>
	hint ? h('p', { class: 'gk-field__hint', id: `${idOf(form, path)}-hint` }, hint) : null;
const describedBy = (form: { prefix: string }, path: Path, hint: string | undefined) =>
	hint ? `${idOf(form, path)}-hint` : null;

/** How a template words its example texts (the informatiekaart offers "zinnen", the kwaliteitskaart "teksten"). */
export interface ExampleWords {
	/** The disclosure's summary: "Voorbeeldzinnen". */
	summary: string;
	/** The button: "Gebruik deze zin". */
	use: string;
	/** Told to screen readers after the button's text, to tell the buttons apart: " (voorbeeld 2)". */
	which(name: string, index: number): string;
	/** Announced after one is used: "Voorbeeldzin gezet in het welkom. Pas hem gerust aan." */
	done(name: string): string;
	/** Between what the field holds and the example: a space, or a blank line. */
	separator: string;
}

export interface TextOptions {
	type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time';
	hint?: string;
	multiline?: boolean;
	rows?: number;
	autocomplete?: string;
	/** Example texts the user can put in the field with one button. */
	examples?: { texts: readonly string[]; words: ExampleWords; name?: string };
	className?: string;
}

export function textField<T>(
	form: FormContext<T>,
	path: Path,
	labelText: string,
	options: TextOptions = {},
): HTMLElement {
	const id = idOf(form, path);
	const aria = describedBy(form, path, options.hint);
	const input = options.multiline
		? h('textarea', { id, name: id, rows: String(options.rows ?? 3), 'aria-describedby': aria })
		: h('input', {
				id,
				name: id,
				type: options.type ?? 'text',
				autocomplete: options.autocomplete ?? 'off',
				'aria-describedby': aria,
			});
	input.value = String(getIn(form.data, path) ?? '');
	input.addEventListener('input', () => change(form, path, input.value));
	const examples = options.examples?.texts.length
		? exampleTexts(form, path, input, { name: labelText.toLowerCase(), ...options.examples })
		: null;
	return h(
		'div',
		{ class: ['gk-field', options.className] },
		h('label', { for: id }, labelText),
		hintOf(form, path, options.hint),
		input,
		examples,
	);
}

/** Example texts under a field: each goes into the field (after what is there) with one button. */
function exampleTexts<T>(
	form: FormContext<T>,
	path: Path,
	input: HTMLInputElement | HTMLTextAreaElement,
	examples: { texts: readonly string[]; words: ExampleWords; name: string },
): HTMLElement {
	const { words, name } = examples;
	return h(
		'details',
		{ class: 'gk-examples' },
		h('summary', null, words.summary),
		h(
			'ul',
			{ class: 'gk-examples__list', role: 'list' },
			examples.texts.map((text, index) => {
				const use = h(
					'button',
					{ type: 'button', class: 'gk-button' },
					words.use,
					h('span', { class: 'sr-only' }, words.which(name, index)),
				);
				use.addEventListener('click', () => {
					const current = input.value.trimEnd();
					input.value = current ? `${current}${words.separator}${text}` : text;
					change(form, path, input.value);
					input.focus();
					input.setSelectionRange(input.value.length, input.value.length);
					form.announce(words.done(name));
				});
				return h('li', null, h('p', { class: 'gk-examples__text' }, text), use);
			}),
		),
	);
}

/** Choices as `[value, label]`. */
export type Choices<V extends string> = readonly (readonly [V, string])[];

interface ChoiceOptions {
	/** The choice shows or hides other fields: the form is drawn again. */
	restructure?: boolean;
	hint?: string;
	className?: string;
}

export function selectField<T, V extends string>(
	form: FormContext<T>,
	path: Path,
	labelText: string,
	choices: Choices<V>,
	options: ChoiceOptions = {},
): HTMLElement {
	const id = idOf(form, path);
	const select = h(
		'select',
		{ id, name: id, 'aria-describedby': describedBy(form, path, options.hint) },
		choices.map(([value, text]) => h('option', { value }, text)),
	);
	select.value = String(getIn(form.data, path) ?? '');
	select.addEventListener('change', () =>
		change(form, path, select.value, options.restructure ? { focusId: id } : undefined),
	);
	return h(
		'div',
		{ class: ['gk-field', options.className] },
		h('label', { for: id }, labelText),
		hintOf(form, path, options.hint),
		select,
	);
}

export function radioField<T, V extends string>(
	form: FormContext<T>,
	path: Path,
	legend: string,
	choices: Choices<V>,
	options: ChoiceOptions = {},
): HTMLElement {
	const current = String(getIn(form.data, path) ?? '');
	const name = idOf(form, path);
	return h(
		'fieldset',
		{
			class: ['gk-field', 'gk-choice', options.className],
			'aria-describedby': describedBy(form, path, options.hint),
		},
		h('legend', null, legend),
		hintOf(form, path, options.hint),
		choices.map(([value, text], index) => {
			const id = `${name}-${index}`;
			const input = h('input', { type: 'radio', id, name, value });
			input.checked = value === current;
			input.addEventListener('change', () => {
				if (input.checked)
					change(form, path, value, options.restructure ? { focusId: id } : undefined);
			});
			return h('div', { class: 'gk-choice__option' }, input, h('label', { for: id }, text));
		}),
	);
}

/** Check boxes for a set of values (the days a channel is open, the factors an agreement serves), kept in the choices' order. */
export function checkboxesField<T, V extends string | number>(
	form: FormContext<T>,
	path: Path,
	legend: string,
	choices: readonly { value: V; label: (Node | string)[] }[],
	className?: string,
): HTMLElement {
	const name = idOf(form, path);
	const selected = () => (getIn(form.data, path) as V[] | undefined) ?? [];
	return h(
		'fieldset',
		{ class: ['gk-field', 'gk-checks', className] },
		h('legend', null, legend),
		h(
			'div',
			{ class: 'gk-checks__options' },
			choices.map(({ value, label }) => {
				const id = `${name}-${value}`;
				const input = h('input', { type: 'checkbox', id, name, value: String(value) });
				input.checked = selected().includes(value);
				input.addEventListener('change', () => {
					const others = selected().filter((v) => v !== value);
					change(
						form,
						path,
						input.checked
							? choices.map((c) => c.value).filter((v) => v === value || others.includes(v))
							: others,
					);
				});
				return h('div', { class: 'gk-checks__option' }, input, h('label', { for: id }, ...label));
			}),
		),
	);
}

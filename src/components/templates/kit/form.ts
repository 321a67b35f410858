/**
 * Form controls bound to data, for every template.
 *
 * - Static controls in the markup carry `data-field="<key>"`; `bindFields` reports their changes
 *   and fills them from the data.
 * - Forms drawn from the data (the informatiekaart, the kwaliteitskaart) build each field from a
 *   path into the data (`['moments', 2, 'date']`): `textField`, `selectField`, `radioField`,
 *   `checkboxesField`; lists of rows come from `list-editor.ts`. Each field has a visible label and
 *   an id made from its path, so focus can return to it after the form is drawn again. Typing only
 *   changes the data (`update`); a change that shows other fields replaces it and redraws.
 *
 * Typing reports on `input`; dates, times, choices and check boxes on `change` (so a half-typed date
 * is not taken).
 */
import { getIn, setIn, type Path } from '../../../lib/informatiekaart/paths';
import { confirmAction, type ConfirmOptions } from './confirm';
import { h } from './dom';
import type { TemplateContext } from './template';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isInput = (control: Control, ...types: string[]) =>
	control instanceof HTMLInputElement && types.includes(control.type);
const reportsOnChange = (control: Control) =>
	control instanceof HTMLSelectElement ||
	isInput(control, 'date', 'time', 'number', 'checkbox', 'radio');

interface BoundFields<K extends string> {
	/** Puts the values into the controls (after a redraw, an import or a new class). */
	fill(values: Record<K, string | boolean>): void;
}

export function bindFields<K extends string>(
	controls: Control[],
	onChange: (key: K, value: string | boolean, control: Control) => void,
): BoundFields<K> {
	const keyOf = (control: Control) => control.dataset.field as K;
	for (const control of controls) {
		const report = () => {
			// A radio button reports when it is chosen, not when another one of its group is.
			if (isInput(control, 'radio') && !(control as HTMLInputElement).checked) return;
			onChange(
				keyOf(control),
				isInput(control, 'checkbox') ? (control as HTMLInputElement).checked : control.value,
				control,
			);
		};
		control.addEventListener(reportsOnChange(control) ? 'change' : 'input', report);
	}
	return {
		fill(values) {
			for (const control of controls) {
				const value = values[keyOf(control)];
				if (isInput(control, 'checkbox')) (control as HTMLInputElement).checked = value === true;
				else if (isInput(control, 'radio'))
					(control as HTMLInputElement).checked = control.value === String(value);
				else control.value = String(value ?? '');
			}
		},
	};
}

/** Marks a field invalid (or valid again) for assistive technology. */
export function setInvalid(control: Element, invalid: boolean): void {
	if (invalid) control.setAttribute('aria-invalid', 'true');
	else control.removeAttribute('aria-invalid');
}

/** What the fields built from paths need: the template's data and changes, and the prefix of their ids. */
export type FormContext<T> = Pick<
	TemplateContext<T>,
	'data' | 'update' | 'replace' | 'announce'
> & {
	/** Starts every id of the form: `ik` gives `ik-moments-2-date`. */
	readonly prefix: string;
};

/** The form's view of a template: `afterUpdate` runs after each typed change (to redraw a preview soon). */
export function formContext<T>(
	ctx: TemplateContext<T>,
	prefix: string,
	afterUpdate?: () => void,
): FormContext<T> {
	return {
		prefix,
		get data() {
			return ctx.data;
		},
		update(next) {
			ctx.update(next);
			afterUpdate?.();
		},
		replace: (next) => ctx.replace(next),
		announce: (message) => ctx.announce(message),
	};
}

/** The element id for the field at `path`: `ik-moments-2-date`. */
export const idOf = (form: { prefix: string }, path: Path): string =>
	`${form.prefix}-${path.join('-')}`;

/** Replaces the data (the form is drawn again), puts the focus on `focusId` and says what happened. */
export function replaceAndFocus<T>(
	form: FormContext<T>,
	next: T,
	focusId: string | null,
	message?: string,
): void {
	form.replace(next);
	if (focusId) document.getElementById(focusId)?.focus();
	if (message) form.announce(message);
}

/**
 * Starts the form again from other data ("Nieuwe kaart…", "Voorbeeldkaart invullen…"). With `ask`
 * (something is filled in) it asks first; cancelled, nothing changes.
 */
export async function startOver<T>(
	form: FormContext<T>,
	ask: ConfirmOptions | null,
	next: T,
	focusId: string,
	message: string,
): Promise<void> {
	if (ask && !(await confirmAction(ask))) {
		form.announce('Er is niets veranderd.');
		return;
	}
	replaceAndFocus(form, next, focusId, message);
}

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

/**
 * Form controls bound to data, for every template.
 *
 * - Static controls in the markup carry `data-field="<key>"`; `bindFields` reports their changes
 *   and fills them from the data.
 * - Forms drawn from the data (the informatiekaart, the kwaliteitskaart) work on a `FormContext`:
 *   the template's data and changes, and the prefix of the fields' ids (`idOf`), so focus can
 *   return to a field after the form is drawn again (`replaceAndFocus`, `startOver`). Their fields
 *   come from `fields.ts`, their lists of rows from `list-editor.ts`.
 *
 * Typing reports on `input`; dates, times, choices and check boxes on `change` (so a half-typed date
 * is not taken).
 */
import type { Path } from '../../../lib/informatiekaart/paths';
import { confirmAction, type ConfirmOptions } from './confirm';
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

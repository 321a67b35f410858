/**
 * Form controls bound to data, for every template. Static controls in the markup carry
 * `data-field="<key>"`; `bindFields` reports their changes and fills them from the data. Typing
 * reports on `input`; dates, times, choices and check boxes on `change` (so a half-typed date is
 * not taken).
 */
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const reportsOnChange = (control: Control) =>
	control instanceof HTMLSelectElement || (control instanceof HTMLInputElement && ['date', 'time', 'number', 'checkbox', 'radio'].includes(control.type));

export interface BoundFields<K extends string> {
	/** Puts the values into the controls (after a redraw, an import or a new class). */
	fill(values: Record<K, string | boolean>): void;
}

export function bindFields<K extends string>(controls: Control[], onChange: (key: K, value: string | boolean, control: Control) => void): BoundFields<K> {
	const keyOf = (control: Control) => control.dataset.field as K;
	for (const control of controls) {
		const report = () => onChange(keyOf(control), control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value, control);
		control.addEventListener(reportsOnChange(control) ? 'change' : 'input', report);
	}
	return {
		fill(values) {
			for (const control of controls) {
				const value = values[keyOf(control)];
				if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
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

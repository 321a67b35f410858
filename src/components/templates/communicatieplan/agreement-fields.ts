/**
 * One agreement as a fieldset: what, the form of contact, when, with or without the pupil, who
 * takes the initiative, and its remove button. Typing and choosing change the agreement without
 * redrawing the form (the cursor stays put); a choice that shows other fields shows them here.
 */
import {
	CONTACT_FORM_CODES,
	CONTACT_FORMS,
	INITIATIVE_CODES,
	INITIATIVES,
	type Agreement,
} from '../../../lib/communicatieplan/plan';
import { h } from '../kit/dom';

/** Changes one agreement as typed: saved soon, the overview follows after a pause. */
export type Change = (id: string, change: Partial<Agreement>) => void;

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
	return h(
		'div',
		{ class: 'gk-field' },
		h('label', { for: id }, label),
		control,
		hint ? h('p', { class: 'gk-field__hint' }, hint) : null,
	);
}

function radios(
	name: string,
	legend: string,
	options: [string, string][],
	checked: string,
	onChange: (value: string) => void,
): HTMLElement {
	return h(
		'fieldset',
		{ class: 'gk-choice' },
		h('legend', null, legend),
		options.map(([value, label]) => {
			const input = h('input', {
				type: 'radio',
				id: `${name}-${value}`,
				name,
				value,
				checked: value === checked,
			});
			input.addEventListener('change', () => input.checked && onChange(value));
			return h(
				'span',
				{ class: 'gk-check' },
				input,
				h('label', { for: `${name}-${value}` }, label),
			);
		}),
	);
}

/** A text field that changes one text of the agreement as the teacher types. */
function textInput(
	agreement: Agreement,
	key: 'what' | 'formOther' | 'moment',
	maxlength: string,
	change: Change,
): HTMLInputElement {
	const input = h('input', {
		id: `cp-${agreement.id}-${key === 'formOther' ? 'form-other' : key}`,
		value: agreement[key],
		maxlength,
		autocomplete: 'off',
	});
	input.addEventListener('input', () => change(agreement.id, { [key]: input.value }));
	return input;
}

export function agreementItem(
	agreement: Agreement,
	index: number,
	name: string,
	change: Change,
	remove: (agreement: Agreement, index: number) => void,
): HTMLElement {
	const key = `cp-${agreement.id}`;
	const initiative = h(
		'select',
		{ id: `${key}-initiative` },
		INITIATIVE_CODES.map((code) =>
			h('option', { value: code, selected: code === agreement.initiative }, INITIATIVES[code]),
		),
	);
	initiative.addEventListener('change', () =>
		change(agreement.id, { initiative: initiative.value as Agreement['initiative'] }),
	);
	const withPupil = radios(
		`${key}-with`,
		`Is ${name} erbij?`,
		[
			['ja', 'Ja, met de leerling'],
			['nee', 'Nee, zonder de leerling'],
		],
		agreement.withPupil ? 'ja' : 'nee',
		(value) => change(agreement.id, { withPupil: value === 'ja' }),
	);
	const removeButton = h(
		'button',
		{ type: 'button', class: 'gk-button gk-button--danger', id: `${key}-remove` },
		`Afspraak ${index + 1} verwijderen`,
	);
	removeButton.addEventListener('click', () => remove(agreement, index));

	return h(
		'li',
		null,
		h(
			'fieldset',
			{ class: 'cp-agreement' },
			h('legend', null, `Afspraak ${index + 1}`),
			field(
				`${key}-what`,
				'Wat spreken jullie af?',
				textInput(agreement, 'what', '500', change),
				'Bijvoorbeeld: de leerkracht belt of er bijzonderheden zijn.',
			),
			formFields(agreement, change),
			whenFields(agreement, change),
			withPupil,
			h(
				'div',
				{ class: 'cp-fields' },
				field(`${key}-initiative`, 'Wie neemt het initiatief?', initiative),
			),
			removeButton,
		),
	);
}

/** The form of contact, and what it is when it is "Anders". */
function formFields(agreement: Agreement, change: Change): HTMLElement {
	const key = `cp-${agreement.id}`;
	const formOtherField = field(
		`${key}-form-other`,
		'Welke vorm?',
		textInput(agreement, 'formOther', '80', change),
	);
	formOtherField.hidden = agreement.form !== 'other';
	const form = h(
		'select',
		{ id: `${key}-form` },
		CONTACT_FORM_CODES.map((code) =>
			h('option', { value: code, selected: code === agreement.form }, CONTACT_FORMS[code]),
		),
	);
	form.addEventListener('change', () => {
		formOtherField.hidden = form.value !== 'other';
		change(agreement.id, { form: form.value as Agreement['form'] });
	});
	return h(
		'div',
		{ class: 'cp-fields' },
		field(`${key}-form`, 'Vorm van contact', form),
		formOtherField,
	);
}

/** When: on a date (with a time if wanted), or at a moment in the year, in words. */
function whenFields(agreement: Agreement, change: Change): HTMLElement[] {
	const key = `cp-${agreement.id}`;
	const date = h('input', { id: `${key}-date`, type: 'date', value: agreement.date });
	date.addEventListener('change', () => change(agreement.id, { date: date.value }));
	const time = h('input', { id: `${key}-time`, type: 'time', value: agreement.time });
	time.addEventListener('change', () => change(agreement.id, { time: time.value }));
	const dateFields = h(
		'div',
		{ class: 'cp-fields' },
		field(`${key}-date`, 'Datum', date),
		field(`${key}-time`, 'Tijd (niet verplicht)', time),
	);
	const momentField = field(
		`${key}-moment`,
		'Welk moment?',
		textInput(agreement, 'moment', '200', change),
		'Bijvoorbeeld: in de week na het eerste rapport.',
	);
	dateFields.hidden = agreement.whenKind !== 'date';
	momentField.hidden = agreement.whenKind !== 'moment';
	const when = radios(
		`${key}-when`,
		'Wanneer?',
		[
			['date', 'Op een datum'],
			['moment', 'Op een moment in het jaar'],
		],
		agreement.whenKind,
		(value) => {
			dateFields.hidden = value !== 'date';
			momentField.hidden = value !== 'moment';
			change(agreement.id, { whenKind: value as Agreement['whenKind'] });
		},
	);
	return [when, dateFields, momentField];
}

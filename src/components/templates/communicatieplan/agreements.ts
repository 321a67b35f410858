/**
 * The agreements of one pupil: the pupil to show, a fieldset per agreement (what, the form of
 * contact, when, with or without the pupil, who takes the initiative), add and remove. Typing saves
 * without redrawing the form (the cursor stays put); adding or removing an agreement redraws the
 * page and puts the focus where the teacher goes next.
 */
import {
	agreementsOf,
	CONTACT_FORM_CODES,
	CONTACT_FORMS,
	INITIATIVE_CODES,
	INITIATIVES,
	MAX_AGREEMENTS,
	newAgreement,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Communicatieplan>;

/** Changes one agreement as typed: saved soon, the overview follows after a pause. */
type Change = (id: string, change: Partial<Agreement>) => void;

export interface Agreements {
	/** Fills the pupil choice (with each pupil's number of agreements), keeping the chosen pupil. */
	drawPupilChoice(): void;
	/** Draws the chosen pupil's agreements. */
	drawPupil(): void;
}

export function mountAgreements(ctx: Ctx, change: Change): Agreements {
	const pupilSelect = ctx.part<HTMLSelectElement>('[data-cp-pupil]');
	const list = ctx.part('[data-cp-agreements]');
	const none = ctx.part('[data-cp-none]');
	const addButton = ctx.part<HTMLButtonElement>('[data-cp-add]');
	const pupils = (): readonly Pupil[] => ctx.schoolClass?.pupils ?? [];
	const currentPupil = () => pupils().find((p) => p.id === pupilSelect.value) ?? pupils()[0];

	const drawPupil = () => {
		const pupil = currentPupil();
		const schoolClass = ctx.schoolClass;
		if (!pupil || !schoolClass) {
			replaceChildren(list);
			none.hidden = false;
			addButton.disabled = true;
			return;
		}
		const mine = agreementsOf(ctx.data, schoolClass.id, pupil.id);
		none.hidden = mine.length > 0;
		none.textContent = `Voor ${displayName(pupil)} staan nog geen afspraken.`;
		addButton.disabled = ctx.data.agreements.length >= MAX_AGREEMENTS;
		const remove = (agreement: Agreement, index: number) =>
			void removeAgreement(ctx, agreement, index, pupil, addButton);
		replaceChildren(
			list,
			mine.map((agreement, index) =>
				agreementItem(agreement, index, pupil.firstName, change, remove),
			),
		);
	};

	addButton.addEventListener('click', () => {
		const pupil = currentPupil();
		const schoolClass = ctx.schoolClass;
		if (!pupil || !schoolClass) return;
		const agreement = newAgreement(schoolClass.id, pupil.id);
		ctx.replace({ ...ctx.data, agreements: [...ctx.data.agreements, agreement] });
		document.getElementById(`cp-${agreement.id}-what`)?.focus();
		ctx.announce(
			`Afspraak ${agreementsOf(ctx.data, schoolClass.id, pupil.id).length} toegevoegd voor ${displayName(pupil)}.`,
		);
	});
	pupilSelect.addEventListener('change', () => {
		drawPupil();
		const pupil = currentPupil();
		if (pupil) ctx.announce(`Afspraken van ${displayName(pupil)}.`);
	});

	return {
		drawPupil,
		drawPupilChoice() {
			const chosen = pupilSelect.value;
			const classId = ctx.schoolClass?.id ?? '';
			replaceChildren(
				pupilSelect,
				pupils().map((p) => {
					const count = agreementsOf(ctx.data, classId, p.id).length;
					return h(
						'option',
						{ value: p.id, selected: p.id === chosen },
						`${displayName(p)} (${count === 0 ? 'nog geen afspraken' : plural(count, 'afspraak', 'afspraken')})`,
					);
				}),
			);
		},
	};
}

/** Removes an agreement (asking first when it is filled in) and moves the focus to the next one. */
async function removeAgreement(
	ctx: Ctx,
	agreement: Agreement,
	index: number,
	pupil: Pupil,
	addButton: HTMLElement,
): Promise<void> {
	const current = ctx.data.agreements.find((a) => a.id === agreement.id);
	const filled = current && (current.what.trim() || current.date || current.moment.trim());
	if (
		filled &&
		!(await confirmAction({
			title: 'Afspraak verwijderen?',
			message: `Afspraak ${index + 1} van ${pupil.firstName} verdwijnt.`,
			confirmLabel: 'Ja, verwijder',
			danger: true,
		}))
	)
		return;
	const mine = agreementsOf(ctx.data, agreement.classId, pupil.id);
	const next = mine[index + 1] ?? mine[index - 1];
	ctx.replace({
		...ctx.data,
		agreements: ctx.data.agreements.filter((a) => a.id !== agreement.id),
	});
	(next ? document.getElementById(`cp-${next.id}-what`) : addButton)?.focus();
	ctx.announce(`Afspraak ${index + 1} is verwijderd.`);
}

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

function agreementItem(
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

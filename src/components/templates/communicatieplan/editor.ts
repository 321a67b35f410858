/**
 * The communicatieplan op maat in the browser. The agreements are kept in the kit's record (saved
 * as the teacher types); the pupils come from the class list through the class picker.
 *
 * Typing saves without redrawing the form (the cursor stays put); adding or removing an agreement
 * redraws the pupil's list and puts the focus where the teacher goes next.
 */
import { safeFileName } from '../../../lib/files/file-name';
import { displayName, type Pupil, type SchoolClass } from '../../../lib/roster/class-list';
import {
	agreementsOf,
	byMonth,
	CONTACT_FORM_CODES,
	CONTACT_FORMS,
	formLabel,
	INITIATIVE_CODES,
	INITIATIVES,
	MAX_AGREEMENTS,
	newAgreement,
	communicatieplanType,
	whenLabel,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { downloadFile } from '../kit/download';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { mountClassPicker } from '../klassenlijst/class-picker';

const root = required(document, '[data-communicatieplan]');
const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);
const area = el('[data-cp-area]');
const status = el('[data-cp-status]');
const pupilSelect = el<HTMLSelectElement>('[data-cp-pupil]');
const list = el('[data-cp-agreements]');
const none = el('[data-cp-none]');
const addButton = el<HTMLButtonElement>('[data-cp-add]');
const overview = el('[data-cp-overview]');
const printWho = el<HTMLSelectElement>('[data-cp-print-who]');
const exportStatus = el('[data-cp-export-status]');
const textInputs = [...root.querySelectorAll<HTMLInputElement>('[data-cp-text]')];

const printRoot = h('div', { class: 'cp-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

const picker = mountClassPicker(required(document, '[data-class-picker]'));
let schoolClass: SchoolClass | undefined;
let record: RecordController<Communicatieplan>;
const data = () => record.data;
const pupils = (): Pupil[] => schoolClass?.pupils ?? [];
const currentPupil = () => pupils().find((p) => p.id === pupilSelect.value) ?? pupils()[0];

const say = (target: HTMLElement, message: string) => {
	target.textContent = '';
	requestAnimationFrame(() => (target.textContent = message));
};

function changeAgreement(id: string, change: Partial<Agreement>): void {
	record.update({ ...data(), agreements: data().agreements.map((a) => (a.id === id ? { ...a, ...change } : a)) });
	scheduleDerived();
}

let derivedTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleDerived(): void {
	clearTimeout(derivedTimer);
	derivedTimer = setTimeout(drawDerived, 150);
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
	return h('div', { class: 'gk-field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'gk-field__hint' }, hint) : null);
}

function radios(name: string, legend: string, options: [string, string][], checked: string, onChange: (value: string) => void): HTMLElement {
	return h(
		'fieldset',
		{ class: 'cp-choice' },
		h('legend', null, legend),
		options.map(([value, label]) => {
			const input = h('input', { type: 'radio', id: `${name}-${value}`, name, value, checked: value === checked });
			input.addEventListener('change', () => input.checked && onChange(value));
			return h('span', { class: 'cp-check' }, input, h('label', { for: `${name}-${value}` }, label));
		}),
	);
}

function agreementItem(agreement: Agreement, index: number, name: string): HTMLElement {
	const key = `cp-${agreement.id}`;
	const what = h('input', { id: `${key}-what`, value: agreement.what, maxlength: '500', autocomplete: 'off' });
	what.addEventListener('input', () => changeAgreement(agreement.id, { what: what.value }));

	const formOther = h('input', { id: `${key}-form-other`, value: agreement.formOther, maxlength: '80', autocomplete: 'off' });
	formOther.addEventListener('input', () => changeAgreement(agreement.id, { formOther: formOther.value }));
	const formOtherField = field(`${key}-form-other`, 'Welke vorm?', formOther);
	formOtherField.hidden = agreement.form !== 'other';
	const form = h('select', { id: `${key}-form` }, CONTACT_FORM_CODES.map((code) => h('option', { value: code, selected: code === agreement.form }, CONTACT_FORMS[code])));
	form.addEventListener('change', () => {
		formOtherField.hidden = form.value !== 'other';
		changeAgreement(agreement.id, { form: form.value as Agreement['form'] });
	});

	const date = h('input', { id: `${key}-date`, type: 'date', value: agreement.date });
	date.addEventListener('change', () => changeAgreement(agreement.id, { date: date.value }));
	const time = h('input', { id: `${key}-time`, type: 'time', value: agreement.time });
	time.addEventListener('change', () => changeAgreement(agreement.id, { time: time.value }));
	const moment = h('input', { id: `${key}-moment`, value: agreement.moment, maxlength: '200', autocomplete: 'off' });
	moment.addEventListener('input', () => changeAgreement(agreement.id, { moment: moment.value }));
	const dateFields = h('div', { class: 'cp-fields' }, field(`${key}-date`, 'Datum', date), field(`${key}-time`, 'Tijd (niet verplicht)', time));
	const momentField = field(`${key}-moment`, 'Welk moment?', moment, 'Bijvoorbeeld: in de week na het eerste rapport.');
	dateFields.hidden = agreement.whenKind !== 'date';
	momentField.hidden = agreement.whenKind !== 'moment';
	const when = radios(`${key}-when`, 'Wanneer?', [['date', 'Op een datum'], ['moment', 'Op een moment in het jaar']], agreement.whenKind, (value) => {
		dateFields.hidden = value !== 'date';
		momentField.hidden = value !== 'moment';
		changeAgreement(agreement.id, { whenKind: value as Agreement['whenKind'] });
	});

	const withPupil = radios(`${key}-with`, `Is ${name} erbij?`, [['ja', 'Ja, met de leerling'], ['nee', 'Nee, zonder de leerling']], agreement.withPupil ? 'ja' : 'nee', (value) =>
		changeAgreement(agreement.id, { withPupil: value === 'ja' }),
	);

	const initiative = h('select', { id: `${key}-initiative` }, INITIATIVE_CODES.map((code) => h('option', { value: code, selected: code === agreement.initiative }, INITIATIVES[code])));
	initiative.addEventListener('change', () => changeAgreement(agreement.id, { initiative: initiative.value as Agreement['initiative'] }));

	const remove = h('button', { type: 'button', class: 'gk-button gk-button--danger', id: `${key}-remove` }, `Afspraak ${index + 1} verwijderen`);
	remove.addEventListener('click', async () => {
		const current = data().agreements.find((a) => a.id === agreement.id);
		const filled = current && (current.what.trim() || current.date || current.moment.trim());
		if (filled && !(await confirmAction({ title: 'Afspraak verwijderen?', message: `Afspraak ${index + 1} van ${name} verdwijnt.`, confirmLabel: 'Ja, verwijder', danger: true }))) return;
		const mine = agreementsOf(data(), schoolClass!.id, currentPupil()!.id);
		const next = mine[index + 1] ?? mine[index - 1];
		record.update({ ...data(), agreements: data().agreements.filter((a) => a.id !== agreement.id) });
		drawPupil();
		drawDerived();
		(next ? document.getElementById(`cp-${next.id}-what`) : addButton)?.focus();
		say(status, `Afspraak ${index + 1} is verwijderd.`);
	});

	return h(
		'li',
		null,
		h(
			'fieldset',
			{ class: 'cp-agreement' },
			h('legend', null, `Afspraak ${index + 1}`),
			field(`${key}-what`, 'Wat spreken jullie af?', what, 'Bijvoorbeeld: de leerkracht belt of er bijzonderheden zijn.'),
			h('div', { class: 'cp-fields' }, field(`${key}-form`, 'Vorm van contact', form), formOtherField),
			when,
			dateFields,
			momentField,
			withPupil,
			h('div', { class: 'cp-fields' }, field(`${key}-initiative`, 'Wie neemt het initiatief?', initiative)),
			remove,
		),
	);
}

function drawPupil(): void {
	const pupil = currentPupil();
	if (!pupil || !schoolClass) {
		replaceChildren(list);
		none.hidden = false;
		addButton.disabled = true;
		return;
	}
	const mine = agreementsOf(data(), schoolClass.id, pupil.id);
	none.hidden = mine.length > 0;
	none.textContent = `Voor ${displayName(pupil)} staan nog geen afspraken.`;
	addButton.disabled = data().agreements.length >= MAX_AGREEMENTS;
	replaceChildren(list, mine.map((a, i) => agreementItem(a, i, pupil.firstName)));
}

function drawPupilSelect(): void {
	const chosen = pupilSelect.value;
	replaceChildren(
		pupilSelect,
		pupils().map((p) => {
			const count = agreementsOf(data(), schoolClass!.id, p.id).length;
			return h('option', { value: p.id, selected: p.id === chosen }, `${displayName(p)} (${count === 0 ? 'nog geen afspraken' : count === 1 ? '1 afspraak' : `${count} afspraken`})`);
		}),
	);
}

function classAgreements(): Agreement[] {
	const ids = new Set(pupils().map((p) => p.id));
	return data().agreements.filter((a) => a.classId === schoolClass?.id && ids.has(a.pupilId));
}

const nameOf = (id: string) => {
	const p = pupils().find((x) => x.id === id);
	return p ? displayName(p) : '';
};

function drawDerived(): void {
	if (!schoolClass) return;
	drawPupilSelect();
	const groups = byMonth(classAgreements());
	replaceChildren(
		overview,
		groups.length === 0
			? h('p', { class: 'cp-empty' }, 'Er zijn nog geen afspraken in deze klas.')
			: groups.map((group) =>
					h(
						'div',
						{ class: 'cp-table-wrap' },
						h(
							'table',
							{ class: 'cp-table' },
							h('caption', null, group.label),
							h('thead', null, h('tr', null, ['Wanneer', 'Leerling', 'Wat', 'Vorm', 'Leerling erbij', 'Initiatief'].map((t) => h('th', { scope: 'col' }, t)))),
							h(
								'tbody',
								null,
								group.agreements.map((a) =>
									h('tr', null, h('td', null, whenLabel(a)), h('td', null, nameOf(a.pupilId)), h('td', null, a.what.trim() || '–'), h('td', null, formLabel(a)), h('td', null, a.withPupil ? 'ja' : 'nee'), h('td', null, INITIATIVES[a.initiative])),
								),
							),
						),
					),
				),
	);
	// Print choice: everyone with agreements, or one pupil.
	const chosen = printWho.value;
	const withAgreements = pupils().filter((p) => agreementsOf(data(), schoolClass!.id, p.id).length > 0);
	replaceChildren(printWho, h('option', { value: '', selected: chosen === '' }, `Alle leerlingen met afspraken (${withAgreements.length})`), withAgreements.map((p) => h('option', { value: p.id, selected: p.id === chosen }, displayName(p))));
	preparePrint();
}

/** The print sheet: a page per pupil, to give to the family. */
function preparePrint(): void {
	if (!schoolClass) return;
	const who = printWho.value ? pupils().filter((p) => p.id === printWho.value) : pupils();
	const sheets = who
		.map((pupil) => ({ pupil, agreements: agreementsOf(data(), schoolClass!.id, pupil.id) }))
		.filter((entry) => entry.agreements.length > 0)
		.map(({ pupil, agreements }) =>
			h(
				'section',
				{ class: 'cp-sheet' },
				h('h1', null, `Communicatieplan van ${displayName(pupil)}`),
				h('p', { class: 'cp-sheet__sub' }, [schoolClass!.name, data().school.trim()].filter(Boolean).join(' · '), h('br'), 'Zo houden we dit schooljaar contact. Dit hebben we samen afgesproken in het startgesprek.'),
				h(
					'ol',
					null,
					agreements.map((a) =>
						h(
							'li',
							null,
							h('strong', null, a.what.trim() || formLabel(a)),
							h(
								'dl',
								null,
								h('dt', null, 'Hoe'),
								h('dd', null, formLabel(a)),
								h('dt', null, 'Wanneer'),
								h('dd', null, whenLabel(a)),
								h('dt', null, `${pupil.firstName} erbij`),
								h('dd', null, a.withPupil ? 'ja' : 'nee'),
								h('dt', null, 'Wie neemt contact op'),
								h('dd', null, INITIATIVES[a.initiative]),
							),
						),
					),
				),
				data().teacher.trim() ? h('p', { class: 'cp-sheet__sign' }, `Met vriendelijke groet, ${data().teacher.trim()}`) : null,
			),
		);
	replaceChildren(printRoot, sheets.length ? sheets : h('p', null, 'Er zijn nog geen afspraken om af te drukken.'));
}

addButton.addEventListener('click', () => {
	const pupil = currentPupil();
	if (!pupil || !schoolClass) return;
	const agreement = newAgreement(schoolClass.id, pupil.id);
	record.update({ ...data(), agreements: [...data().agreements, agreement] });
	drawPupil();
	drawDerived();
	document.getElementById(`cp-${agreement.id}-what`)?.focus();
	say(status, `Afspraak ${agreementsOf(data(), schoolClass.id, pupil.id).length} toegevoegd voor ${displayName(pupil)}.`);
});

pupilSelect.addEventListener('change', () => {
	drawPupil();
	const pupil = currentPupil();
	if (pupil) say(status, `Afspraken van ${displayName(pupil)}.`);
});

for (const input of textInputs) {
	input.addEventListener('input', () => {
		record.update({ ...data(), [input.dataset.cpText as 'teacher']: input.value });
		scheduleDerived();
	});
}

printWho.addEventListener('change', preparePrint);
window.addEventListener('beforeprint', preparePrint);

el('[data-cp-print]').addEventListener('click', () => {
	record.flush();
	preparePrint();
	const pages = printRoot.querySelectorAll('.cp-sheet').length;
	say(exportStatus, pages ? `Het printvenster is geopend met ${pages} ${pages === 1 ? 'pagina' : "pagina's"}, één per leerling.` : 'Er zijn nog geen afspraken om af te drukken.');
	if (pages) window.print();
});

el('[data-cp-ics]').addEventListener('click', async () => {
	if (!schoolClass) return;
	record.flush();
	const [{ agreementEvents }, { writeIcs }] = await Promise.all([import('../../../lib/communicatieplan/calendar'), import('../../../lib/export/ics')]);
	const { events, undated } = agreementEvents(classAgreements(), schoolClass);
	const skipped = undated ? ` ${undated} ${undated === 1 ? 'afspraak heeft' : 'afspraken hebben'} geen datum en ${undated === 1 ? 'staat' : 'staan'} er niet in.` : '';
	if (events.length === 0) {
		say(exportStatus, `Er zijn nog geen afspraken met een datum, dus er is geen agenda gemaakt.${skipped}`);
		return;
	}
	downloadFile(writeIcs(events, { calendarName: `Communicatieplan ${schoolClass.name}` }), safeFileName(`communicatieplan ${schoolClass.name}`, 'ics', 'communicatieplan'), 'text/calendar');
	say(exportStatus, `Het agendabestand met ${events.length} ${events.length === 1 ? 'afspraak' : 'afspraken'} staat in je downloads.${skipped}`);
});

function drawAll(): void {
	area.hidden = !schoolClass;
	if (!schoolClass) {
		replaceChildren(printRoot);
		return;
	}
	for (const input of textInputs) input.value = data()[input.dataset.cpText as 'teacher' | 'school'];
	drawPupilSelect();
	drawPupil();
	drawDerived();
}

record = mountRecord(required(document, '[data-template-data]'), {
	type: communicatieplanType,
	render: () => {
		if (schoolClass) drawAll();
	},
	backupFileName: () => safeFileName('communicatieplan', 'json'),
});

picker.onChange((chosen) => {
	schoolClass = chosen;
	drawAll();
});

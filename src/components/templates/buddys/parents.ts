/**
 * The parents on the buddy list: the form that adds or edits one (a parent goes on the list only
 * with consent), the table of parents with an edit and a remove button each.
 */
import {
	parentProblem,
	TOPICS,
	withoutParent,
	withParent,
	type BuddyParent,
	type Buddys,
	type Topic,
} from '../../../lib/buddys/buddys';
import { formatDate, isValidDate, todayIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Buddys>;

/** "14 oktober 2026", or empty for no (valid) date. */
export const showDate = (value: string): string =>
	isValidDate(value) ? formatDate(value, 'dayMonthYear') : '';

/** The themes and the free note of what a parent offers or looks for: "Taal, Dyslexie, koken". */
export const topicList = (topics: Topic[], note: string): string =>
	[...topics.map((t) => TOPICS[t].label), ...(note.trim() ? [note.trim()] : [])].join(', ');

export interface ParentForm {
	/** The parent being edited, or undefined while the form adds a new one. */
	readonly editing: string | undefined;
	/** Empties the form for a new parent. */
	reset(): void;
	/** Fills the form with a parent to edit. */
	edit(parent: BuddyParent): void;
}

/** The form's controls and the lines it writes to. */
interface FormParts {
	form: HTMLFormElement;
	nameInput: HTMLInputElement;
	consentBox: HTMLInputElement;
	consentDate: HTMLInputElement;
	saveButton: HTMLElement;
	cancelButton: HTMLElement;
	problemLine: HTMLElement;
	title: HTMLElement;
}

export function bindParentForm(ctx: Ctx): ParentForm {
	const parts: FormParts = {
		form: ctx.part<HTMLFormElement>('[data-bd-parent-form]'),
		nameInput: ctx.part<HTMLInputElement>('#bd-name'),
		consentBox: ctx.part<HTMLInputElement>('#bd-consent'),
		consentDate: ctx.part<HTMLInputElement>('#bd-consent-date'),
		saveButton: ctx.part('[data-bd-save-parent]'),
		cancelButton: ctx.part('[data-bd-cancel-edit]'),
		problemLine: ctx.part('[data-bd-parent-problem]'),
		title: ctx.part('[data-bd-form-title]'),
	};
	const { form, nameInput, cancelButton } = parts;
	let editing: string | undefined;

	const reset = () => {
		editing = undefined;
		clearForm(parts);
	};

	const edit = (parent: BuddyParent) => {
		reset();
		editing = parent.id;
		fillForm(parts, parent);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const name = nameInput.value.trim();
		if (showProblem(parts, name)) return;
		const parent = parentFromForm(form, editing ?? newId('o'));
		const wasEditing = !!editing;
		reset();
		ctx.replace(withParent(ctx.data, parent));
		ctx.announce(
			wasEditing ? `De gegevens van ${name} zijn bijgewerkt.` : `${name} staat op de lijst.`,
		);
		nameInput.focus();
	});

	cancelButton.addEventListener('click', () => {
		reset();
		nameInput.focus();
	});

	return {
		get editing() {
			return editing;
		},
		reset,
		edit,
	};
}

/** The empty form for a new parent, consent dated today. */
function clearForm(parts: FormParts): void {
	parts.form.reset();
	parts.consentDate.value = todayIso();
	parts.title.textContent = 'Ouder toevoegen';
	parts.saveButton.textContent = 'Ouder toevoegen';
	parts.cancelButton.hidden = true;
	parts.problemLine.textContent = '';
	parts.nameInput.removeAttribute('aria-invalid');
	parts.consentBox.removeAttribute('aria-invalid');
}

/** The form filled with a parent to edit; the name field gets the focus. */
function fillForm(parts: FormParts, parent: BuddyParent): void {
	const { form } = parts;
	const boxes = (name: 'offers' | 'needs') => [
		...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
	];
	for (const name of [
		'name',
		'child',
		'contact',
		'languages',
		'offerNote',
		'needNote',
		'consentDate',
	] as const)
		(form.elements.namedItem(name) as HTMLInputElement).value = parent[name];
	for (const box of boxes('offers')) box.checked = parent.offers.includes(box.value as Topic);
	for (const box of boxes('needs')) box.checked = parent.needs.includes(box.value as Topic);
	parts.consentBox.checked = parent.consent;
	parts.title.textContent = `${parent.name} bewerken`;
	parts.saveButton.textContent = 'Wijzigingen opslaan';
	parts.cancelButton.hidden = false;
	parts.nameInput.focus();
}

/** Marks a missing name or consent and shows why the parent cannot be saved; true if so. */
function showProblem(parts: FormParts, name: string): boolean {
	const { nameInput, consentBox } = parts;
	const problem = parentProblem({ name, consent: consentBox.checked });
	nameInput.toggleAttribute('aria-invalid', !name);
	consentBox.toggleAttribute('aria-invalid', !!name && !consentBox.checked);
	if (!problem) return false;
	parts.problemLine.textContent = problem;
	(name ? consentBox : nameInput).focus();
	return true;
}

/** The parent as filled in (with consent: the form refuses a parent without it). */
function parentFromForm(form: HTMLFormElement, id: string): BuddyParent {
	const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
	const checked = (name: 'offers' | 'needs') =>
		[...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
			(box) => box.value as Topic,
		);
	return {
		id,
		name: value('name'),
		child: value('child'),
		contact: value('contact'),
		languages: value('languages'),
		offers: checked('offers'),
		needs: checked('needs'),
		offerNote: value('offerNote'),
		needNote: value('needNote'),
		consent: true,
		consentDate: isValidDate(value('consentDate')) ? value('consentDate') : '',
	};
}

async function removeParent(ctx: Ctx, form: ParentForm, parent: BuddyParent): Promise<void> {
	const pairs = ctx.data.pairs.filter(
		(p) => p.helperId === parent.id || p.seekerId === parent.id,
	).length;
	const sure = await confirmAction({
		title: `${parent.name} van de lijst halen?`,
		message: pairs
			? `${parent.name} en ${pairs === 1 ? 'de koppeling' : `de ${pairs} koppelingen`} met deze ouder verdwijnen van dit apparaat.`
			: `${parent.name} verdwijnt van dit apparaat.`,
		confirmLabel: 'Ja, verwijder deze ouder',
		danger: true,
	});
	if (!sure) return;
	if (form.editing === parent.id) form.reset();
	ctx.replace(withoutParent(ctx.data, parent.id));
	ctx.announce(`${parent.name} staat niet meer op de lijst.`);
	ctx.part('#bd-name').focus();
}

export function drawParents(ctx: Ctx, form: ParentForm): void {
	const box = ctx.part('[data-bd-parents]');
	const { parents } = ctx.data;
	if (parents.length === 0) {
		replaceChildren(box, h('p', { class: 'gk-empty' }, 'Er staan nog geen ouders op de lijst.'));
		return;
	}
	const row = (parent: BuddyParent) => {
		const edit = h(
			'button',
			{ type: 'button', class: 'gk-button', 'aria-label': `${parent.name} bewerken` },
			'Bewerken',
		);
		const remove = h(
			'button',
			{
				type: 'button',
				class: 'gk-button gk-button--danger',
				'aria-label': `${parent.name} verwijderen`,
			},
			'Verwijderen…',
		);
		edit.addEventListener('click', () => form.edit(parent));
		remove.addEventListener('click', () => removeParent(ctx, form, parent));
		return h(
			'tr',
			null,
			h(
				'th',
				{ scope: 'row' },
				h('span', { dir: 'auto' }, parent.name),
				parent.child ? h('span', { class: 'bd-sub', dir: 'auto' }, parent.child) : null,
				parent.contact ? h('span', { class: 'bd-sub', dir: 'auto' }, parent.contact) : null,
			),
			h('td', { dir: 'auto', 'data-label': 'Talen' }, parent.languages || '–'),
			h(
				'td',
				{ dir: 'auto', 'data-label': 'Kan helpen met' },
				topicList(parent.offers, parent.offerNote) || '–',
			),
			h(
				'td',
				{ dir: 'auto', 'data-label': 'Zoekt hulp bij' },
				topicList(parent.needs, parent.needNote) || '–',
			),
			h(
				'td',
				{ 'data-label': 'Toestemming' },
				showDate(parent.consentDate) ? `Ja, ${showDate(parent.consentDate)}` : 'Ja',
			),
			h('td', null, h('span', { class: 'bd-actions' }, edit, remove)),
		);
	};
	replaceChildren(
		box,
		h(
			'table',
			{ class: 'gk-table bd-parents' },
			h('caption', null, `Ouders op de lijst (${parents.length})`),
			h(
				'thead',
				null,
				h(
					'tr',
					null,
					['Ouder', 'Talen', 'Kan helpen met', 'Zoekt hulp bij', 'Toestemming', 'Wijzigen'].map(
						(head) => h('th', { scope: 'col' }, head),
					),
				),
			),
			h('tbody', null, parents.map(row)),
		),
	);
}

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

export function bindParentForm(ctx: Ctx): ParentForm {
	const form = ctx.part<HTMLFormElement>('[data-bd-parent-form]');
	const nameInput = ctx.part<HTMLInputElement>('#bd-name');
	const consentBox = ctx.part<HTMLInputElement>('#bd-consent');
	const consentDate = ctx.part<HTMLInputElement>('#bd-consent-date');
	const saveButton = ctx.part('[data-bd-save-parent]');
	const cancelButton = ctx.part('[data-bd-cancel-edit]');
	const problemLine = ctx.part('[data-bd-parent-problem]');
	const title = ctx.part('[data-bd-form-title]');
	const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
	const boxes = (name: 'offers' | 'needs') => [
		...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
	];
	let editing: string | undefined;

	const reset = () => {
		form.reset();
		editing = undefined;
		consentDate.value = todayIso();
		title.textContent = 'Ouder toevoegen';
		saveButton.textContent = 'Ouder toevoegen';
		cancelButton.hidden = true;
		problemLine.textContent = '';
		nameInput.removeAttribute('aria-invalid');
		consentBox.removeAttribute('aria-invalid');
	};

	const edit = (parent: BuddyParent) => {
		reset();
		editing = parent.id;
		for (const name of [
			'name',
			'child',
			'contact',
			'languages',
			'offerNote',
			'needNote',
			'consentDate',
		] as const)
			field(name).value = parent[name];
		for (const box of boxes('offers')) box.checked = parent.offers.includes(box.value as Topic);
		for (const box of boxes('needs')) box.checked = parent.needs.includes(box.value as Topic);
		consentBox.checked = parent.consent;
		title.textContent = `${parent.name} bewerken`;
		saveButton.textContent = 'Wijzigingen opslaan';
		cancelButton.hidden = false;
		nameInput.focus();
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const name = nameInput.value.trim();
		const problem = parentProblem({ name, consent: consentBox.checked });
		nameInput.toggleAttribute('aria-invalid', !name);
		consentBox.toggleAttribute('aria-invalid', !!name && !consentBox.checked);
		if (problem) {
			problemLine.textContent = problem;
			(name ? consentBox : nameInput).focus();
			return;
		}
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

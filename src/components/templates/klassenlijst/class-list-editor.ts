/**
 * The class list page: choose, add, rename and remove classes; type, reorder and remove pupils;
 * import a list with a preview first. Typing into a name saves without redrawing (so the cursor
 * stays put); changes to the structure redraw the table and put the focus back where the user is.
 */
import { FileProblem, problemMessage } from '../../../lib/files/problem';
import { readUserFile } from '../../../lib/files/read-user-file';
import {
	activeClass,
	addClass,
	addPupil,
	classListType,
	displayName,
	movePupil,
	removeClass,
	removePupil,
	renameClass,
	selectClass,
	sortClass,
	updatePupil,
	type ClassList,
	type NewPupil,
	type SchoolClass,
} from '../../../lib/roster/class-list';
import { applyImport, COLUMN_LABELS, describePlan, planImport, type ImportPlan } from '../../../lib/roster/import';
import { safeFileName } from '../../../lib/files/file-name';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord } from '../kit/record-controller';

/** Largest class-list file read: a school export of a few classes is a few kB. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const NEW_CLASS = '__nieuw__';
/** Rows shown per class in the preview; the summary gives the totals. */
const PREVIEW_ROWS = 40;

export function mountClassListEditor(doc: Document): void {
	const root = required(doc, '[data-class-list]');
	const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);
	const noClasses = el('[data-no-classes]');
	const classBar = el('[data-class-bar]');
	const classSelect = el<HTMLSelectElement>('[data-class-select]');
	const className = el<HTMLInputElement>('[data-class-name]');
	const removeClassButton = el<HTMLButtonElement>('[data-remove-class]');
	const newClassForm = el<HTMLFormElement>('[data-new-class]');
	const newClassName = el<HTMLInputElement>('[data-new-class-name]');
	const pupilsSection = el('[data-pupils-section]');
	const pupilsTitle = el('[data-pupils-title]');
	const pupilsCaption = el('[data-pupils-caption]');
	const pupilsBody = el('[data-pupils]');
	const noPupils = el('[data-no-pupils]');
	const addForm = el<HTMLFormElement>('[data-add-pupil]');
	const addMessage = el('[data-add-message]');
	const sortButton = el<HTMLButtonElement>('[data-sort]');
	const chooseFile = el<HTMLButtonElement>('[data-choose-file]');
	const fileInput = el<HTMLInputElement>('[data-import-file]');
	const fileName = el('[data-file-name]');
	const paste = el<HTMLTextAreaElement>('[data-paste]');
	const target = el<HTMLSelectElement>('[data-import-target]');
	const targetNameField = el('[data-target-name-field]');
	const targetName = el<HTMLInputElement>('[data-import-target-name]');
	const previewButton = el<HTMLButtonElement>('[data-preview-import]');
	const importProblem = el('[data-import-problem]');
	const preview = el('[data-import-preview]');
	const previewTitle = el('#kl-preview-title');
	const previewSummary = el('[data-preview-summary]');
	const previewColumns = el('[data-preview-columns]');
	const previewTables = el('[data-preview-tables]');
	const applyButton = el<HTMLButtonElement>('[data-apply-import]');
	const cancelButton = el<HTMLButtonElement>('[data-cancel-import]');

	/** The file the user chose, until a preview is made from it or it is replaced. */
	let chosenFile: File | null = null;
	let plan: ImportPlan | null = null;

	const record = mountRecord(required(doc, '[data-template-data]'), {
		type: classListType,
		render: (list) => draw(list),
		backupFileName: () => safeFileName('klassenlijst', 'json'),
	});

	const current = (): SchoolClass | undefined => activeClass(record.data);

	/** Applies a structural change, redraws, saves; `focus` then says where the keyboard user continues. */
	const change = (next: ClassList, focus?: () => HTMLElement | null | undefined) => {
		record.update(next);
		// A change of structure is saved at once; only typing waits for a pause.
		record.flush();
		draw(next);
		focus?.()?.focus();
	};

	function draw(list: ClassList): void {
		const selected = activeClass(list);
		noClasses.hidden = list.classes.length > 0;
		classBar.hidden = !selected;
		pupilsSection.hidden = !selected;
		replaceChildren(
			classSelect,
			list.classes.map((c) => h('option', { value: c.id, selected: c.id === selected?.id }, `${c.name} (${c.pupils.length})`)),
		);
		if (doc.activeElement !== className) className.value = selected?.name ?? '';
		drawTargets(list);
		if (!selected) return;
		pupilsTitle.textContent = `Leerlingen van ${selected.name}`;
		pupilsCaption.textContent = `Leerlingen van ${selected.name}: ${selected.pupils.length}`;
		noPupils.hidden = selected.pupils.length > 0;
		sortButton.disabled = selected.pupils.length < 2;
		replaceChildren(pupilsBody, selected.pupils.map((pupil, index) => pupilRow(selected, pupil.id, index)));
	}

	function pupilRow(schoolClass: SchoolClass, pupilId: string, index: number): HTMLTableRowElement {
		const pupil = schoolClass.pupils[index]!;
		const rowId = `kl-row-${pupilId}`;
		const name = displayName(pupil) || `leerling ${index + 1}`;
		const field = (key: keyof NewPupil, column: string, max: number) => {
			const input = h('input', { value: pupil[key], 'aria-labelledby': `${column} ${rowId}`, autocomplete: 'off', maxlength: max, 'data-field': key });
			input.addEventListener('input', () => {
				const classNow = current();
				if (classNow) record.update(updatePupil(record.data, classNow.id, pupilId, { [key]: input.value }));
			});
			return input;
		};
		const up = h('button', { type: 'button', class: 'gk-button', 'aria-label': `${name} omhoog`, disabled: index === 0, 'data-move': 'up' }, '↑');
		const down = h('button', { type: 'button', class: 'gk-button', 'aria-label': `${name} omlaag`, disabled: index === schoolClass.pupils.length - 1, 'data-move': 'down' }, '↓');
		const remove = h('button', { type: 'button', class: 'gk-button gk-button--danger', 'aria-label': `${name} verwijderen`, 'data-remove': '' }, 'Verwijderen');
		const rowButton = (id: string, selector: string) => () => pupilsBody.querySelector<HTMLButtonElement>(`[id="kl-row-${id}"]`)?.closest('tr')?.querySelector<HTMLButtonElement>(selector);
		up.addEventListener('click', () => change(movePupil(record.data, schoolClass.id, pupilId, index - 1), () => {
			const button = rowButton(pupilId, '[data-move="up"]')();
			return button && !button.disabled ? button : rowButton(pupilId, '[data-move="down"]')();
		}));
		down.addEventListener('click', () => change(movePupil(record.data, schoolClass.id, pupilId, index + 1), () => {
			const button = rowButton(pupilId, '[data-move="down"]')();
			return button && !button.disabled ? button : rowButton(pupilId, '[data-move="up"]')();
		}));
		remove.addEventListener('click', async () => {
			const sure = await confirmAction({
				title: `${name} verwijderen?`,
				message: `${name} gaat uit de klassenlijst. Wat je in andere sjablonen over deze leerling hebt ingevuld, wordt daar niet meer getoond.`,
				confirmLabel: 'Verwijderen',
				danger: true,
			});
			if (!sure) return;
			const pupils = current()?.pupils ?? [];
			const neighbour = pupils[index + 1] ?? pupils[index - 1];
			change(removePupil(record.data, schoolClass.id, pupilId), () =>
				neighbour ? rowButton(neighbour.id, '[data-remove]')() : required<HTMLInputElement>(addForm, '[name="firstName"]'),
			);
			record.announce(`${name} is verwijderd uit ${schoolClass.name}.`);
		});
		return h(
			'tr',
			null,
			h('td', { id: rowId }, String(index + 1)),
			h('td', { 'data-label': 'Roepnaam' }, field('firstName', 'kl-col-first', 60)),
			h('td', { 'data-label': 'Tussenvoegsel' }, field('infix', 'kl-col-infix', 30)),
			h('td', { 'data-label': 'Achternaam' }, field('lastName', 'kl-col-last', 80)),
			h('td', null, h('div', { class: 'kl__row-actions' }, up, down, remove)),
		);
	}

	function drawTargets(list: ClassList): void {
		const previous = target.value;
		const selected = activeClass(list);
		replaceChildren(target, [
			...list.classes.map((c) => h('option', { value: c.id }, c.name)),
			h('option', { value: NEW_CLASS }, 'een nieuwe klas'),
		]);
		target.value = [...target.options].some((o) => o.value === previous) ? previous : (selected?.id ?? NEW_CLASS);
		targetNameField.hidden = target.value !== NEW_CLASS;
	}

	// Classes.
	classSelect.addEventListener('change', () => change(selectClass(record.data, classSelect.value)));
	className.addEventListener('input', () => {
		const selected = current();
		if (!selected || !className.value.trim()) return;
		const next = renameClass(record.data, selected.id, className.value);
		record.update(next);
		// Keep the option text and titles in step without redrawing the input being typed in.
		const option = [...classSelect.options].find((o) => o.value === selected.id);
		if (option) option.textContent = `${className.value.trim()} (${selected.pupils.length})`;
		pupilsTitle.textContent = `Leerlingen van ${className.value.trim()}`;
		drawTargets(next);
	});
	className.addEventListener('blur', () => draw(record.data));
	newClassForm.addEventListener('submit', (event) => {
		event.preventDefault();
		const name = newClassName.value.trim();
		if (!name) {
			newClassName.focus();
			return;
		}
		try {
			change(addClass(record.data, name), () => required<HTMLInputElement>(addForm, '[name="firstName"]'));
			newClassName.value = '';
			record.announce(`Klas ${name} is toegevoegd.`);
		} catch (error) {
			record.showProblem((error as Error).message);
		}
	});
	removeClassButton.addEventListener('click', async () => {
		const selected = current();
		if (!selected) return;
		const sure = await confirmAction({
			title: `${selected.name} verwijderen?`,
			message: `De klas en de ${selected.pupils.length} leerlingen erin gaan uit de klassenlijst. Dat kun je niet ongedaan maken, tenzij je een reservekopie hebt.`,
			confirmLabel: 'Klas verwijderen',
			danger: true,
		});
		if (!sure) return;
		change(removeClass(record.data, selected.id), () => (current() ? classSelect : newClassName));
		record.announce(`Klas ${selected.name} is verwijderd.`);
	});

	// Pupils.
	addForm.addEventListener('submit', (event) => {
		event.preventDefault();
		const selected = current();
		if (!selected) return;
		const form = new FormData(addForm);
		const pupil: NewPupil = { firstName: String(form.get('firstName') ?? '').trim(), infix: String(form.get('infix') ?? '').trim(), lastName: String(form.get('lastName') ?? '').trim() };
		const first = required<HTMLInputElement>(addForm, '[name="firstName"]');
		if (!pupil.firstName && !pupil.lastName) {
			addMessage.textContent = 'Vul minstens een roepnaam of een achternaam in.';
			first.focus();
			return;
		}
		try {
			change(addPupil(record.data, selected.id, pupil), () => first);
			addForm.reset();
			addMessage.textContent = `${displayName(pupil)} is toegevoegd aan ${selected.name}.`;
		} catch (error) {
			addMessage.textContent = (error as Error).message;
		}
	});
	sortButton.addEventListener('click', () => {
		const selected = current();
		if (!selected) return;
		change(sortClass(record.data, selected.id), () => sortButton);
		record.announce(`${selected.name} is gesorteerd op achternaam.`);
	});

	// Import: read, preview, then apply.
	const hidePreview = () => {
		plan = null;
		preview.hidden = true;
	};
	const showImportProblem = (message: string) => {
		importProblem.textContent = message;
		importProblem.hidden = false;
	};
	target.addEventListener('change', () => {
		targetNameField.hidden = target.value !== NEW_CLASS;
		hidePreview();
	});
	chooseFile.addEventListener('click', () => fileInput.click());
	fileInput.addEventListener('change', () => {
		chosenFile = fileInput.files?.[0] ?? null;
		fileInput.value = '';
		fileName.textContent = chosenFile ? `Gekozen: ${chosenFile.name}` : '';
		if (chosenFile) paste.value = '';
		hidePreview();
	});
	paste.addEventListener('input', () => {
		if (paste.value.trim()) {
			chosenFile = null;
			fileName.textContent = '';
		}
		hidePreview();
	});

	previewButton.addEventListener('click', async () => {
		importProblem.hidden = true;
		hidePreview();
		try {
			const rows = await readRows();
			const importTarget = target.value === NEW_CLASS ? { newClassName: targetName.value } : { classId: target.value };
			plan = planImport(rows, record.data, importTarget);
			drawPreview(plan);
			preview.hidden = false;
			previewTitle.focus();
		} catch (error) {
			showImportProblem(`${problemMessage(error)} De klassenlijst is niet veranderd.`);
		}
	});

	async function readRows(): Promise<string[][]> {
		const { parseCsv } = await import('../../../lib/export/csv');
		if (chosenFile) {
			const file = await readUserFile(chosenFile, { accept: ['csv', 'xlsx'], maxBytes: MAX_IMPORT_BYTES });
			if (file.kind === 'xlsx') {
				const { readXlsx } = await import('../../../lib/export/xlsx');
				const sheets = readXlsx(file.bytes);
				const sheet = sheets.find((s) => s.rows.some((row) => row.some((cell) => cell.trim())));
				if (!sheet) throw new FileProblem('Het Excel-bestand is leeg.');
				return sheet.rows;
			}
			if (file.kind !== 'csv') throw new Error('soort');
			return parseCsv(file.text);
		}
		if (paste.value.trim()) return parseCsv(paste.value);
		throw new FileProblem('Kies eerst een bestand of plak namen in het tekstvak.');
	}

	function drawPreview(current: ImportPlan): void {
		replaceChildren(previewSummary, describePlan(current).map((line) => h('li', null, line)));
		previewColumns.textContent = current.columns[0]?.heading
			? `Gebruikte kolommen: ${current.columns.map((c) => `"${c.heading}" als ${COLUMN_LABELS[c.role]}`).join(', ')}.`
			: 'Elke regel is gelezen als een hele naam.';
		replaceChildren(
			previewTables,
			current.classes
				.filter((c) => c.add.length > 0)
				.map((c) =>
					h(
						'table',
						null,
						h('caption', null, `${c.name}: ${c.add.length} ${c.add.length === 1 ? 'leerling' : 'leerlingen'} erbij${c.add.length > PREVIEW_ROWS ? ` (de eerste ${PREVIEW_ROWS})` : ''}`),
						h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Roepnaam'), h('th', { scope: 'col' }, 'Tussenvoegsel'), h('th', { scope: 'col' }, 'Achternaam'))),
						h('tbody', null, c.add.slice(0, PREVIEW_ROWS).map((p) => h('tr', null, h('td', null, p.firstName), h('td', null, p.infix), h('td', null, p.lastName)))),
					),
				),
		);
		applyButton.disabled = current.total === 0;
	}

	applyButton.addEventListener('click', () => {
		if (!plan) return;
		try {
			const next = applyImport(record.data, plan);
			const total = plan.total;
			change(next, () => classSelect);
			hidePreview();
			paste.value = '';
			chosenFile = null;
			fileName.textContent = '';
			record.announce(`${total} ${total === 1 ? 'leerling is' : 'leerlingen zijn'} ingelezen.`);
		} catch (error) {
			showImportProblem(`${(error as Error).message} De klassenlijst is niet veranderd.`);
		}
	});
	cancelButton.addEventListener('click', () => {
		hidePreview();
		previewButton.focus();
		record.announce('Inlezen geannuleerd. De klassenlijst is niet veranderd.');
	});
}

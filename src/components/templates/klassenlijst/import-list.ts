/**
 * Reading a class list from a file (Excel or CSV) or from pasted names, with a preview first: the
 * list changes only when the user presses "Inlezen". The preview, "Inlezen" and "Annuleren" are
 * declared actions, so their outcome and any problem show and sound like every other action.
 */
import { FileProblem } from '../../../lib/files/problem';
import { readUserFile } from '../../../lib/files/read-user-file';
import { activeClass, type ClassList } from '../../../lib/roster/class-list';
import {
	applyImport,
	COLUMN_LABELS,
	describePlan,
	planImport,
	type ImportPlan,
} from '../../../lib/roster/import';
import { plural } from '../../../lib/text';
import { FILE_LIMITS } from '../kit/actions';
import { h, replaceChildren } from '../kit/dom';
import { UserProblem, type TemplateAction, type TemplateContext } from '../kit/template';
import { change } from './pupils';

type Ctx = TemplateContext<ClassList>;

const NEW_CLASS = '__nieuw__';
/** Rows shown per class in the preview; the summary gives the totals. */
const PREVIEW_ROWS = 40;
const UNCHANGED = 'De klassenlijst is niet veranderd.';

/** Any failure while reading or applying, as a message that says nothing changed. */
const unchanged = (error: unknown) =>
	new UserProblem(
		`${error instanceof FileProblem || error instanceof RangeError ? error.message : 'Dit bestand kon niet worden gelezen.'} ${UNCHANGED}`,
	);

export interface ClassListImport {
	actions: Record<'preview' | 'apply' | 'cancel', TemplateAction>;
	/** The choice of class for pupils without a group, kept in step with the classes. */
	drawTargets(): void;
}

/** What is being read in: the chosen file (until read in or replaced) and the plan shown in the preview. */
interface ImportState {
	file: File | null;
	plan: ImportPlan | null;
}

export function bindImport(ctx: Ctx): ClassListImport {
	const fileInput = ctx.part<HTMLInputElement>('[data-import-file]');
	const fileName = ctx.part('[data-file-name]');
	const paste = ctx.part<HTMLTextAreaElement>('[data-paste]');
	const target = ctx.part<HTMLSelectElement>('[data-import-target]');
	const targetNameField = ctx.part('[data-target-name-field]');
	const state: ImportState = { file: null, plan: null };
	const hidePreview = () => {
		state.plan = null;
		ctx.part('[data-import-preview]').hidden = true;
	};

	target.addEventListener('change', () => {
		targetNameField.hidden = target.value !== NEW_CLASS;
		hidePreview();
	});
	ctx.part('[data-choose-file]').addEventListener('click', () => fileInput.click());
	fileInput.addEventListener('change', () => {
		state.file = fileInput.files?.[0] ?? null;
		fileInput.value = '';
		fileName.textContent = state.file ? `Gekozen: ${state.file.name}` : '';
		if (state.file) paste.value = '';
		hidePreview();
	});
	paste.addEventListener('input', () => {
		if (paste.value.trim()) {
			state.file = null;
			fileName.textContent = '';
		}
		hidePreview();
	});

	return {
		drawTargets: () => drawTargets(ctx, target, targetNameField),
		actions: {
			preview: {
				busy: 'Het bestand wordt gelezen…',
				run: () => showPreview(ctx, state, hidePreview),
			},
			apply: {
				run: () => {
					const message = applyPlan(ctx, state);
					hidePreview();
					paste.value = '';
					state.file = null;
					fileName.textContent = '';
					return message;
				},
			},
			cancel: {
				run: () => {
					hidePreview();
					ctx.part('[data-action="preview"]').focus();
					return `Inlezen geannuleerd. ${UNCHANGED}`;
				},
			},
		},
	};
}

/** Reads the file or the pasted names and shows what reading them in would do; changes nothing. */
async function showPreview(ctx: Ctx, state: ImportState, hidePreview: () => void): Promise<string> {
	hidePreview();
	const target = ctx.part<HTMLSelectElement>('[data-import-target]').value;
	let plan: ImportPlan;
	try {
		const rows = await (state.file
			? readFileRows(state.file)
			: readPastedRows(ctx.part<HTMLTextAreaElement>('[data-paste]').value));
		plan = planImport(
			rows,
			ctx.data,
			target === NEW_CLASS
				? { newClassName: ctx.part<HTMLInputElement>('[data-import-target-name]').value }
				: { classId: target },
		);
	} catch (error) {
		throw unchanged(error);
	}
	state.plan = plan;
	drawPreview(ctx, plan);
	ctx.part('[data-import-preview]').hidden = false;
	ctx.part('#kl-preview-title').focus();
	return `Hieronder staat wat er gebeurt als je inleest. ${UNCHANGED}`;
}

/** Puts the previewed pupils in the list; the focus goes to the choice of class. */
function applyPlan(ctx: Ctx, state: ImportState): string {
	const plan = state.plan;
	if (!plan) throw new UserProblem(`Bekijk eerst wat er gebeurt. ${UNCHANGED}`);
	let next: ClassList;
	try {
		next = applyImport(ctx.data, plan);
	} catch (error) {
		throw unchanged(error);
	}
	change(ctx, next, () => ctx.part('[data-class-select]'));
	return `${plural(plan.total, 'leerling is', 'leerlingen zijn')} ingelezen.`;
}

/** The rows of the first sheet with anything on it, or of a CSV file. */
async function readFileRows(chosen: File): Promise<string[][]> {
	const file = await readUserFile(chosen, {
		accept: ['csv', 'xlsx'],
		maxBytes: FILE_LIMITS.classList,
	});
	if (file.kind === 'xlsx') {
		const { readXlsx } = await import('../../../lib/export/xlsx');
		const sheet = readXlsx(file.bytes).find((s) =>
			s.rows.some((row) => row.some((cell) => cell.trim())),
		);
		if (!sheet) throw new FileProblem('Het Excel-bestand is leeg.');
		return sheet.rows;
	}
	if (file.kind !== 'csv') throw new FileProblem('Kies een Excel- of CSV-bestand.');
	const { parseCsv } = await import('../../../lib/export/csv');
	return parseCsv(file.text);
}

async function readPastedRows(text: string): Promise<string[][]> {
	if (!text.trim()) throw new FileProblem('Kies eerst een bestand of plak namen in het tekstvak.');
	const { parseCsv } = await import('../../../lib/export/csv');
	return parseCsv(text);
}

function drawTargets(ctx: Ctx, target: HTMLSelectElement, targetNameField: HTMLElement): void {
	const previous = target.value;
	const selected = activeClass(ctx.data);
	replaceChildren(target, [
		...ctx.data.classes.map((c) => h('option', { value: c.id }, c.name)),
		h('option', { value: NEW_CLASS }, 'een nieuwe klas'),
	]);
	target.value = [...target.options].some((o) => o.value === previous)
		? previous
		: (selected?.id ?? NEW_CLASS);
	targetNameField.hidden = target.value !== NEW_CLASS;
}

function drawPreview(ctx: Ctx, plan: ImportPlan): void {
	replaceChildren(
		ctx.part('[data-preview-summary]'),
		describePlan(plan).map((line) => h('li', null, line)),
	);
	ctx.part('[data-preview-columns]').textContent = plan.columns[0]?.heading
		? `Gebruikte kolommen: ${plan.columns.map((c) => `"${c.heading}" als ${COLUMN_LABELS[c.role]}`).join(', ')}.`
		: 'Elke regel is gelezen als een hele naam.';
	replaceChildren(
		ctx.part('[data-preview-tables]'),
		plan.classes
			.filter((c) => c.add.length > 0)
			.map((c) =>
				h(
					'table',
					null,
					h(
						'caption',
						null,
						`${c.name}: ${plural(c.add.length, 'leerling', 'leerlingen')} erbij${c.add.length > PREVIEW_ROWS ? ` (de eerste ${PREVIEW_ROWS})` : ''}`,
					),
					h(
						'thead',
						null,
						h(
							'tr',
							null,
							h('th', { scope: 'col' }, 'Roepnaam'),
							h('th', { scope: 'col' }, 'Tussenvoegsel'),
							h('th', { scope: 'col' }, 'Achternaam'),
						),
					),
					h(
						'tbody',
						null,
						c.add
							.slice(0, PREVIEW_ROWS)
							.map((p) =>
								h(
									'tr',
									null,
									h('td', null, p.firstName),
									h('td', null, p.infix),
									h('td', null, p.lastName),
								),
							),
					),
				),
			),
	);
	ctx.part<HTMLButtonElement>('[data-action="apply"]').disabled = plan.total === 0;
}

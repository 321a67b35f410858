/**
 * The template shell: every template on the site starts, keeps its data, draws, announces, prints
 * and makes files the same way. A template supplies its record type, its view and its actions:
 *
 *   // nieuwjaarsreceptie/template.ts
 *   export const template = defineTemplate({
 *     name: 'nieuwjaarsreceptie',            // <div data-template="nieuwjaarsreceptie">
 *     type: nieuwjaarsreceptieType,
 *     perClass: true,                        // shows the class picker; ctx.schoolClass
 *     backupFileName: () => safeFileName('nieuwjaarsreceptie', 'json'),
 *     setup: (ctx) => ({
 *       render: (data) => drawAll(ctx, data),
 *       print: () => fillPrintSheet(ctx),
 *       actions: {
 *         print: { print: true, run: () => 'Het printvenster is geopend.' },
 *         docx: { busy: 'Het Word-bestand wordt gemaakt…', run: async () => { … return 'Het Word-bestand staat in je downloads.'; } },
 *       },
 *     }),
 *   });
 *
 *   // NieuwjaarsreceptiePlanner.astro
 *   <script>import { template } from './template'; template.mount();</script>
 *
 * Order at start: the record is loaded, the class picker read, the view set up with a context whose
 * `data` is already there, and only then drawn. So a view never sees missing data.
 */
import type { ClassList, SchoolClass } from '../../../lib/roster/class-list';
import type { RecordType } from '../../../lib/storage/record-type';
import type { KeyValueStorage } from '../../../lib/storage/store';
import { mountClassPicker } from '../klassenlijst/class-picker';
import { bindAction, UserProblem, type ActionBinding } from './actions';
import { announcer, type Announce } from './announce';
import { h, required } from './dom';
import { openRecord } from './record';

/** What a template's view and actions get: its parts, its data and the shared services. */
export interface TemplateContext<T> {
	/** The template's root element, `[data-template="<name>"]`. */
	readonly root: HTMLElement;
	/** The element inside the template that matches; throws when the markup lacks it. */
	part<E extends Element = HTMLElement>(selector: string): E;
	/** Every element inside the template that matches. */
	parts<E extends Element = HTMLElement>(selector: string): E[];
	/** The current data. Never changed in place: pass a changed copy to `update` or `replace`. */
	readonly data: T;
	/** A typed change: kept and saved shortly after; the form is not redrawn (the cursor stays put). */
	update(next: T): void;
	/** A change to what the form shows (rows added, a choice that shows other fields): saved and drawn. */
	replace(next: T): void;
	/** Draws the page again from the current data (after a choice that is not part of the data; not during setup). */
	redraw(): void;
	/** Saves pending typing now. */
	flush(): void;
	/** Tells screen-reader users (and shows in the status line) what just happened. */
	announce: Announce;
	/** The class chosen in the class picker (templates with `perClass`), or undefined. */
	readonly schoolClass: SchoolClass | undefined;
	/** The whole class list (templates with `perClass`). */
	readonly classList: ClassList | undefined;
	/** The sheet that printing shows instead of the page; sits directly in `<body>`. */
	readonly printRoot: HTMLElement;
}

/** A button's work. `print: true` opens the print dialog after `run` succeeded. */
export type TemplateAction = Pick<ActionBinding, 'busy' | 'file' | 'run'> & { print?: boolean };

export interface TemplateView<T> {
	/** Draws the page from the data: at the start, after an import, a wipe, another tab's change or a new class. */
	render(data: T): void;
	/** Fills the print sheet; called before the print action and when the user prints from the browser. */
	print?(): void;
	/** The work of each `<button data-action="<name>">` in the template. */
	actions?: Record<string, TemplateAction>;
}

export interface TemplateSpec<T> {
	/** The value of `data-template` on the root element. */
	name: string;
	type: RecordType<T>;
	/** File name of the backup, e.g. `klassenlijst.json`. */
	backupFileName(data: T): string;
	/** Works per class: the shell reads the class list and shows the class picker. */
	perClass?: boolean;
	/** Builds the view once; `ctx.data` is loaded by then. */
	setup(ctx: TemplateContext<T>): TemplateView<T>;
}

export interface Template<T> {
	readonly spec: TemplateSpec<T>;
	/** Starts the template in a page (tests may pass another storage). */
	mount(doc?: Document, options?: { storage?: KeyValueStorage | null }): TemplateContext<T>;
}

export function defineTemplate<T>(spec: TemplateSpec<T>): Template<T> {
	return { spec, mount: (doc = document, options = {}) => mountTemplate(spec, doc, options) };
}

function mountTemplate<T>(
	spec: TemplateSpec<T>,
	doc: Document,
	options: { storage?: KeyValueStorage | null },
): TemplateContext<T> {
	const root = required(doc, `[data-template="${spec.name}"]`);
	const bar = required(root, '[data-template-data]');
	const announce = announcer(required(bar, '[data-save-status]'));
	const record = openRecord(bar, {
		type: spec.type,
		backupFileName: spec.backupFileName,
		announce,
		storage: options.storage,
	});
	const picker = spec.perClass
		? mountClassPicker(required(root, '[data-class-picker]'), options)
		: undefined;
	// The print sheet sits directly in <body>, so printing can hide everything else.
	const printRoot = doc.body.appendChild(
		h('div', { class: 'gk-print', 'aria-hidden': 'true', 'data-print-for': spec.name }),
	);

	// `view` exists before anything can call `draw`: setup only wires events, the first draw is `start`.
	const draw = () => view.render(record.data);
	const ctx: TemplateContext<T> = {
		root,
		part: (selector) => required(root, selector),
		parts: (selector) => [...root.querySelectorAll(selector)] as never,
		get data() {
			return record.data;
		},
		update: (next) => record.update(next),
		replace: (next) => record.replace(next),
		redraw: draw,
		flush: () => record.flush(),
		announce,
		get schoolClass() {
			return picker?.current;
		},
		get classList() {
			return picker?.list;
		},
		printRoot,
	};

	const view = spec.setup(ctx);
	bindActions(ctx, view);
	if (view.print) window.addEventListener('beforeprint', view.print);
	record.start(() => view.render(record.data));
	picker?.onChange(draw, { now: false });
	// Drawn: from now on `hidden` shows the class list's state, not the mark made before the first paint.
	delete doc.documentElement.dataset.gkClasses;
	return ctx;
}

/** Binds every `[data-action]` button to the view's action of that name; a missing one is a programming error. */
function bindActions<T>(ctx: TemplateContext<T>, view: TemplateView<T>): void {
	const actions = view.actions ?? {};
	const buttons = ctx.parts<HTMLButtonElement>('button[data-action]');
	for (const name of Object.keys(actions)) {
		if (!buttons.some((b) => b.dataset.action === name))
			throw new Error(`Geen knop voor actie "${name}".`);
	}
	for (const button of buttons) {
		const action = actions[button.dataset.action!];
		if (!action) throw new Error(`Knop zonder actie: "${button.dataset.action}".`);
		bindAction(button, {
			flush: ctx.flush,
			announce: ctx.announce,
			busy: action.busy,
			file: action.file,
			run: action.print
				? () => printWith(view, action.run as () => string | Promise<string>)
				: action.run,
		});
	}
}

/** Fills the print sheet, runs the check and message, then opens the print dialog. */
async function printWith<T>(
	view: TemplateView<T>,
	run: () => string | Promise<string>,
): Promise<string> {
	view.print?.();
	const message = await run();
	// After the message is shown: the dialog blocks the page until the user closes it.
	setTimeout(() => window.print(), 0);
	return message;
}

/**
 * The buttons of `BackupButtons.astro` ("Kaart bewaren", "Kaart inlezen") are the data bar's backup
 * buttons, offered where the work is: one way to save and load, with its checks.
 */
export function bindBackupButtons(ctx: TemplateContext<unknown>): void {
	for (const [own, backup] of [
		['[data-export-json]', '[data-backup-export]'],
		['[data-import-json]', '[data-backup-import]'],
	]) {
		ctx.part(own).addEventListener('click', () => ctx.part(backup).click());
	}
}

export { UserProblem };

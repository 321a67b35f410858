/**
 * The browser side of a template's data: loads it when the page opens, saves it shortly after each
 * change, says so in the status line, and handles what can go wrong (storage full or unavailable,
 * another tab editing the same data, damaged data). Also the backup (export and import as JSON)
 * and wipe buttons of `TemplateData.astro`.
 *
 * The template itself only renders data and reports changes:
 *
 *   const record = mountRecord(required(document, '[data-template-data]'), {
 *     type: cardType,
 *     render: (card) => drawForm(card),
 *     backupFileName: (card) => safeFileName(`informatiekaart ${card.school}`, 'json'),
 *   });
 *   input.addEventListener('input', () => record.update({ ...record.data, school: input.value }));
 */
import { problemMessage } from '../../../lib/files/problem';
import { readUserFile } from '../../../lib/files/read-user-file';
import { readBackup, writeBackup } from '../../../lib/storage/backup';
import type { RecordType } from '../../../lib/storage/record-type';
import { RecordStore, type KeyValueStorage, type StoreProblem } from '../../../lib/storage/store';
import { browserStorage } from './browser-storage';
import { confirmAction } from './confirm';
import { h, replaceChildren, required } from './dom';
import { downloadFile } from './download';

/** Largest backup file read: far beyond any template's data, small enough to read at once. */
const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** Wait this long after the last keystroke before saving. */
const SAVE_DELAY_MS = 400;

export interface RecordOptions<T> {
	type: RecordType<T>;
	/** Draws the page from the data: at the start, and after an import, a wipe or a change in another tab. */
	render(data: T): void;
	/** The name of the backup file, e.g. `informatiekaart-de-regenboog.json`. */
	backupFileName(data: T): string;
	/** For tests: another storage than the browser's. */
	storage?: KeyValueStorage | null;
}

export interface RecordController<T> {
	/** The current data (do not change it in place; pass a changed copy to `update`). */
	readonly data: T;
	/** Takes changed data from the form and saves it shortly after. */
	update(next: T): void;
	/** Takes new data and draws the page from it (for changes that are not typed into the form, such as "new card"). */
	replace(next: T): void;
	/** Saves now (before an export, or when the page is hidden). */
	flush(): void;
	/** Shows a message in the status line (announced to screen readers). */
	announce(message: string): void;
	/** Shows a problem (announced at once) with optional buttons. */
	showProblem(message: string): void;
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function mountRecord<T>(root: HTMLElement, options: RecordOptions<T>): RecordController<T> {
	const { type } = options;
	const store = new RecordStore(type, options.storage === undefined ? browserStorage() : options.storage);
	const status = required(root, '[data-save-status]');
	const savedAt = required(root, '[data-saved-at]');
	const problemBox = required(root, '[data-storage-problem]');
	const exportButton = required<HTMLButtonElement>(root, '[data-backup-export]');
	const importButton = required<HTMLButtonElement>(root, '[data-backup-import]');
	const importInput = required<HTMLInputElement>(root, '[data-backup-file]');
	const wipeButton = required<HTMLButtonElement>(root, '[data-wipe]');

	let data: T;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending = false;
	/** While another tab's change is unresolved, nothing is saved over it. */
	let inConflict = false;

	// Only a changed text is written, so screen readers hear "saved" once, not after every pause in typing.
	const announce = (message: string) => {
		if (status.textContent !== message) status.textContent = message;
	};

	const clearProblem = () => {
		problemBox.hidden = true;
		replaceChildren(problemBox);
	};

	const showProblem = (message: string, ...buttons: HTMLButtonElement[]) => {
		replaceChildren(problemBox, h('p', null, message), buttons.length ? h('p', { class: 'gk-data__problem-actions' }, buttons) : null);
		problemBox.hidden = false;
	};

	const button = (label: string, onClick: () => void, primary = false) => {
		const element = h('button', { type: 'button', class: ['gk-button', primary && 'gk-button--primary'] }, label);
		element.addEventListener('click', onClick);
		return element;
	};

	const exportBackup = () => downloadFile(writeBackup(type, data), options.backupFileName(data), 'application/json');

	const report = (problem: StoreProblem) => {
		if (problem.kind !== 'damaged') setState('problem');
		switch (problem.kind) {
			case 'unavailable':
				announce('Niet opgeslagen.');
				showProblem(
					'Je browser laat deze pagina niets bewaren, bijvoorbeeld in een privévenster of door je instellingen. Je kunt alles invullen en exporteren, maar als je de pagina sluit, is het weg. Sla daarom een reservekopie op.',
					button('Reservekopie opslaan', exportBackup, true),
				);
				break;
			case 'full':
				announce('Niet opgeslagen.');
				savedAt.textContent = '';
				showProblem(
					'De opslag van je browser is vol. Je laatste wijzigingen zijn niet bewaard. Sla een reservekopie op, zodat je niets kwijtraakt, en wis gegevens die je niet meer nodig hebt.',
					button('Reservekopie opslaan', exportBackup, true),
				);
				break;
			case 'damaged':
				showProblem(`De gegevens die eerder op dit apparaat stonden, konden niet worden gelezen: ${problem.message} Ze zijn apart bewaard in je browser; je begint met een leeg formulier.`);
				break;
			case 'conflict':
				inConflict = true;
				savedAt.textContent = '';
				announce('Niet opgeslagen: gewijzigd in een ander tabblad.');
				showProblem(
					problem.theirs === null
						? `${capitalise(type.label)} is in een ander tabblad gewist. Wat hier staat, is nog niet opgeslagen.`
						: `${capitalise(type.label)} is ook in een ander tabblad gewijzigd. Wat hier staat, is nog niet opgeslagen. Kies welke versie je bewaart.`,
					button('Bewaar de versie van dit tabblad', () => {
						inConflict = false;
						const result = store.overwrite(data);
						if (result.ok) afterSave();
						else report(result.problem);
					}, true),
					button('Neem de versie uit het andere tabblad over', () => {
						inConflict = false;
						adoptStored('De versie uit het andere tabblad is overgenomen.');
					}),
				);
				break;
		}
	};

	/** For tests and styles: `saved`, `pending` or `problem`. */
	const setState = (state: 'saved' | 'pending' | 'problem') => {
		root.dataset.saveState = state;
	};

	const afterSave = () => {
		pending = false;
		setState('saved');
		clearProblem();
		announce('Alles is opgeslagen op dit apparaat.');
		savedAt.textContent = `Laatst opgeslagen om ${timeFormat.format(new Date())}.`;
	};

	const save = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!pending || inConflict) return;
		const result = store.save(data);
		if (result.ok) afterSave();
		else report(result.problem);
	};

	const adoptStored = (message: string) => {
		const loaded = store.adopt();
		data = loaded.data;
		pending = false;
		setState('saved');
		clearProblem();
		options.render(data);
		announce(message);
		if (loaded.problem) report(loaded.problem);
	};

	// Start: what this device has stored.
	setState('saved');
	const loaded = store.load();
	data = loaded.data;
	options.render(data);
	if (loaded.problem) report(loaded.problem);
	else announce(store.storedRevision() > 0 ? 'Je eerder ingevulde gegevens zijn geladen van dit apparaat.' : 'Wat je invult, wordt meteen op dit apparaat bewaard.');

	// Another tab saved or wiped the same data.
	window.addEventListener('storage', (event) => {
		if (event.key !== store.key && event.key !== null) return;
		if (pending || inConflict) {
			save();
			if (!inConflict) return;
		} else adoptStored('Bijgewerkt met wijzigingen uit een ander tabblad.');
	});

	// Save before the page goes away (tab closed, another page, phone locked).
	window.addEventListener('pagehide', save);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') save();
	});

	exportButton.addEventListener('click', () => {
		save();
		exportBackup();
		announce('Reservekopie opgeslagen in je downloads.');
	});

	importButton.addEventListener('click', () => importInput.click());
	importInput.addEventListener('change', async () => {
		const file = importInput.files?.[0];
		importInput.value = '';
		if (!file) return;
		try {
			const read = await readUserFile(file, { accept: ['json'], maxBytes: MAX_BACKUP_BYTES });
			if (read.kind !== 'json') throw new Error('geen json');
			const next = readBackup(type, read.text);
			const replacing = JSON.stringify(data) !== JSON.stringify(type.empty());
			if (
				replacing &&
				!(await confirmAction({
					title: 'Reservekopie inlezen?',
					message: `De reservekopie vervangt wat nu is ingevuld in ${type.label}.`,
					confirmLabel: 'Inlezen en vervangen',
				}))
			) {
				announce('Inlezen geannuleerd. Er is niets veranderd.');
				return;
			}
			data = next;
			pending = true;
			inConflict = false;
			options.render(data);
			save();
			if (!pending) announce(`Reservekopie ingelezen: ${file.name}.`);
		} catch (error) {
			showProblem(`${problemMessage(error)} Er is niets veranderd.`);
			announce('Inlezen mislukt. Er is niets veranderd.');
		}
	});

	wipeButton.addEventListener('click', async () => {
		const sure = await confirmAction({
			title: 'Alles wissen?',
			message: [`Dit wist ${type.label} van dit apparaat. Dat kun je niet ongedaan maken.`, 'Wil je de gegevens later nog gebruiken? Sla dan eerst een reservekopie op.'],
			confirmLabel: 'Ja, wis alles',
			danger: true,
		});
		if (!sure) return;
		clearTimeout(timer);
		store.wipe();
		data = type.empty();
		pending = false;
		inConflict = false;
		setState('saved');
		clearProblem();
		options.render(data);
		savedAt.textContent = '';
		announce(`${capitalise(type.label)} is gewist van dit apparaat.`);
	});

	return {
		get data() {
			return data;
		},
		update(next: T) {
			data = next;
			pending = true;
			if (inConflict) return;
			setState('pending');
			// Shown, not announced: the status line speaks when the save is done.
			savedAt.textContent = 'Wijzigingen worden opgeslagen…';
			clearTimeout(timer);
			timer = setTimeout(save, SAVE_DELAY_MS);
		},
		replace(next: T) {
			data = next;
			pending = true;
			options.render(data);
			save();
		},
		flush: save,
		announce,
		showProblem: (message: string) => showProblem(message),
	};
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

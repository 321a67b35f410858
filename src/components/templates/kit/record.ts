/**
 * The browser side of a template's data, behind the data bar (`TemplateData.astro`): loads it,
 * saves it shortly after each change, says so in the status line, and handles what can go wrong
 * (storage full or unavailable, another tab editing the same data, damaged data); also the
 * backup and wipe buttons. Templates do not use it directly: the shell (`template.ts`) opens the
 * record, builds the view, and only then calls `start()`, which draws the page for the first time.
 */
import { readBackup, writeBackup } from '../../../lib/storage/backup';
import type { RecordType } from '../../../lib/storage/record-type';
import { RecordStore, type KeyValueStorage, type StoreProblem } from '../../../lib/storage/store';
import { bindAction, FILE_LIMITS, UserProblem } from './actions';
import type { Announce } from './announce';
import { browserStorage } from './browser-storage';
import { confirmAction } from './confirm';
import { h, replaceChildren, required } from './dom';
import { downloadFile } from './download';
import { capitalise } from '../../../lib/text';

/** Wait this long after the last keystroke before saving. */
const SAVE_DELAY_MS = 400;

export interface RecordOptions<T> {
	type: RecordType<T>;
	/** The name of the backup file, e.g. `informatiekaart-de-regenboog.json`. */
	backupFileName(data: T): string;
	announce: Announce;
	/** For tests: another storage than the browser's. */
	storage?: KeyValueStorage | null;
}

export interface TemplateRecord<T> {
	/** The current data (never changed in place; a change passes a new copy to `update`). */
	readonly data: T;
	/** Takes typed data from the form and saves it shortly after; nothing is redrawn. */
	update(next: T): void;
	/** Takes new data, saves it now and draws the page from it. */
	replace(next: T): void;
	/** Saves pending typing now (before an export, or when the page is hidden). */
	flush(): void;
	/** Draws the page for the first time and starts listening to other tabs and the data bar. */
	start(render: (data: T) => void): void;
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function openRecord<T>(bar: HTMLElement, options: RecordOptions<T>): TemplateRecord<T> {
	const { type, announce } = options;
	const store = new RecordStore(type, options.storage === undefined ? browserStorage() : options.storage);
	const status = required(bar, '[data-save-status]');
	const savedAt = required(bar, '[data-saved-at]');
	const problemBox = required(bar, '[data-storage-problem]');

	const loaded = store.load();
	let data: T = loaded.data;
	let render: (data: T) => void = () => {};
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending = false;
	/** While another tab's change is unresolved, nothing is saved over it. */
	let inConflict = false;

	/** The status line is the template's live region: a save is announced once, not after every pause in typing. */
	const setStatus = (message: string) => {
		if (status.textContent !== message) announce(message);
	};
	const setState = (state: 'saved' | 'pending' | 'problem') => (bar.dataset.saveState = state);
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
		if (problem.kind === 'unavailable' || problem.kind === 'full') {
			setStatus('Niet opgeslagen.');
			savedAt.textContent = '';
			showProblem(
				problem.kind === 'full'
					? 'De opslag van je browser is vol. Je laatste wijzigingen zijn niet bewaard. Sla een reservekopie op, zodat je niets kwijtraakt, en wis gegevens die je niet meer nodig hebt.'
					: 'Je browser laat deze pagina niets bewaren, bijvoorbeeld in een privévenster of door je instellingen. Je kunt alles invullen en exporteren, maar als je de pagina sluit, is het weg. Sla daarom een reservekopie op.',
				button('Reservekopie opslaan', exportBackup, true),
			);
		} else if (problem.kind === 'damaged') {
			showProblem(`De gegevens die eerder op dit apparaat stonden, konden niet worden gelezen: ${problem.message} Ze zijn apart bewaard in je browser; je begint met een leeg formulier.`);
		} else reportConflict(problem.theirs === null);
	};

	const reportConflict = (wiped: boolean) => {
		inConflict = true;
		savedAt.textContent = '';
		setStatus('Niet opgeslagen: gewijzigd in een ander tabblad.');
		showProblem(
			wiped
				? `${capitalise(type.label)} is in een ander tabblad gewist. Wat hier staat, is nog niet opgeslagen.`
				: `${capitalise(type.label)} is ook in een ander tabblad gewijzigd. Wat hier staat, is nog niet opgeslagen. Kies welke versie je bewaart.`,
			button(
				'Bewaar de versie van dit tabblad',
				() => {
					inConflict = false;
					const result = store.overwrite(data);
					if (result.ok) afterSave();
					else report(result.problem);
				},
				true,
			),
			button('Neem de versie uit het andere tabblad over', () => {
				inConflict = false;
				adoptStored('De versie uit het andere tabblad is overgenomen.');
			}),
		);
	};

	const afterSave = () => {
		pending = false;
		setState('saved');
		clearProblem();
		setStatus('Alles is opgeslagen op dit apparaat.');
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

	/** Takes new data as a whole (import, wipe, another tab) and draws the page from it. */
	const take = (next: T, message: string) => {
		clearTimeout(timer);
		data = next;
		pending = false;
		inConflict = false;
		setState('saved');
		clearProblem();
		render(data);
		if (message) setStatus(message);
	};

	const adoptStored = (message: string) => {
		const adopted = store.adopt();
		take(adopted.data, message);
		if (adopted.problem) report(adopted.problem);
	};

	const onStorage = (event: StorageEvent) => {
		if (event.key !== store.key && event.key !== null) return;
		const change = event.key === null ? 'wiped' : store.classifyExternal(event.newValue);
		if (change === 'own') return;
		if (change === 'stale') {
			// The other tab saved over this tab's last save without seeing it: ask, don't drop either.
			pending = true;
			clearTimeout(timer);
			report({ kind: 'conflict', theirs: store.readExternal(event.newValue) });
			return;
		}
		if (pending || inConflict) {
			// Unsaved typing here: saving now meets the other tab's revision and asks the user.
			if (!inConflict) save();
			return;
		}
		adoptStored(change === 'wiped' ? `${capitalise(type.label)} is in een ander tabblad gewist.` : 'Bijgewerkt met wijzigingen uit een ander tabblad.');
	};

	const bindBar = () => {
		bindAction(required(bar, '[data-backup-export]'), {
			flush: save,
			announce,
			run: () => {
				exportBackup();
				return 'Reservekopie opgeslagen in je downloads.';
			},
		});
		bindAction(required(bar, '[data-backup-import]'), {
			flush: save,
			announce,
			file: { accept: ['json'], maxBytes: FILE_LIMITS.backup },
			show: (message, problem) => (problem ? showProblem(message) : clearProblem()),
			run: async (file) => {
				if (file.kind !== 'json') throw new UserProblem('Kies een reservekopie (.json).');
				const next = readBackup(type, file.text);
				if (!(await confirmReplace())) return 'Inlezen geannuleerd. Er is niets veranderd.';
				take(next, '');
				pending = true;
				save();
				if (pending) throw new UserProblem('De reservekopie staat in het formulier, maar kon niet worden bewaard.');
				return `Reservekopie ingelezen: ${file.name}.`;
			},
		});
		required(bar, '[data-wipe]').addEventListener('click', wipe);
	};

	const confirmReplace = async () =>
		JSON.stringify(data) === JSON.stringify(type.empty()) ||
		confirmAction({ title: 'Reservekopie inlezen?', message: `De reservekopie vervangt wat nu is ingevuld in ${type.label}.`, confirmLabel: 'Inlezen en vervangen' });

	const wipe = async () => {
		const sure = await confirmAction({
			title: 'Alles wissen?',
			message: [`Dit wist ${type.label} van dit apparaat. Dat kun je niet ongedaan maken.`, 'Wil je de gegevens later nog gebruiken? Sla dan eerst een reservekopie op.'],
			confirmLabel: 'Ja, wis alles',
			danger: true,
		});
		if (!sure) return;
		store.wipe();
		savedAt.textContent = '';
		take(type.empty(), `${capitalise(type.label)} is gewist van dit apparaat.`);
	};

	return {
		get data() {
			return data;
		},
		update(next) {
			data = next;
			pending = true;
			if (inConflict) return;
			setState('pending');
			// Shown, not announced: the status line speaks when the save is done.
			savedAt.textContent = 'Wijzigingen worden opgeslagen…';
			clearTimeout(timer);
			timer = setTimeout(save, SAVE_DELAY_MS);
		},
		replace(next) {
			data = next;
			pending = true;
			render(data);
			save();
		},
		flush: save,
		start(draw) {
			render = draw;
			setState('saved');
			render(data);
			if (loaded.problem) report(loaded.problem);
			else setStatus(store.storedRevision() > 0 ? 'Je eerder ingevulde gegevens zijn geladen van dit apparaat.' : 'Wat je invult, wordt meteen op dit apparaat bewaard.');
			window.addEventListener('storage', onStorage);
			// Save before the page goes away (tab closed, another page, phone locked).
			window.addEventListener('pagehide', save);
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'hidden') save();
			});
			bindBar();
		},
	};
}

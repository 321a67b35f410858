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
import { capitalise } from '../../../lib/text';
import { formatClock } from '../../../lib/dates';
import { bindAction, FILE_LIMITS, UserProblem } from './actions';
import type { Announce } from './announce';
import { browserStorage } from './browser-storage';
import { confirmAction } from './confirm';
import { DataBar } from './data-bar';
import { required } from './dom';
import { downloadFile } from './download';

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

export function openRecord<T>(bar: HTMLElement, options: RecordOptions<T>): TemplateRecord<T> {
	return new Record(new DataBar(bar, options.announce), options);
}

class Record<T> implements TemplateRecord<T> {
	private readonly store: RecordStore<T>;
	private readonly type: RecordType<T>;
	private readonly loadProblem?: StoreProblem;
	private current: T;
	private render: (data: T) => void = () => {};
	private timer: ReturnType<typeof setTimeout> | undefined;
	private pending = false;
	/** While another tab's change is unresolved, nothing is saved over it. */
	private inConflict = false;

	constructor(
		private readonly bar: DataBar,
		private readonly options: RecordOptions<T>,
	) {
		this.type = options.type;
		this.store = new RecordStore(
			options.type,
			options.storage === undefined ? browserStorage() : options.storage,
		);
		const loaded = this.store.load();
		this.current = loaded.data;
		this.loadProblem = loaded.problem;
	}

	get data(): T {
		return this.current;
	}

	update(next: T): void {
		this.current = next;
		this.pending = true;
		if (this.inConflict) return;
		this.bar.setState('pending');
		// Shown, not announced: the status line speaks when the save is done.
		this.bar.savedAt.textContent = 'Wijzigingen worden opgeslagen…';
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
	}

	replace(next: T): void {
		this.current = next;
		this.pending = true;
		this.render(next);
		this.flush();
	}

	flush(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (!this.pending || this.inConflict) return;
		const result = this.store.save(this.current);
		if (result.ok) this.afterSave();
		else this.report(result.problem);
	}

	start(render: (data: T) => void): void {
		this.render = render;
		this.bar.setState('saved');
		render(this.current);
		if (this.loadProblem) this.report(this.loadProblem);
		else
			this.bar.setStatus(
				this.store.storedRevision() > 0
					? 'Je eerder ingevulde gegevens zijn geladen van dit apparaat.'
					: 'Wat je invult, wordt meteen op dit apparaat bewaard.',
			);
		window.addEventListener('storage', (event) => this.onStorage(event));
		// Save before the page goes away (tab closed, another page, phone locked).
		window.addEventListener('pagehide', () => this.flush());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') this.flush();
		});
		this.bindButtons();
	}

	private afterSave(): void {
		this.pending = false;
		this.bar.setState('saved');
		this.bar.clearProblem();
		this.bar.setStatus('Alles is opgeslagen op dit apparaat.');
		this.bar.savedAt.textContent = `Laatst opgeslagen om ${formatClock(new Date())}.`;
	}

	/** Takes new data as a whole (import, wipe, another tab) and draws the page from it. */
	private take(next: T, message: string): void {
		clearTimeout(this.timer);
		this.current = next;
		this.pending = false;
		this.inConflict = false;
		this.bar.setState('saved');
		this.bar.clearProblem();
		this.render(next);
		if (message) this.bar.setStatus(message);
	}

	private adoptStored(message: string): void {
		const adopted = this.store.adopt();
		this.take(adopted.data, message);
		if (adopted.problem) this.report(adopted.problem);
	}

	private exportBackup(): void {
		downloadFile(
			writeBackup(this.type, this.current),
			this.options.backupFileName(this.current),
			'application/json',
		);
	}

	private report(problem: StoreProblem): void {
		if (problem.kind === 'damaged') {
			this.bar.showProblem(
				`De gegevens die eerder op dit apparaat stonden, konden niet worden gelezen: ${problem.message} Ze zijn apart bewaard in je browser; je begint met een leeg formulier.`,
			);
			return;
		}
		this.bar.setState('problem');
		if (problem.kind === 'conflict') return this.reportConflict(problem.theirs === null);
		this.bar.setStatus('Niet opgeslagen.');
		this.bar.savedAt.textContent = '';
		this.bar.showProblem(
			problem.kind === 'full'
				? 'De opslag van je browser is vol. Je laatste wijzigingen zijn niet bewaard. Sla een reservekopie op, zodat je niets kwijtraakt, en wis gegevens die je niet meer nodig hebt.'
				: 'Je browser laat deze pagina niets bewaren, bijvoorbeeld in een privévenster of door je instellingen. Je kunt alles invullen en exporteren, maar als je de pagina sluit, is het weg. Sla daarom een reservekopie op.',
			this.bar.button('Reservekopie opslaan', () => this.exportBackup(), true),
		);
	}

	private reportConflict(wiped: boolean): void {
		const label = capitalise(this.type.label);
		this.inConflict = true;
		this.bar.savedAt.textContent = '';
		this.bar.setStatus('Niet opgeslagen: gewijzigd in een ander tabblad.');
		this.bar.showProblem(
			wiped
				? `${label} is in een ander tabblad gewist. Wat hier staat, is nog niet opgeslagen.`
				: `${label} is ook in een ander tabblad gewijzigd. Wat hier staat, is nog niet opgeslagen. Kies welke versie je bewaart.`,
			this.bar.button('Bewaar de versie van dit tabblad', () => this.keepMine(), true),
			this.bar.button('Neem de versie uit het andere tabblad over', () => {
				this.inConflict = false;
				this.adoptStored('De versie uit het andere tabblad is overgenomen.');
			}),
		);
	}

	private keepMine(): void {
		this.inConflict = false;
		const result = this.store.overwrite(this.current);
		if (result.ok) this.afterSave();
		else this.report(result.problem);
	}

	/** Another tab saved or wiped the same data. */
	private onStorage(event: StorageEvent): void {
		if (event.key !== this.store.key && event.key !== null) return;
		const change = event.key === null ? 'wiped' : this.store.classifyExternal(event.newValue);
		if (change === 'own') return;
		if (change === 'stale') {
			// The other tab saved over this tab's last save without seeing it: ask, don't drop either.
			this.pending = true;
			clearTimeout(this.timer);
			this.report({ kind: 'conflict', theirs: this.store.readExternal(event.newValue) });
			return;
		}
		if (this.pending || this.inConflict) {
			// Unsaved typing here: saving now meets the other tab's revision and asks the user.
			if (!this.inConflict) this.flush();
			return;
		}
		const label = capitalise(this.type.label);
		this.adoptStored(
			change === 'wiped'
				? `${label} is in een ander tabblad gewist.`
				: 'Bijgewerkt met wijzigingen uit een ander tabblad.',
		);
	}

	private bindButtons(): void {
		const { bar } = this;
		bindAction(required(bar.root, '[data-backup-export]'), {
			flush: () => this.flush(),
			announce: bar.announce,
			run: () => {
				this.exportBackup();
				return 'Reservekopie opgeslagen in je downloads.';
			},
		});
		bindAction(required(bar.root, '[data-backup-import]'), {
			flush: () => this.flush(),
			announce: bar.announce,
			file: { accept: ['json'], maxBytes: FILE_LIMITS.backup },
			// A failure shows in the problem box; a success has cleared it already (or shows why it could not be stored).
			show: (message, problem) => {
				if (problem) bar.showProblem(message);
			},
			run: async (file) => {
				if (file.kind !== 'json') throw new UserProblem('Kies een reservekopie (.json).');
				return this.importBackup(readBackup(this.type, file.text), file.name);
			},
		});
		required(bar.root, '[data-wipe]').addEventListener('click', () => void this.wipe());
	}

	private async importBackup(next: T, fileName: string): Promise<string> {
		const empty = JSON.stringify(this.current) === JSON.stringify(this.type.empty());
		const sure =
			empty ||
			(await confirmAction({
				title: 'Reservekopie inlezen?',
				message: `De reservekopie vervangt wat nu is ingevuld in ${this.type.label}.`,
				confirmLabel: 'Inlezen en vervangen',
			}));
		if (!sure) return 'Inlezen geannuleerd. Er is niets veranderd.';
		this.take(next, '');
		this.pending = true;
		this.flush();
		// Not stored (storage full or off): the problem box says why and offers to save a file.
		return this.pending
			? 'De reservekopie staat in het formulier, maar is niet bewaard op dit apparaat.'
			: `Reservekopie ingelezen: ${fileName}.`;
	}

	private async wipe(): Promise<void> {
		const sure = await confirmAction({
			title: 'Alles wissen?',
			message: [
				`Dit wist ${this.type.label} van dit apparaat. Dat kun je niet ongedaan maken.`,
				'Wil je de gegevens later nog gebruiken? Sla dan eerst een reservekopie op.',
			],
			confirmLabel: 'Ja, wis alles',
			danger: true,
		});
		if (!sure) return;
		this.store.wipe();
		this.bar.savedAt.textContent = '';
		this.take(this.type.empty(), `${capitalise(this.type.label)} is gewist van dit apparaat.`);
	}
}

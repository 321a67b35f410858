/**
 * One template's data in the browser's storage (`localStorage`), versioned and guarded:
 *
 * - Each save carries a revision number. A tab saves only over the revision it last read or wrote;
 *   when another tab saved in between, the save is refused as a conflict, so two tabs never
 *   silently overwrite each other. The page then lets the user choose.
 * - A full or unavailable storage is reported, not thrown, so the page can say so and offer a backup.
 * - Stored data that cannot be read (damaged, or from a newer version of the site) are moved aside
 *   under their own key, not deleted.
 *
 * Pure apart from the storage it is given, so it is tested with an in-memory storage.
 */
import { problemMessage } from '../files/problem';
import { upgrade, type RecordType } from './record-type';

/** The part of the Web Storage API the store uses. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	/** The number of keys and the key at a place, to find copies kept aside (as in Web Storage). */
	readonly length: number;
	key(index: number): string | null;
}

/** Every key the site writes starts with this, so the privacy statement can list them. */
const KEY_PREFIX = 'gereedschapskist:';

/** Why a save or load did not go as planned. */
export type StoreProblem =
	/** The browser does not let the page store anything (storage switched off, some private modes). */
	| { kind: 'unavailable' }
	/** The storage is full: the last change is not saved. */
	| { kind: 'full' }
	/** Another tab saved (or wiped) since this tab last read; `theirs` is what is stored now. */
	| { kind: 'conflict'; theirs: unknown | null }
	/** What was stored could not be read; it is kept under `keptAs`. */
	| { kind: 'damaged'; message: string; keptAs: string };

type StoreResult = { ok: true } | { ok: false; problem: StoreProblem };

/** What is written under the key. */
interface StoredEnvelope {
	version: number;
	revision: number;
	savedAt: string;
	/** Which tab wrote it (random per page load), to tell our own writes from another tab's. */
	writer?: string;
	data: unknown;
}

/**
 * What a change that another tab made to the stored record means for this tab:
 * - `newer`: it was made on top of what this tab knows; take it (or, with unsaved typing, ask).
 * - `stale`: it was made without seeing this tab's last save, which it overwrote; ask the user.
 * - `wiped`: the record was wiped.
 * - `own`: this tab's own write, echoed back.
 *
 * `stale` exists because browsers sync `localStorage` between tabs with a small delay: two tabs
 * saving at nearly the same moment can each see the old revision, so the check in `save` alone
 * cannot catch every overlap. The revision numbers in the change events can.
 */
type ExternalChange = 'newer' | 'stale' | 'wiped' | 'own';

const isEnvelope = (value: unknown): value is StoredEnvelope =>
	typeof value === 'object' &&
	value !== null &&
	'version' in value &&
	'revision' in value &&
	'data' in value;

/** Whether an error from `setItem` means the storage is full (the name differs per browser). */
function isQuotaError(error: unknown): boolean {
	if (
		!(error instanceof Error) &&
		!(typeof DOMException !== 'undefined' && error instanceof DOMException)
	)
		return false;
	const { name, code } = error as DOMException;
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

export class RecordStore<T> {
	readonly key: string;
	/** The revision this tab last read or wrote; 0 when nothing was stored. */
	private revision = 0;
	/** This tab's mark on what it writes. */
	private readonly writer = Math.random().toString(36).slice(2, 12);

	constructor(
		private readonly type: RecordType<T>,
		private readonly storage: KeyValueStorage | null,
		private readonly now: () => Date = () => new Date(),
	) {
		this.key = `${KEY_PREFIX}${type.id}`;
	}

	/** Whether the browser lets this page store anything at all. */
	get available(): boolean {
		return this.storage !== null;
	}

	/** The stored revision right now, without adopting it (0 when nothing is stored or it cannot be read). */
	storedRevision(): number {
		const envelope = this.readEnvelope();
		return envelope ? envelope.revision : 0;
	}

	private readEnvelope(): StoredEnvelope | null {
		const raw = this.storage?.getItem(this.key) ?? null;
		if (raw === null) return null;
		try {
			const parsed: unknown = JSON.parse(raw);
			return isEnvelope(parsed) ? parsed : null;
		} catch {
			return null;
		}
	}

	/**
	 * The stored data, upgraded to the current version, or a new empty record. When the stored data
	 * cannot be read, they are moved aside and the problem is returned with the empty record.
	 */
	load(): { data: T; problem?: StoreProblem } {
		if (!this.storage) return { data: this.type.empty(), problem: { kind: 'unavailable' } };
		const raw = this.storage.getItem(this.key);
		if (raw === null) {
			this.revision = 0;
			return { data: this.type.empty() };
		}
		try {
			let parsed: unknown;
			try {
				parsed = JSON.parse(raw);
			} catch {
				throw new Error('geen JSON');
			}
			if (!isEnvelope(parsed)) throw new Error('onbekende vorm');
			const data = upgrade(this.type, parsed.version, parsed.data);
			this.revision = parsed.revision;
			return { data };
		} catch (error) {
			const keptAs = `${this.key}:onleesbaar:${this.now().toISOString()}`;
			try {
				this.storage.setItem(keptAs, raw);
				this.storage.removeItem(this.key);
			} catch {
				// Could not move it aside (storage full): leave it where it is, untouched.
				return {
					data: this.type.empty(),
					problem: { kind: 'damaged', message: problemMessage(error), keptAs: this.key },
				};
			}
			this.revision = 0;
			return {
				data: this.type.empty(),
				problem: { kind: 'damaged', message: problemMessage(error), keptAs },
			};
		}
	}

	/** Saves over the revision this tab knows; refuses when another tab saved in between. */
	save(data: T): StoreResult {
		if (!this.storage) return { ok: false, problem: { kind: 'unavailable' } };
		const stored = this.readEnvelope();
		const storedRevision = stored?.revision ?? 0;
		if (storedRevision !== this.revision) {
			return {
				ok: false,
				problem: { kind: 'conflict', theirs: stored ? this.tryUpgrade(stored) : null },
			};
		}
		return this.write(data, storedRevision + 1);
	}

	/** Saves whatever is stored now: the user chose to keep this tab's version. */
	overwrite(data: T): StoreResult {
		if (!this.storage) return { ok: false, problem: { kind: 'unavailable' } };
		return this.write(data, Math.max(this.storedRevision(), this.revision) + 1);
	}

	/** What a `storage` event's new value (another tab's write) means for this tab; see `ExternalChange`. */
	classifyExternal(newValue: string | null): ExternalChange {
		if (newValue === null) return 'wiped';
		let envelope: unknown;
		try {
			envelope = JSON.parse(newValue);
		} catch {
			return 'newer';
		}
		if (!isEnvelope(envelope)) return 'newer';
		if (envelope.writer === this.writer) return 'own';
		return envelope.revision > this.revision ? 'newer' : 'stale';
	}

	/** The data in another tab's write, if they can be read. */
	readExternal(newValue: string | null): T | null {
		if (newValue === null) return null;
		try {
			const envelope: unknown = JSON.parse(newValue);
			return isEnvelope(envelope) ? this.tryUpgrade(envelope) : null;
		} catch {
			return null;
		}
	}

	/** Takes what is stored now as this tab's data (after another tab saved). */
	adopt(): { data: T; problem?: StoreProblem } {
		return this.load();
	}

	/** Removes the record from this device, with any unreadable copies of it that were kept aside. */
	wipe(): StoreResult {
		if (!this.storage) return { ok: false, problem: { kind: 'unavailable' } };
		const aside: string[] = [];
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(`${this.key}:onleesbaar:`)) aside.push(key);
		}
		for (const key of aside) this.storage.removeItem(key);
		this.storage.removeItem(this.key);
		this.revision = 0;
		return { ok: true };
	}

	private tryUpgrade(envelope: StoredEnvelope): T | null {
		try {
			return upgrade(this.type, envelope.version, envelope.data);
		} catch {
			return null;
		}
	}

	private write(data: T, revision: number): StoreResult {
		const envelope: StoredEnvelope = {
			version: this.type.version,
			revision,
			savedAt: this.now().toISOString(),
			writer: this.writer,
			data,
		};
		try {
			this.storage!.setItem(this.key, JSON.stringify(envelope));
		} catch (error) {
			if (isQuotaError(error)) return { ok: false, problem: { kind: 'full' } };
			return { ok: false, problem: { kind: 'unavailable' } };
		}
		this.revision = revision;
		return { ok: true };
	}
}

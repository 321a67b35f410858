import fc from 'fast-check';
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from '../../../../src/lib/storage/backup';
import type { RecordType } from '../../../../src/lib/storage/record-type';
import { RecordStore, type KeyValueStorage } from '../../../../src/lib/storage/store';

/** A note list; version 1 kept `title`, version 2 renamed it to `name` and added `items`. */
const noteType: RecordType<{ name: string; items: string[] }> = {
	id: 'notities',
	label: 'de notities',
	version: 2,
	schema: z.object({ name: z.string().check(z.maxLength(50)), items: z.array(z.string()) }),
	migrations: { 1: (data) => ({ name: (data as { title: string }).title, items: [] }) },
	empty: () => ({ name: '', items: [] }),
};

class MemoryStorage implements KeyValueStorage {
	readonly map = new Map<string, string>();
	limit = Infinity;
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (value.length > this.limit) throw new DOMException('vol', 'QuotaExceededError');
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
	get length() {
		return this.map.size;
	}
	key(index: number) {
		return [...this.map.keys()][index] ?? null;
	}
}

describe('RecordStore', () => {
	it('starts empty, saves, and loads what it saved', () => {
		const storage = new MemoryStorage();
		const store = new RecordStore(noteType, storage);
		expect(store.load()).toEqual({ data: { name: '', items: [] } });
		expect(store.save({ name: 'Groep 5', items: ['a'] })).toEqual({ ok: true });
		expect(new RecordStore(noteType, storage).load()).toEqual({
			data: { name: 'Groep 5', items: ['a'] },
		});
		expect([...storage.map.keys()]).toEqual(['gereedschapskist:notities']);
	});

	it('upgrades data of an older version', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'gereedschapskist:notities',
			JSON.stringify({ version: 1, revision: 3, savedAt: '', data: { title: 'Oud' } }),
		);
		expect(new RecordStore(noteType, storage).load().data).toEqual({ name: 'Oud', items: [] });
	});

	it('refuses to overwrite what another tab saved in between, and says what it is', () => {
		const storage = new MemoryStorage();
		const tabA = new RecordStore(noteType, storage);
		const tabB = new RecordStore(noteType, storage);
		tabA.load();
		tabB.load();
		expect(tabA.save({ name: 'A', items: [] })).toEqual({ ok: true });
		expect(tabB.save({ name: 'B', items: [] })).toEqual({
			ok: false,
			problem: { kind: 'conflict', theirs: { name: 'A', items: [] } },
		});
		// Still A's data: nothing was silently overwritten.
		expect(new RecordStore(noteType, storage).load().data.name).toBe('A');
		// B chooses to keep its own version.
		expect(tabB.overwrite({ name: 'B', items: [] })).toEqual({ ok: true });
		expect(tabA.save({ name: 'A2', items: [] })).toMatchObject({
			ok: false,
			problem: { kind: 'conflict' },
		});
		expect(tabA.adopt().data.name).toBe('B');
		expect(tabA.save({ name: 'A3', items: [] })).toEqual({ ok: true });
	});

	it('treats a wipe in another tab as a conflict, so typing on does not bring the data back unasked', () => {
		const storage = new MemoryStorage();
		const tabA = new RecordStore(noteType, storage);
		const tabB = new RecordStore(noteType, storage);
		tabA.load();
		tabA.save({ name: 'A', items: [] });
		tabB.load();
		tabB.wipe();
		expect(tabA.save({ name: 'A+', items: [] })).toEqual({
			ok: false,
			problem: { kind: 'conflict', theirs: null },
		});
	});

	it('tells another tab’s change made on top of ours from one that overwrote our save unseen', () => {
		const storage = new MemoryStorage();
		const tabA = new RecordStore(noteType, storage);
		const tabB = new RecordStore(noteType, storage);
		tabA.load();
		tabB.load();
		tabA.save({ name: 'A', items: [] });
		const afterA = storage.getItem('gereedschapskist:notities');
		expect(tabA.classifyExternal(afterA)).toBe('own');
		expect(tabB.classifyExternal(afterA)).toBe('newer');
		tabB.adopt();
		// Browsers sync storage between tabs with a delay: B saves on top of what it saw…
		tabB.save({ name: 'B', items: [] });
		const afterB = storage.getItem('gereedschapskist:notities');
		// …while A, not yet seeing B's write, saves revision 2 as well, over B's.
		storage.setItem('gereedschapskist:notities', afterA!);
		tabA.save({ name: 'A2', items: [] });
		const afterA2 = storage.getItem('gereedschapskist:notities');
		expect(tabB.classifyExternal(afterA2)).toBe('stale');
		expect(tabA.classifyExternal(afterB)).toBe('stale');
		expect(tabB.readExternal(afterA2)).toEqual({ name: 'A2', items: [] });
		expect(tabA.classifyExternal(null)).toBe('wiped');
	});

	it('reports a full storage and keeps the last saved data', () => {
		const storage = new MemoryStorage();
		const store = new RecordStore(noteType, storage);
		store.load();
		store.save({ name: 'klein', items: [] });
		storage.limit = 100;
		expect(store.save({ name: 'groot', items: ['x'.repeat(200)] })).toEqual({
			ok: false,
			problem: { kind: 'full' },
		});
		expect(new RecordStore(noteType, storage).load().data.name).toBe('klein');
		// The next save after the failed one is not mistaken for a conflict.
		storage.limit = Infinity;
		expect(store.save({ name: 'weer', items: [] })).toEqual({ ok: true });
	});

	it('reports an unavailable storage', () => {
		const store = new RecordStore(noteType, null);
		expect(store.load().problem).toEqual({ kind: 'unavailable' });
		expect(store.save({ name: 'x', items: [] })).toEqual({
			ok: false,
			problem: { kind: 'unavailable' },
		});
	});

	it('moves damaged data aside instead of deleting it', () => {
		const storage = new MemoryStorage();
		storage.setItem('gereedschapskist:notities', '{kapot');
		const store = new RecordStore(noteType, storage, () => new Date('2026-09-01T08:00:00Z'));
		const { data, problem } = store.load();
		expect(data).toEqual({ name: '', items: [] });
		expect(problem).toMatchObject({
			kind: 'damaged',
			keptAs: 'gereedschapskist:notities:onleesbaar:2026-09-01T08:00:00.000Z',
		});
		expect(storage.getItem('gereedschapskist:notities:onleesbaar:2026-09-01T08:00:00.000Z')).toBe(
			'{kapot',
		);
		// Wiping removes the copy kept aside as well: "alles wissen" means all.
		storage.setItem('gereedschapskist:andere', 'blijft');
		store.wipe();
		expect([...storage.map.keys()]).toEqual(['gereedschapskist:andere']);
	});

	it('moves aside data from a newer version of the site, with a message that says so', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'gereedschapskist:notities',
			JSON.stringify({ version: 9, revision: 1, savedAt: '', data: {} }),
		);
		const { problem } = new RecordStore(noteType, storage).load();
		expect(problem).toMatchObject({
			kind: 'damaged',
			message: expect.stringMatching(/nieuwere versie/),
		});
	});
});

describe('backups', () => {
	it('round-trips exactly', () => {
		const data = { name: 'Groep 5 – "de Regenboog" <b>', items: ['één', 'twee'] };
		expect(readBackup(noteType, writeBackup(noteType, data))).toEqual(data);
	});

	it('reads an old backup through the migrations', () => {
		const text = JSON.stringify({
			format: 'gereedschapskist-ouderbetrokkenheid',
			template: 'notities',
			version: 1,
			savedAt: '',
			data: { title: 'Vorig jaar' },
		});
		expect(readBackup(noteType, text)).toEqual({ name: 'Vorig jaar', items: [] });
	});

	it.each([
		['geen JSON', 'hallo', /geen leesbare JSON/],
		['andere JSON', '{"a":1}', /geen reservekopie van de Gereedschapskist/],
		[
			'ander sjabloon',
			'{"format":"gereedschapskist-ouderbetrokkenheid","template":"klassenlijst","version":1,"data":{}}',
			/ander sjabloon \("klassenlijst"\)/,
		],
		[
			'nieuwere versie',
			'{"format":"gereedschapskist-ouderbetrokkenheid","template":"notities","version":7,"data":{}}',
			/nieuwere versie/,
		],
		[
			'verkeerde velden',
			'{"format":"gereedschapskist-ouderbetrokkenheid","template":"notities","version":2,"data":{"name":5,"items":[]}}',
			/bij "name"/,
		],
	])('refuses %s with a Dutch message', (_, text, message) => {
		expect(() => readBackup(noteType, text)).toThrow(message);
	});

	it('either reads valid data or throws a Dutch message, for any input (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((data) =>
						JSON.stringify({
							format: 'gereedschapskist-ouderbetrokkenheid',
							template: 'notities',
							version: 2,
							data,
						}),
					),
				),
				(text) => {
					try {
						const data = readBackup(noteType, text);
						expect(safeParse(noteType.schema, data).success).toBe(true);
					} catch (error) {
						expect((error as Error).name).toBe('FileProblem');
					}
				},
			),
			{ numRuns: 500 },
		);
	});
});

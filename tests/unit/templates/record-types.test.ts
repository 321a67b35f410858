/**
 * Every kind of data a template keeps (each `RecordType` in `src/lib/`), fed random and hostile
 * backups: loading either gives data that fit the schema, or a Dutch message and nothing else. New
 * templates are picked up automatically.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { BACKUP_FORMAT, readBackup, writeBackup } from '../../../src/lib/storage/backup';
import type { RecordType } from '../../../src/lib/storage/record-type';

const modules = import.meta.glob('../../../src/lib/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

const isRecordType = (value: unknown): value is RecordType<unknown> =>
	typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'schema' in value && typeof (value as RecordType<unknown>).empty === 'function';

const recordTypes = new Map<string, RecordType<unknown>>();
for (const exports of Object.values(modules)) for (const value of Object.values(exports)) if (isRecordType(value)) recordTypes.set(value.id, value);

it('finds the record types of the templates', () => {
	expect([...recordTypes.keys()]).toContain('klassenlijst');
});

/** A JSON value shaped a little like the real data: the empty record with fields replaced at random. */
const mutated = (type: RecordType<unknown>) =>
	fc.tuple(fc.jsonValue(), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 })).map(([junk, path]) => {
		const data = JSON.parse(JSON.stringify(type.empty())) as Record<string, unknown>;
		let target: Record<string, unknown> = data;
		for (const key of path.slice(0, -1)) {
			if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
			target = target[key] as Record<string, unknown>;
		}
		target[path.at(-1) ?? Object.keys(data)[0] ?? 'x'] = junk;
		return data;
	});

const hostileStrings = fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("http://x","y")', '\u0000', '"; DROP TABLE', 'x'.repeat(10_000), '\uD800');

describe.each([...recordTypes.values()].map((type) => [type.id, type] as const))('%s', (_, type) => {
	it('an empty record is valid and round-trips through a backup', () => {
		expect(safeParse(type.schema, type.empty()).success).toBe(true);
		expect(readBackup(type, writeBackup(type, type.empty()))).toEqual(type.empty());
	});

	it('random and hostile backups load as valid data or give a Dutch message (property)', () => {
		const envelope = (data: unknown, version: unknown = type.version) => JSON.stringify({ format: BACKUP_FORMAT, template: type.id, version, savedAt: '', data });
		const inputs = fc.oneof(
			fc.string(),
			fc.jsonValue().map((data) => envelope(data)),
			mutated(type).map((data) => envelope(data)),
			hostileStrings.map((text) => envelope({ ...(type.empty() as object), name: text, title: text })),
			fc.integer().map((version) => envelope(type.empty(), version)),
		);
		fc.assert(
			fc.property(inputs, (text) => {
				try {
					const data = readBackup(type, text);
					expect(safeParse(type.schema, data).success).toBe(true);
				} catch (error) {
					expect((error as Error).name).toBe('FileProblem');
					expect((error as Error).message).toMatch(/[a-z]/);
				}
			}),
			{ numRuns: 300 },
		);
	});
});

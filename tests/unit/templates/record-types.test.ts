/**
 * Every kind of data a template keeps (each `RecordType` in `src/lib/`), fed random and hostile
 * backups: loading either gives data that fit the schema, or a Dutch message and nothing else. New
 * templates are picked up automatically, and the first two tests fail, naming it, when one is not:
 * a record type declared outside `src/lib/` or not found among its exports, or a template page
 * whose components use no record type tested here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { BACKUP_FORMAT, readBackup, writeBackup } from '../../../src/lib/storage/backup';
import type { RecordType } from '../../../src/lib/storage/record-type';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const modules = import.meta.glob('../../../src/lib/**/*.ts', { eager: true }) as Record<
	string,
	Record<string, unknown>
>;

const isRecordType = (value: unknown): value is RecordType<unknown> =>
	typeof value === 'object' &&
	value !== null &&
	'id' in value &&
	'version' in value &&
	'schema' in value &&
	typeof (value as RecordType<unknown>).empty === 'function';

const recordTypes = new Map<string, RecordType<unknown>>();
/** Where each tested record type is exported: "src/lib/roster/class-list.ts classListType". */
const exportedAs = new Set<string>();
for (const [path, exports] of Object.entries(modules)) {
	for (const [name, value] of Object.entries(exports)) {
		if (!isRecordType(value)) continue;
		recordTypes.set(value.id, value);
		exportedAs.add(
			`${relative(root, resolve(fileURLToPath(new URL('.', import.meta.url)), path))} ${name}`,
		);
	}
}

/** Files under a folder of the project, by extension, as paths relative to the project root. */
const filesUnder = (folder: string, extensions: string[]) =>
	readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter(
			(file) =>
				extensions.some((extension) => file.endsWith(extension)) && !file.endsWith('.test.ts'),
		)
		.map((file) => join(folder, file));

it('tests every record type declared in src/, each exported from src/lib/', () => {
	const declared = filesUnder('src', ['.ts', '.astro']).flatMap((file) =>
		[...readFileSync(join(root, file), 'utf8').matchAll(/\bconst\s+(\w+)\s*:\s*RecordType</g)].map(
			(match) => `${file} ${match[1]}`,
		),
	);
	expect(declared.length, 'record types gevonden in src/').toBeGreaterThan(0);
	expect(
		declared.filter((where) => !exportedAs.has(where)),
		'record types die deze test niet vindt (zet ze als export in src/lib/)',
	).toEqual([]);
});

it('tests the record type of every template page', () => {
	/** The tested record types that the files of a template folder import from src/lib/, by name. */
	const typesUsedIn = (folder: string) =>
		filesUnder(folder, ['.ts', '.astro']).flatMap((file) =>
			[
				...readFileSync(join(root, file), 'utf8').matchAll(
					/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g,
				),
			].flatMap(([, names, from]) => {
				const module = relative(root, resolve(root, dirname(file), from)).replace(
					/(\.ts)?$/,
					'.ts',
				);
				return names
					.split(',')
					.map((name) => name.trim().split(/\s+as\s+/)[0])
					.filter((name) => exportedAs.has(`${module} ${name}`));
			}),
		);
	const pages = filesUnder('src/content/docs/sjablonen', ['.md', '.mdx']).filter((page) =>
		/^type:\s*template\s*$/m.test(readFileSync(join(root, page), 'utf8')),
	);
	expect(pages.length, 'sjabloonpagina’s').toBeGreaterThan(0);
	const uncovered = pages.filter((page) => {
		const folders = [
			...readFileSync(join(root, page), 'utf8').matchAll(
				/from\s*'[./]*\/components\/templates\/([^/']+)\//g,
			),
		].map((match) => `src/components/templates/${match[1]}`);
		return !folders.some((folder) => typesUsedIn(folder).length > 0);
	});
	expect(uncovered, 'sjabloonpagina’s zonder record type uit src/lib/ in deze test').toEqual([]);
});

/** A JSON value shaped a little like the real data: the empty record with fields replaced at random. */
const mutated = (type: RecordType<unknown>) =>
	fc
		.tuple(fc.jsonValue(), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }))
		.map(([junk, path]) => {
			const data = JSON.parse(JSON.stringify(type.empty())) as Record<string, unknown>;
			let target: Record<string, unknown> = data;
			for (const key of path.slice(0, -1)) {
				if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
				target = target[key] as Record<string, unknown>;
			}
			target[path.at(-1) ?? Object.keys(data)[0] ?? 'x'] = junk;
			return data;
		});

const hostileStrings = fc.constantFrom(
	'<img src=x onerror=alert(1)>',
	'=HYPERLINK("http://x","y")',
	'\u0000',
	'"; DROP TABLE',
	'x'.repeat(10_000),
	'\uD800',
);

describe.each([...recordTypes.values()].map((type) => [type.id, type] as const))(
	'%s',
	(_, type) => {
		it('an empty record is valid and round-trips through a backup', () => {
			expect(safeParse(type.schema, type.empty()).success).toBe(true);
			expect(readBackup(type, writeBackup(type, type.empty()))).toEqual(type.empty());
		});

		it('random and hostile backups load as valid data or give a Dutch message (property)', () => {
			const envelope = (data: unknown, version: unknown = type.version) =>
				JSON.stringify({ format: BACKUP_FORMAT, template: type.id, version, savedAt: '', data });
			const inputs = fc.oneof(
				fc.string(),
				fc.jsonValue().map((data) => envelope(data)),
				mutated(type).map((data) => envelope(data)),
				hostileStrings.map((text) =>
					envelope({ ...(type.empty() as object), name: text, title: text }),
				),
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
	},
);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../src/lib/export/xlsx';
import { decodeText, readUserFile } from '../../../../src/lib/files/read-user-file';

const file = (parts: BlobPart[], name: string) => Object.assign(new Blob(parts), { name });
const csvOrXlsx = { accept: ['csv', 'xlsx'] as const, maxBytes: 2_000_000 };

describe('readUserFile', () => {
	it('reads a CSV with a byte-order mark as text', async () => {
		const read = await readUserFile(
			file(['\uFEFFroepnaam;achternaam\nZoë;Öztürk'], 'klas.csv'),
			csvOrXlsx,
		);
		expect(read).toEqual({
			kind: 'csv',
			name: 'klas.csv',
			text: 'roepnaam;achternaam\nZoë;Öztürk',
		});
	});

	it('tells an Excel file by its content, not its name', async () => {
		const bytes = writeXlsx([{ name: 'Klas', rows: [['a']] }]);
		const read = await readUserFile(file([bytes], 'klas.csv'), csvOrXlsx);
		expect(read.kind).toBe('xlsx');
	});

	it('refuses a file over the cap before reading it', async () => {
		const big = {
			size: 50_000_000,
			name: 'groot.csv',
			arrayBuffer: () => Promise.reject(new Error('mag niet gelezen worden')),
		} as unknown as Blob;
		await expect(readUserFile(big, csvOrXlsx)).rejects.toThrow(
			'Het bestand is te groot (50 MB). Kies een bestand tot 2 MB.',
		);
	});

	it.each([
		['leeg', [], 'leeg.csv', /leeg/],
		['binair', [new Uint8Array([0, 1, 2, 3, 0, 255, 7])], 'rommel.csv', /bevat geen tekst/],
		[
			'oud Excel',
			[new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
			'klas.xls',
			/oud Excel-bestand/,
		],
		[
			'PNG waar een lijst hoort',
			[new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])],
			'foto.png',
			/past hier niet/,
		],
	])('refuses %s with a Dutch message', async (_, parts, name, message) => {
		await expect(readUserFile(file(parts as BlobPart[], name), csvOrXlsx)).rejects.toThrow(message);
	});

	it('reads JSON only where JSON is accepted', async () => {
		const json = file(['{"format":"x"}'], 'kopie.json');
		await expect(readUserFile(json, { accept: ['json'], maxBytes: 1000 })).resolves.toMatchObject({
			kind: 'json',
		});
		await expect(readUserFile(json, { accept: ['xlsx'], maxBytes: 1000 })).rejects.toThrow(
			/Kies een Excel-bestand/,
		);
	});

	it('either reads a file or throws a Dutch problem, for any bytes (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
				try {
					const read = await readUserFile(file([bytes], 'x.csv'), csvOrXlsx);
					expect(['csv', 'xlsx']).toContain(read.kind);
				} catch (error) {
					expect((error as Error).name).toBe('FileProblem');
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe('decodeText', () => {
	it('reads UTF-16 (Excel "Unicode-tekst") and Windows-1252 (older Excel CSV)', () => {
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...[...'Zoë\tÖ'].flatMap((c) => [c.charCodeAt(0), 0]),
		]);
		expect(decodeText(utf16)).toBe('Zoë\tÖ');
		expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe('Zoë');
	});
});

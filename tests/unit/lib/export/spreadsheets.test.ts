import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula } from '../../../../src/lib/export/cells';
import { detectSeparator, parseCsv, writeCsv } from '../../../../src/lib/export/csv';
import { columnName, readXlsx, sheetNames, writeXlsx } from '../../../../src/lib/export/xlsx';
import { DEFAULT_ZIP_LIMITS, readZip } from '../../../../src/lib/files/zip';

const hostile = '=HYPERLINK("http://x","y")';

describe('formula-like cells', () => {
	it.each(['=1+1', '+31 6 1234', '-2', '@SUM(A1)', '\tx', '＝1'])('%s is formula-like', (text) => {
		expect(isFormulaLike(text)).toBe(true);
		expect(neutraliseFormula(text)).toBe(`'${text}`);
	});
	it.each(['Sam', 'de Vries', '5', '', ' =x'])('%s is not', (text) =>
		expect(isFormulaLike(text)).toBe(false),
	);
});

describe('CSV', () => {
	it('writes for Dutch Excel: BOM, semicolons, decimal commas, quotes where needed', () => {
		const text = writeCsv([
			['Naam', 'Score', 'Notitie'],
			['Zoë', 2.5, 'belt liever; mailt niet'],
			[hostile, null, 'regel 1\nregel 2'],
		]);
		expect(text).toBe(
			'\uFEFFNaam;Score;Notitie\r\nZoë;2,5;"belt liever; mailt niet"\r\n"\'=HYPERLINK(""http://x"",""y"")";;"regel 1\nregel 2"\r\n',
		);
	});

	it('neutralises a formula-like name and reads it back as typed', () => {
		const text = writeCsv([[hostile]]);
		expect(text.replace('\uFEFF', '').startsWith(`"'=`)).toBe(true);
		expect(parseCsv(text)).toEqual([[hostile]]);
	});

	it("keeps a user's own apostrophe before a formula character (found by the property below)", () => {
		for (const text of ["'+", "''=1", "'a", "'"])
			expect(parseCsv(writeCsv([[text]]))).toEqual([[text]]);
	});

	it('detects the separator', () => {
		expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
		expect(detectSeparator('a,b,c')).toBe(',');
		expect(detectSeparator('"x;y",b,c')).toBe(',');
		expect(detectSeparator('a\tb\tc')).toBe('\t');
	});

	it('reads quoted fields, line breaks inside quotes, CRLF and LF, BOM', () => {
		expect(
			parseCsv('\uFEFFroepnaam;achternaam\r\n"Jan ""Jantje""";"de\nVries"\n\nLiam;Öztürk'),
		).toEqual([
			['roepnaam', 'achternaam'],
			['Jan "Jantje"', 'de\nVries'],
			[''],
			['Liam', 'Öztürk'],
		]);
	});

	it('round-trips any table of text (property)', () => {
		const table = fc.array(
			fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 5 }),
			{ minLength: 1, maxLength: 10 },
		);
		fc.assert(
			fc.property(table, fc.constantFrom(';', ',', '\t'), (rows, separator) => {
				// A row of one empty field is written as an empty line; that is what parsing gives back too.
				const expected = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, (m) => m)));
				expect(parseCsv(writeCsv(rows, { separator }), separator)).toEqual(expected);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('XLSX', () => {
	const created = new Date('2026-09-01T12:00:00Z');

	it('writes a workbook that reads back cell by cell', () => {
		const bytes = writeXlsx(
			[
				{
					name: 'Ronde 1: vóór de herfstvakantie',
					header: true,
					columnWidths: [20, 10],
					rows: [
						['Leerling', 'Contact'],
						['Zoë Öztürk', 3],
						[hostile, null],
						['  spaties  ', true],
					],
				},
				{
					name: 'Samenvatting',
					rows: [
						[
							{ value: 'Vet', bold: true },
							{ value: 'lang\nverhaal', wrap: true },
						],
					],
				},
			],
			{ title: 'Checklist', created },
		);
		const sheets = readXlsx(bytes);
		expect(sheets.map((s) => s.name)).toEqual(['Ronde 1- vóór de herfstvakantie', 'Samenvatting']);
		expect(sheets[0]!.rows).toEqual([
			['Leerling', 'Contact'],
			['Zoë Öztürk', '3'],
			[hostile],
			['  spaties  ', 'WAAR'],
		]);
		expect(sheets[1]!.rows).toEqual([['Vet', 'lang\nverhaal']]);
	});

	it('writes formula-like text as a text cell with a quote prefix, never as a formula', () => {
		const bytes = writeXlsx([{ name: 'Blad', rows: [[hostile]] }], { created });
		const sheet = new TextDecoder().decode(
			readZip(bytes, (n) => n === 'xl/worksheets/sheet1.xml').get('xl/worksheets/sheet1.xml'),
		);
		expect(sheet).not.toContain('<f>');
		expect(sheet).toContain('t="inlineStr"');
		expect(sheet).toContain('s="4"');
		expect(sheet).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
	});

	it('is the same file for the same content (reproducible downloads)', () => {
		const make = () => writeXlsx([{ name: 'A', rows: [['x']] }], { created });
		expect(make()).toEqual(make());
	});

	it('names columns and sheets as Excel wants', () => {
		expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
		expect(sheetNames(['a/b', 'A/B', '', 'x'.repeat(40)])).toEqual([
			'a-b',
			'A-B 2',
			'Blad 3',
			'x'.repeat(31),
		]);
	});

	it('reads shared strings and rich text as Excel itself writes them', () => {
		const enc = new TextEncoder();
		const bytes = zipSync({
			'[Content_Types].xml': enc.encode('<Types/>'),
			'xl/workbook.xml': enc.encode(
				'<x:workbook xmlns:x="s" xmlns:r="r"><x:sheets><x:sheet name="Klas 5A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
			),
			'xl/_rels/workbook.xml.rels': enc.encode(
				'<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
			),
			'xl/sharedStrings.xml': enc.encode(
				'<sst><si><t>Roepnaam</t></si><si><r><t>Fatima</t></r><r><t xml:space="preserve"> el</t></r><rPh><t>x</t></rPh></si><si><t>&amp;&lt;&#233;</t></si></sst>',
			),
			'xl/worksheets/sheet1.xml': enc.encode(
				'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3"><v>12</v></c></row></sheetData></worksheet>',
			),
		});
		expect(readXlsx(bytes)).toEqual([
			{ name: 'Klas 5A', rows: [['Roepnaam'], [], ['', 'Fatima el', '&<é', '12']] },
		]);
	});

	it('refuses a file that unpacks to more than the cap (zip bomb), with a Dutch message', () => {
		// The same cap logic as the default 40 MB, on a smaller scale so the test stays quick.
		expect(DEFAULT_ZIP_LIMITS.maxTotalBytes).toBe(40_000_000);
		const zeros = new Uint8Array(12 * 1024 * 1024);
		const bomb = zipSync({
			'xl/workbook.xml': [zeros, { level: 6 }],
			'[Content_Types].xml': new Uint8Array(1),
		});
		expect(bomb.length).toBeLessThan(100 * 1024);
		expect(() => readXlsx(bomb, { maxEntries: 500, maxTotalBytes: 2_000_000 })).toThrow(
			/pakt uit tot meer dan 2 MB/,
		);
	});

	it('refuses junk with a Dutch message (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (junk) => {
				expect(() => readXlsx(junk)).toThrow(expect.objectContaining({ name: 'FileProblem' }));
			}),
			{ numRuns: 300 },
		);
	}, 30_000);

	it('refuses a damaged copy of a real workbook with a Dutch message, never anything else (property)', () => {
		const good = writeXlsx(
			[
				{
					name: 'Klas',
					header: true,
					rows: [
						['Roepnaam', 'Achternaam'],
						['Sam', 'Jansen'],
					],
				},
			],
			{ created },
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: good.length - 1 }),
				fc.integer({ min: 0, max: 255 }),
				fc.integer({ min: 1, max: 40 }),
				(at, byte, length) => {
					const damaged = good.slice();
					damaged.fill(byte, at, at + length);
					try {
						const sheets = readXlsx(damaged);
						expect(Array.isArray(sheets)).toBe(true);
					} catch (error) {
						expect((error as Error).name).toBe('FileProblem');
					}
				},
			),
			{ numRuns: 400 },
		);
	}, 30_000);
});

import { describe, expect, test } from 'vitest';
import { locateDownload } from '../../../../src/lib/downloads/catalog';
import { generatedDownloads } from '../../../../src/lib/downloads/generated';

const known = {
	generated: new Set(['kaart.pdf']),
	publicFiles: new Set(['lijst.xlsx', 'kaart.pdf.bak']),
};
const ref = (file: string, format: string) => ({
	page: 'src/content/docs/gereedschappen/x.mdx',
	index: 2,
	file,
	format,
});

describe('locateDownload', () => {
	test('finds generated and public files', () => {
		expect(locateDownload(ref('kaart.pdf', 'pdf'), known)).toEqual({ origin: 'generated' });
		expect(locateDownload(ref('lijst.xlsx', 'xlsx'), known)).toEqual({ origin: 'public' });
	});

	test('a missing file names the page, the field and the file', () => {
		const found = locateDownload(ref('weg.docx', 'docx'), known);
		expect(found).toEqual({
			error: expect.stringContaining(
				'src/content/docs/gereedschappen/x.mdx: downloads.2.file "weg.docx" bestaat niet',
			),
		});
	});

	test('an extension that does not match the format is refused', () => {
		const found = locateDownload(ref('lijst.xlsx', 'csv'), known);
		expect(found).toEqual({ error: expect.stringContaining('downloads.2.format is "csv"') });
	});

	test('a name that is both generated and public is refused', () => {
		const both = { generated: new Set(['a.pdf']), publicFiles: new Set(['a.pdf']) };
		expect(locateDownload(ref('a.pdf', 'pdf'), both)).toEqual({
			error: expect.stringContaining('én wordt bij het bouwen gemaakt'),
		});
	});
});

test('every generated download makes a non-empty file of the kind its name says', async () => {
	const magic: Record<string, number[]> = {
		pdf: [0x25, 0x50, 0x44, 0x46],
		docx: [0x50, 0x4b],
		xlsx: [0x50, 0x4b],
	};
	for (const [file, generate] of Object.entries(generatedDownloads)) {
		const bytes = await generate();
		expect(bytes.byteLength, file).toBeGreaterThan(500);
		const expected = magic[file.split('.').pop()!];
		if (expected) expect([...bytes.slice(0, expected.length)], file).toEqual(expected);
	}
});

import { describe, expect, it } from 'vitest';
import { docxText, writeDocx, type Block } from '../../../../src/lib/export/docx';
import { parseXml } from '../../../../src/lib/files/xml';
import { readZip } from '../../../../src/lib/files/zip';

const PNG_1x1 = Uint8Array.from(
	atob(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	),
	(c) => c.charCodeAt(0),
);

function parts(bytes: Uint8Array) {
	return readZip(bytes, () => true);
}
const text = (bytes: Uint8Array, name: string) => new TextDecoder().decode(parts(bytes).get(name));

describe('writeDocx', () => {
	const blocks: Block[] = [
		{ type: 'title', text: 'Informatiekaart <img src=x onerror=alert(1)>' },
		{ type: 'heading', level: 2, text: 'Wanneer verwachten we u?' },
		{ type: 'paragraph', runs: ['Gewone tekst & ', { text: 'vet', bold: true }, '\nnieuwe regel'] },
		{ type: 'list', items: [['eerste'], ['tweede']], ordered: true },
		{ type: 'list', items: [['punt']] },
		{
			type: 'table',
			header: true,
			widths: [2, 1],
			rows: [
				[['Wat'], ['Wanneer']],
				[['Kennismakingsgesprek'], ['31 augustus']],
			],
		},
		{ type: 'pageBreak' },
		{ type: 'paragraph', runs: ['مرحبا بكم'], rtl: true, lang: 'ar' },
		{
			type: 'image',
			data: PNG_1x1,
			format: 'png',
			widthMm: 30,
			heightMm: 30,
			description: 'Logo van de school',
		},
	];
	const bytes = writeDocx(blocks, {
		title: 'Informatiekaart',
		page: { size: 'A5' },
		created: new Date('2026-08-01T00:00:00Z'),
	});

	it('has every part Word needs, each well-formed XML', () => {
		const files = parts(bytes);
		for (const name of [
			'[Content_Types].xml',
			'_rels/.rels',
			'word/document.xml',
			'word/styles.xml',
			'word/numbering.xml',
			'word/settings.xml',
			'word/_rels/document.xml.rels',
			'docProps/core.xml',
			'docProps/app.xml',
		]) {
			expect(files.has(name), name).toBe(true);
			expect(() => parseXml(new TextDecoder().decode(files.get(name)))).not.toThrow();
		}
		expect(files.get('word/media/image1.png')).toEqual(PNG_1x1);
	});

	it('keeps typed text as text, escaped', () => {
		const document = text(bytes, 'word/document.xml');
		expect(document).not.toContain('<img');
		expect(docxText(document)).toEqual(
			expect.arrayContaining([
				'Informatiekaart <img src=x onerror=alert(1)>',
				'Gewone tekst & vet\nnieuwe regel',
				'مرحبا بكم',
			]),
		);
	});

	it('marks Arabic paragraphs right-to-left', () => {
		const document = text(bytes, 'word/document.xml');
		expect(document).toMatch(
			/<w:pPr><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/><w:lang w:val="ar" w:bidi="ar"\/><\/w:rPr><w:t xml:space="preserve">مرحبا بكم/,
		);
	});

	it('sets the page to A5 and numbers each ordered list from 1', () => {
		const document = text(bytes, 'word/document.xml');
		expect(document).toContain('<w:pgSz w:w="8391" w:h="11906"/>');
		const numbering = text(bytes, 'word/numbering.xml');
		expect(numbering).toContain(
			'<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>',
		);
		expect(numbering).toContain('<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>');
	});

	it('drops characters that XML cannot hold instead of writing a broken file', () => {
		const odd = writeDocx([{ type: 'paragraph', runs: ['a\u0000b\u0007c\uFFFEd'] }], {
			title: 'x',
		});
		expect(() => parseXml(text(odd, 'word/document.xml'))).not.toThrow();
		expect(docxText(text(odd, 'word/document.xml'))[0]).toBe('abcd');
	});
});

import { describe, expect, it } from 'vitest';
import { docxText } from '../../../../src/lib/export/docx';
import { readZip } from '../../../../src/lib/files/zip';
import { parseXml } from '../../../../src/lib/files/xml';
import { cardDocx } from '../../../../src/lib/informatiekaart/word';
import { filledCard, PAYLOAD } from './fixtures';

const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const documentXml = (bytes: Uint8Array) =>
	new TextDecoder().decode(readZip(bytes, () => true).get('word/document.xml'));

describe('cardDocx', () => {
	it('holds the school name and everything on the card, as text', () => {
		const card = filledCard({ school: { ...filledCard().school, name: PAYLOAD } });
		const xml = documentXml(cardDocx(card, new Date('2026-06-01T00:00:00Z')));
		expect(() => parseXml(xml)).not.toThrow();
		expect(xml).not.toContain('<img');
		const text = docxText(xml).map((line) => line.replace(/\u2009/g, ' '));
		expect(text[0]).toBe(PAYLOAD);
		for (const expected of [
			'Zo bereikt u ons',
			'Hier verwachten we alle ouders',
			'Kennismakingsgesprek · di 8 sep · 15:00–15:20',
			'Vakanties en studiedagen',
			'Herfstvakantie · ma 19 – vr 23 okt',
			'Is uw kind ziek? Meld het vóór 08:15.',
			'Tot ziens!',
		]) {
			expect(text).toContain(expected);
		}
	});

	it('is A5', () => {
		const xml = documentXml(cardDocx(filledCard()));
		expect(xml).toMatch(/<w:pgSz w:w="8391" w:h="11906"\/>/);
	});

	it('writes Arabic translations as right-to-left paragraphs beside the Dutch', () => {
		const xml = documentXml(cardDocx(filledCard({ language: 'ar', languageLayout: 'side' })));
		const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
		const arabic = paragraphs.filter((p) => /[\u0600-\u06ff]/.test(p));
		expect(arabic.length).toBeGreaterThan(5);
		for (const p of arabic) {
			expect(p).toContain('<w:bidi/>');
			expect(p).toContain('w:bidi="ar"');
		}
		const dutch = paragraphs.find((p) => p.includes('Zo bereikt u ons'))!;
		expect(dutch).not.toContain('<w:bidi/>');
	});

	it('takes the logo along', () => {
		const card = filledCard({
			school: {
				...filledCard().school,
				logo: { dataUrl: `data:image/png;base64,${PNG}`, width: 200, height: 100 },
			},
		});
		const files = readZip(cardDocx(card), () => true);
		expect(files.has('word/media/image1.png')).toBe(true);
		expect(documentXml(cardDocx(card))).toContain('descr="Logo van de school"');
	});
});

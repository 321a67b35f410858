import { describe, expect, it } from 'vitest';
import { PdfDocument, textWidthMm, wrapText } from '../../../../src/lib/export/pdf';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('pdf writer', () => {
	it('measures text with the Helvetica widths', () => {
		// "Hallo" in Helvetica: H 722 + a 556 + l 222 + l 222 + o 556 = 2278 units; at 10 pt that is 22.78 pt.
		expect(textWidthMm('Hallo', 10)).toBeCloseTo((22.78 * 25.4) / 72, 5);
		expect(textWidthMm('é', 10)).toBeCloseTo(textWidthMm('e', 10), 5);
		expect(textWidthMm('Hallo', 10, true)).toBeGreaterThan(textWidthMm('Hallo', 10));
	});

	it('wraps at spaces to fit a width', () => {
		const lines = wrapText(
			'een twee drie vier vijf zes zeven acht',
			textWidthMm('een twee drie', 10) + 0.1,
			10,
		);
		expect(lines).toEqual(['een twee drie', 'vier vijf zes', 'zeven acht']);
	});

	it('escapes brackets and backslashes, and encodes Western European letters', () => {
		const pdf = new PdfDocument({ title: 'Test (1)', created: new Date('2026-01-01T00:00:00Z') });
		pdf.addPage(148, 210).text(10, 10, 'Ouders (allemaal) \\ één – €5', { size: 10 });
		const text = latin1(pdf.toBytes());
		expect(text).toContain('(Ouders \\(allemaal\\) \\\\ \u00e9\u00e9n \u0096 \u0080' + '5) Tj');
		expect(text).toContain('/Title <FEFF');
	});

	it('refuses a character the standard fonts cannot print', () => {
		const page = new PdfDocument({ title: 't' }).addPage(148, 210);
		expect(() => page.text(10, 10, 'مرحبا', { size: 10 })).toThrow(/kan niet in deze PDF/);
		expect(() => page.text(10, 10, 'ğ', { size: 10 })).toThrow();
	});

	it('writes ĳ as ij', () => {
		const pdf = new PdfDocument({ title: 't' });
		pdf.addPage(148, 210).text(10, 10, 'ĳs', { size: 10 });
		expect(latin1(pdf.toBytes())).toContain('(ijs) Tj');
	});
});

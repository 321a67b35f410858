import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../../src/lib/export/docx';
import { readZip } from '../../../../src/lib/files/zip';
import {
	BLANK_PAGE,
	blankCardBottom,
	blankCardDocx,
	blankCardPdf,
} from '../../../../src/lib/informatiekaart/blank';
import { CARD_LABELS } from '../../../../src/lib/informatiekaart/labels';

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

function hasPdftotext(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const HEADINGS = (
	[
		'contactHeading',
		'momentsHeading',
		'activitiesHeading',
		'illnessHeading',
		'holidaysHeading',
		'cardTitle',
	] as const
).map((key) => CARD_LABELS.nl[key]);

describe('blank card, PDF', () => {
	const bytes = blankCardPdf();
	const text = latin1(bytes);

	it('is a one-page A5 PDF whose cross-reference table points at its objects', () => {
		expect(text.startsWith('%PDF-1.4\n')).toBe(true);
		expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
		expect(text).toContain('/MediaBox [0 0 419.53 595.28]');
		expect(text).toContain('/Count 1');
		const startxref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
		expect(text.slice(startxref, startxref + 4)).toBe('xref');
		const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
			Number(m[1]),
		);
		expect(entries.length).toBeGreaterThan(5);
		entries.forEach((offset, i) =>
			expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`),
		);
		for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
			const start = match.index! + match[0].length;
			expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe(
				'\nendstream',
			);
		}
	});

	it('stays within the page’s margins', () => {
		expect(blankCardBottom()).toBeLessThanOrEqual(BLANK_PAGE.height - BLANK_PAGE.margin);
	});

	it('is the same file on every build', () => {
		expect(blankCardPdf()).toEqual(bytes);
	});

	it('writes Dutch accents in WinAnsi', () => {
		// "vóór": ó is 0xF3 in WinAnsi.
		expect(text).toContain('(Meld het v\u00f3\u00f3r ) Tj');
	});

	it.runIf(hasPdftotext())('reads back with the card’s headings (pdftotext)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'blank-card-'));
		const file = join(dir, 'kaart.pdf');
		writeFileSync(file, bytes);
		const extracted = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		for (const heading of HEADINGS) expect(extracted).toContain(heading);
		expect(extracted).toContain('Meld het vóór');
	});
});

describe('blank card, Word', () => {
	it('has the card’s headings and tables to fill in, on A5', () => {
		const files = readZip(blankCardDocx(), () => true);
		const xml = new TextDecoder().decode(files.get('word/document.xml'));
		const text = docxText(xml);
		for (const heading of HEADINGS) expect(text).toContain(heading);
		expect(xml).toMatch(/<w:pgSz w:w="8391" w:h="11906"\/>/);
		expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
	});

	it('is the same file on every build', () => {
		expect(blankCardDocx()).toEqual(blankCardDocx());
	});
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/** The page's own count of `window.print()` calls, kept by the recorder. */
interface Recorded {
	__printCalls?: number;
}

/**
 * Printing in tests, one way for every print test. A print button calls `window.print()`; under
 * test that starts the browser's own print job, and a `page.pdf()` made while it runs fails with
 * "Page is already being printed", or not, depending on how busy the machine is. So the recorder
 * replaces `window.print` (in this page and every page loaded after) with a counter: a test clicks,
 * waits until the page has asked to print (which proves the button opens the print dialog), and
 * only then makes the PDF itself, from the same print style sheet.
 */
export class PrintRecorder {
	private constructor(readonly page: Page) {}

	static async start(page: Page): Promise<PrintRecorder> {
		const install = () => {
			const recorded = window as unknown as Recorded;
			recorded.__printCalls = 0;
			window.print = () => {
				recorded.__printCalls = (recorded.__printCalls ?? 0) + 1;
			};
		};
		await page.addInitScript(install);
		await page.evaluate(install);
		return new PrintRecorder(page);
	}

	/** How often the page has called `window.print()` since it was loaded. */
	calls(): Promise<number> {
		return this.page.evaluate(() => (window as unknown as Recorded).__printCalls ?? 0);
	}

	/** Clicks the button, waits until the page asked to print, then returns what it prints, as a PDF. */
	async printFrom(button: Locator, options: PdfOptions = {}): Promise<Buffer> {
		const before = await this.calls();
		await button.click();
		await expect
			.poll(() => this.calls(), { message: 'the page opens the print dialog' })
			.toBe(before + 1);
		return this.page.pdf({ preferCSSPageSize: true, ...options });
	}
}

function pdfFile(bytes: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'print.pdf');
	writeFileSync(file, bytes);
	return file;
}

/** The text of a PDF, laid out as on paper (`pdftotext -layout`). */
export function pdfText(bytes: Buffer): string {
	return execFileSync('pdftotext', ['-layout', pdfFile(bytes), '-'], { encoding: 'utf8' });
}

/** The text of each page of a PDF that has any. */
export function pdfPageTexts(bytes: Buffer): string[] {
	return pdfText(bytes)
		.split('\f')
		.filter((page) => page.trim());
}

/** What `pdfinfo` says about a PDF (page size, page count). */
export function pdfInfo(bytes: Buffer): string {
	return execFileSync('pdfinfo', [pdfFile(bytes)], { encoding: 'utf8' });
}

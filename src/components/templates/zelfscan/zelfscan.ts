/**
 * The zelfscan in the browser: the scans (loaded, saved as the user works, in the kit's record),
 * the form, the result per cluster, the comparison with another scan, the advice, print and JSON.
 * The factors, their level descriptions and the tools and activities per factor come from the
 * build, in the root's `data-scan`.
 */
import { comparedScan, currentScan, scanName, scanType, scansByDate, type ScanBook } from '../../../lib/zelfscan/scan';
import { safeFileName } from '../../../lib/files/file-name';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { drawChooser, drawRatings, type ScanHost } from './form';
import { renderAdvice, renderReport, renderResult, resultSummary, type ScanData } from './views';

const root = required(document, '[data-zelfscan]');
const data = JSON.parse(root.dataset.scan ?? '{}') as ScanData;
const dataBlock = required(root, '[data-template-data]');
const chooser = required(root, '[data-choose]');
const form = required(root, '[data-form]');
const formStatus = required(root, '[data-form-status]');
const resultStatus = required(root, '[data-result-status]');
const compareBox = required(root, '[data-compare]');
const resultBox = required(root, '[data-result]');
const adviceBox = required(root, '[data-advice]');
const exportStatus = required(root, '[data-export-status]');

const printRoot = h('div', { class: 'zs-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

let book: ScanBook;
let record: RecordController<ScanBook> | undefined;

const announce = (element: HTMLElement, message: string) => {
	element.textContent = '';
	requestAnimationFrame(() => (element.textContent = message));
};

let lastSummary = '';
function drawResults(): void {
	replaceChildren(resultBox, renderResult(book, data));
	replaceChildren(adviceBox, renderAdvice(book, data));
	replaceChildren(printRoot, renderReport(book, data));
	const summary = resultSummary(book, data);
	if (summary !== lastSummary) {
		lastSummary = summary;
		resultStatus.textContent = summary;
	}
}

/** The choice of a scan to compare with: none, or any other scan. */
function drawCompare(): void {
	const current = currentScan(book);
	const others = scansByDate(book).filter((s) => s.id !== current.id);
	if (others.length === 0) {
		replaceChildren(compareBox, h('p', { class: 'gk-field__hint' }, 'Heb je eerder een scan gedaan, bijvoorbeeld vorig jaar? Begin dan een nieuwe scan of lees de oude in; dan kun je ze hier vergelijken.'));
		return;
	}
	const select = h('select', { id: 'zs-compare' }, h('option', { value: '' }, 'Niet vergelijken'), others.map((s) => h('option', { value: s.id }, scanName(s))));
	select.value = comparedScan(book)?.id ?? '';
	select.addEventListener('change', () => {
		book = { ...book, compareId: select.value };
		record?.update(book);
		drawResults();
		const other = comparedScan(book);
		announce(formStatus, other ? `Vergeleken met de ${scanName(other).charAt(0).toLowerCase()}${scanName(other).slice(1)}.` : 'Niet meer vergeleken.');
	});
	replaceChildren(compareBox, h('div', { class: 'gk-field zs-compare' }, h('label', { for: 'zs-compare' }, 'Vergelijken met'), select));
}

const TYPING_PAUSE_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;

const host: ScanHost = {
	get book() {
		return book;
	},
	data,
	change(next) {
		book = next;
		record?.update(next);
		clearTimeout(timer);
		timer = setTimeout(() => {
			drawResults();
			drawCompare();
		}, TYPING_PAUSE_MS);
	},
	restructure(next, focusId, message) {
		book = next;
		record?.replace(next);
		if (focusId) document.getElementById(focusId)?.focus();
		if (message) announce(formStatus, message);
	},
	say: (message) => announce(formStatus, message),
};

record = mountRecord(dataBlock, {
	type: scanType,
	render(next) {
		book = next;
		clearTimeout(timer);
		drawChooser(chooser, host);
		drawRatings(form, host);
		drawCompare();
		drawResults();
	},
	backupFileName: () => safeFileName('zelfscan succesfactoren', 'json', 'zelfscan'),
});

form.addEventListener('submit', (event) => event.preventDefault());
window.addEventListener('beforeprint', () => replaceChildren(printRoot, renderReport(book, data)));
required(root, '[data-export-print]').addEventListener('click', () => {
	record?.flush();
	replaceChildren(printRoot, renderReport(book, data));
	announce(exportStatus, 'Het printvenster is geopend: kies papierformaat A4.');
	window.print();
});
required(root, '[data-export-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-export]').click());
required(root, '[data-import-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-import]').click());

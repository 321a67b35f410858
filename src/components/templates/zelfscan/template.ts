/**
 * The zelfscan succesfactoren on the kit's shell: the scans (choose, start, remove), the ratings,
 * the result per cluster, the comparison with another scan, the advice, and the printed report.
 * The factors, their level descriptions and the tools and activities per factor come from the
 * build, in the root's `data-scan`.
 */
import type { SelfScanData } from '../../../data/self-scan';
import { safeFileName } from '../../../lib/files/file-name';
import { scanType, type ScanBook } from '../../../lib/zelfscan/scan';
import { replaceChildren } from '../kit/dom';
import { bindBackupButtons, defineTemplate, type TemplateContext } from '../kit/template';
import { bindChooser, fillChooser } from './chooser';
import { drawCompare } from './compare';
import { bindRatings, fillRatings } from './ratings';
import { renderResult } from './result-tables';
import { renderAdvice, renderReport, resultSummary } from './results';

type Ctx = TemplateContext<ScanBook>;

/** After typing, the results follow once the user pauses this long. */
const TYPING_PAUSE_MS = 150;

export const template = defineTemplate({
	name: 'zelfscan',
	type: scanType,
	backupFileName: () => safeFileName('zelfscan succesfactoren', 'json', 'zelfscan'),
	setup,
});

function setup(ctx: Ctx) {
	const data = JSON.parse(ctx.root.dataset.scan ?? '{}') as SelfScanData;
	ctx.printRoot.classList.add('zs-print');
	const print = () => replaceChildren(ctx.printRoot, renderReport(ctx.data, data));

	const drawResults = () => {
		ctx.part('[data-result-status]').textContent = resultSummary(ctx.data, data);
		replaceChildren(ctx.part('[data-result]'), renderResult(ctx.data, data));
		replaceChildren(ctx.part('[data-advice]'), renderAdvice(ctx.data, data));
		print();
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** A change within the current scan: saved; the results and the compare list follow after a pause. */
	const edit = (next: ScanBook) => {
		ctx.update(next);
		clearTimeout(timer);
		timer = setTimeout(() => {
			drawResults();
			drawCompare(ctx, drawResults);
		}, TYPING_PAUSE_MS);
	};

	ctx.part('[data-form]').addEventListener('submit', (event) => event.preventDefault());
	bindBackupButtons(ctx);
	bindChooser(ctx, edit);
	bindRatings(ctx, edit);

	return {
		render(): void {
			clearTimeout(timer);
			fillChooser(ctx);
			fillRatings(ctx);
			drawCompare(ctx, drawResults);
			drawResults();
		},
		print,
		actions: {
			print: { print: true, run: () => 'Het printvenster is geopend: kies papierformaat A4.' },
		},
	};
}

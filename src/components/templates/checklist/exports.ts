/**
 * Downloads of the checklist for the chosen class: Excel (a sheet per round, the comparison, a
 * summary) and CSV (all rounds under each other). The spreadsheet writers are fetched only when
 * the teacher asks for a file, so the page itself stays light.
 */
import type { Checklist } from '../../../lib/checklist/checklist';
import { safeFileName } from '../../../lib/files/file-name';
import type { SchoolClass } from '../../../lib/roster/class-list';
import { required } from '../kit/dom';
import { downloadFile } from '../kit/download';

export interface ExportHost {
	readonly data: Checklist;
	readonly schoolClass: SchoolClass | undefined;
	/** Saves now, before a file is made from the data. */
	flush(): void;
}

export function mountExports(root: HTMLElement, host: ExportHost): void {
	const status = required(root, '[data-export-status]');
	const say = (message: string) => {
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	};
	const baseName = () => `checklist oudercontact ${host.schoolClass?.name ?? ''}`;

	const action = (selector: string, make: () => Promise<string>) => {
		const button = required<HTMLButtonElement>(root, selector);
		button.addEventListener('click', async () => {
			host.flush();
			button.disabled = true;
			try {
				say(await make());
			} catch {
				say('Het bestand kon niet worden gemaakt. Herlaad de pagina en probeer het opnieuw; je gegevens blijven bewaard.');
			} finally {
				button.disabled = false;
			}
		});
	};

	action('[data-export-xlsx]', async () => {
		const [{ writeXlsx, XLSX_MIME }, { checklistSheets }] = await Promise.all([import('../../../lib/export/xlsx'), import('../../../lib/checklist/tables')]);
		const pupils = host.schoolClass?.pupils ?? [];
		const bytes = writeXlsx(checklistSheets(host.data, pupils, host.schoolClass?.name ?? ''), { title: `Checklist oudercontact ${host.schoolClass?.name ?? ''}`.trim() });
		downloadFile(bytes, safeFileName(baseName(), 'xlsx', 'checklist-oudercontact'), XLSX_MIME);
		return 'Het Excel-bestand staat in je downloads.';
	});

	action('[data-export-csv]', async () => {
		const [{ writeCsv }, { csvRows }] = await Promise.all([import('../../../lib/export/csv'), import('../../../lib/checklist/tables')]);
		downloadFile(writeCsv(csvRows(host.data, host.schoolClass?.pupils ?? [])), safeFileName(baseName(), 'csv', 'checklist-oudercontact'), 'text/csv;charset=utf-8');
		return 'Het CSV-bestand staat in je downloads.';
	});
}

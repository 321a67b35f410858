/**
 * Downloads of the checklist for the chosen class: Excel (a sheet per round, the comparison, a
 * summary) and CSV (all rounds under each other), as the template's declared actions. The
 * spreadsheet writers are fetched only when the teacher asks for a file, so the page stays light.
 */
import type { Checklist } from '../../../lib/checklist/checklist';
import { safeFileName } from '../../../lib/files/file-name';
import { downloadFile } from '../kit/download';
import type { TemplateAction, TemplateContext } from '../kit/template';

export function exportActions(
	ctx: TemplateContext<Checklist>,
): Record<'xlsx' | 'csv', TemplateAction> {
	const className = () => ctx.schoolClass?.name ?? '';
	const pupils = () => ctx.schoolClass?.pupils ?? [];
	const fileName = (extension: string) =>
		safeFileName(`checklist oudercontact ${className()}`, extension, 'checklist-oudercontact');
	return {
		xlsx: {
			busy: 'Het Excel-bestand wordt gemaakt…',
			run: async () => {
				const [{ writeXlsx, XLSX_MIME }, { checklistSheets }] = await Promise.all([
					import('../../../lib/export/xlsx'),
					import('../../../lib/checklist/tables'),
				]);
				const bytes = writeXlsx(checklistSheets(ctx.data, pupils(), className()), {
					title: `Checklist oudercontact ${className()}`.trim(),
				});
				downloadFile(bytes, fileName('xlsx'), XLSX_MIME);
				return 'Het Excel-bestand staat in je downloads.';
			},
		},
		csv: {
			busy: 'Het CSV-bestand wordt gemaakt…',
			run: async () => {
				const [{ writeCsv }, { csvRows }] = await Promise.all([
					import('../../../lib/export/csv'),
					import('../../../lib/checklist/tables'),
				]);
				downloadFile(
					writeCsv(csvRows(ctx.data, pupils())),
					fileName('csv'),
					'text/csv;charset=utf-8',
				);
				return 'Het CSV-bestand staat in je downloads.';
			},
		},
	};
}

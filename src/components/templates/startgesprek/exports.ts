/**
 * Part 6 of the planner, printing and downloads: the print sheet (the letters, one per page, or the
 * schedule), the Word file with every letter, and the calendar file with every conversation.
 */
import { safeFileName } from '../../../lib/files/file-name';
import { classLetters } from '../../../lib/startgesprek/letters-list';
import { plural } from '../../../lib/text';
import { replaceChildren } from '../kit/dom';
import { downloadFile } from '../kit/download';
import { UserProblem, type TemplateAction } from '../kit/template';
import { letterSheets } from './letters';
import { scheduleSheet } from './schedule';
import { planOf, type Ctx } from './view';

const printsSchedule = (ctx: Ctx) =>
	ctx
		.parts<HTMLInputElement>('[data-print-mode]')
		.some((mode) => mode.checked && mode.value === 'schedule');

/** Fills the print sheet with what the teacher chose to print; kept current as the plan changes. */
export function fillPrintSheet(ctx: Ctx): void {
	if (!ctx.schoolClass) replaceChildren(ctx.printRoot);
	else replaceChildren(ctx.printRoot, printsSchedule(ctx) ? scheduleSheet(ctx) : letterSheets(ctx));
}

/** "startgesprekken-groep-5" */
const baseName = (ctx: Ctx) =>
	safeFileName(`startgesprekken ${ctx.schoolClass?.name ?? ''}`, 'x', 'startgesprekken').replace(
		/\.x$/,
		'',
	);

const chosenClass = (ctx: Ctx) => {
	if (!ctx.schoolClass) throw new UserProblem('Kies eerst een klas.');
	return ctx.schoolClass;
};

/** The buttons of part 6: "Afdrukken…", the Word file and the calendar file. */
export function exportActions(ctx: Ctx): Record<string, TemplateAction> {
	return {
		print: {
			print: true,
			run: () => {
				if (printsSchedule(ctx)) return 'Het printvenster is geopend met het rooster.';
				const letters = classLetters(ctx.data, planOf(ctx), chosenClass(ctx)).length;
				return `Het printvenster is geopend met ${plural(letters, 'brief', 'brieven')}, elk op een eigen pagina.`;
			},
		},
		docx: {
			busy: 'Het Word-bestand wordt gemaakt…',
			run: async () => {
				const schoolClass = chosenClass(ctx);
				const letters = classLetters(ctx.data, planOf(ctx), schoolClass);
				if (letters.length === 0)
					throw new UserProblem(
						'Er zijn nog geen leerlingen ingedeeld, dus er zijn geen brieven. Deel eerst de gezinnen in.',
					);
				// The Word writer (and its ZIP code) is fetched only now.
				const [{ lettersDocx }, { DOCX_MIME }] = await Promise.all([
					import('../../../lib/startgesprek/word'),
					import('../../../lib/export/docx'),
				]);
				downloadFile(
					lettersDocx(letters, `Uitnodigingen startgesprek ${schoolClass.name}`),
					`${baseName(ctx)}-brieven.docx`,
					DOCX_MIME,
				);
				return `Het Word-bestand met ${plural(letters.length, 'brief', 'brieven')} staat in je downloads.`;
			},
		},
		ics: {
			busy: 'Het agendabestand wordt gemaakt…',
			run: async () => {
				const schoolClass = chosenClass(ctx);
				const [{ scheduleEvents }, { writeIcs }] = await Promise.all([
					import('../../../lib/startgesprek/calendar'),
					import('../../../lib/export/ics'),
				]);
				const events = scheduleEvents(planOf(ctx), schoolClass);
				if (events.length === 0)
					throw new UserProblem(
						'Er zijn nog geen leerlingen ingedeeld, dus er is geen agenda gemaakt.',
					);
				downloadFile(
					writeIcs(events, { calendarName: `Startgesprekken ${schoolClass.name}` }),
					`${baseName(ctx)}.ics`,
					'text/calendar',
				);
				return `Het agendabestand met ${plural(events.length, 'gesprek', 'gesprekken')} staat in je downloads.`;
			},
		},
	};
}

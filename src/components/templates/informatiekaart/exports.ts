/**
 * What the team takes away, as the shell's declared actions: the printed card (A5, or two on A4), a
 * Word file and a calendar file. The Word and calendar writers are loaded only when asked for, so
 * the page itself stays light. The card as a JSON file for next year is the data bar's backup.
 */
import type { Card } from '../../../lib/informatiekaart/card';
import { safeFileName } from '../../../lib/files/file-name';
import { plural } from '../../../lib/text';
import { downloadFile } from '../kit/download';
import { UserProblem, type TemplateAction, type TemplateContext } from '../kit/template';

/** "informatiekaart De Regenboog Groep 5": the base of every file name. */
export const baseName = (card: Card) =>
	['informatiekaart', card.school.name, card.school.className]
		.filter((part) => part.trim())
		.join(' ');

const fileName = (card: Card, extension: string) =>
	safeFileName(baseName(card), extension, 'informatiekaart');

export function cardActions(ctx: TemplateContext<Card>): Record<string, TemplateAction> {
	return {
		print: {
			print: true,
			run: () =>
				ctx.data.printLayout === 'a5'
					? 'Het printvenster is geopend: kies papierformaat A5.'
					: 'Het printvenster is geopend: kies papierformaat A4, liggend.',
		},
		docx: {
			busy: 'Het Word-bestand wordt gemaakt…',
			run: async () => {
				// The Word writer (and its ZIP library) is fetched only now.
				const [{ cardDocx }, { DOCX_MIME }] = await Promise.all([
					import('../../../lib/informatiekaart/word'),
					import('../../../lib/export/docx'),
				]);
				downloadFile(cardDocx(ctx.data), fileName(ctx.data, 'docx'), DOCX_MIME);
				return 'Het Word-bestand staat in je downloads.';
			},
		},
		ics: {
			busy: 'Het agendabestand wordt gemaakt…',
			run: async () => {
				const [{ cardCalendar }, { writeIcs }] = await Promise.all([
					import('../../../lib/informatiekaart/calendar'),
					import('../../../lib/export/ics'),
				]);
				const calendar = cardCalendar(ctx.data);
				const skipped = calendar.skipped.join(' ');
				if (calendar.events.length === 0) {
					throw new UserProblem(
						`Er staat nog geen datum op de kaart, dus er is geen agenda gemaakt. Vul bij de contactmomenten of de vakanties een datum in.${skipped ? ` ${skipped}` : ''}`,
					);
				}
				downloadFile(
					writeIcs(calendar.events, { calendarName: calendar.calendarName }),
					fileName(ctx.data, 'ics'),
					'text/calendar',
				);
				return `Het agendabestand met ${plural(calendar.events.length, 'afspraak', 'afspraken')} staat in je downloads.${skipped ? ` Niet in de agenda: ${skipped}` : ''}`;
			},
		},
	};
}

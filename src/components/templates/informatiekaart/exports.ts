/**
 * What the team takes away: the printed card (A5, or two on A4), a Word file, a calendar file, and
 * the card as a JSON file for next year (the data block's backup). The Word and calendar writers
 * are loaded only when asked for, so the page itself stays light.
 */
import type { Card, PrintLayout } from '../../../lib/informatiekaart/card';
import { safeFileName } from '../../../lib/files/file-name';
import { required } from '../kit/dom';
import { downloadFile } from '../kit/download';

export interface ExportHost {
	readonly card: Card;
	/** Saves now (before a file is made from the data). */
	flush(): void;
	/** Takes a change that is not typed in the form (the print layout). */
	change(next: Card): void;
	/** Makes sure the print sheet shows the current card in the chosen layout. */
	preparePrint(): void;
}

const baseName = (card: Card) => ['informatiekaart', card.school.name, card.school.className].filter((part) => part.trim()).join(' ');

export function mountExports(root: HTMLElement, dataBlock: HTMLElement, host: ExportHost): { sync(card: Card): void } {
	const status = required(root, '[data-export-status]');
	const layouts = [...root.querySelectorAll<HTMLInputElement>('input[name="ik-print-layout"]')];
	const say = (message: string) => {
		// Cleared first, so the same message is announced again after a second click.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	};

	for (const input of layouts) {
		input.addEventListener('change', () => {
			if (input.checked) host.change({ ...host.card, printLayout: input.value as PrintLayout });
		});
	}

	required<HTMLButtonElement>(root, '[data-export-print]').addEventListener('click', () => {
		host.flush();
		host.preparePrint();
		say(host.card.printLayout === 'a5' ? 'Het printvenster is geopend: kies papierformaat A5.' : 'Het printvenster is geopend: kies papierformaat A4, liggend.');
		window.print();
	});

	const docxButton = required<HTMLButtonElement>(root, '[data-export-docx]');
	docxButton.addEventListener('click', async () => {
		host.flush();
		docxButton.disabled = true;
		try {
			// The Word writer (and its ZIP library) is fetched only now.
			const [{ cardDocx }, { DOCX_MIME }] = await Promise.all([import('../../../lib/informatiekaart/word'), import('../../../lib/export/docx')]);
			downloadFile(cardDocx(host.card), safeFileName(baseName(host.card), 'docx', 'informatiekaart'), DOCX_MIME);
			say('Het Word-bestand staat in je downloads.');
		} catch {
			say('Het Word-bestand kon niet worden gemaakt. Herlaad de pagina en probeer het opnieuw; je gegevens blijven bewaard.');
		} finally {
			docxButton.disabled = false;
		}
	});

	required<HTMLButtonElement>(root, '[data-export-ics]').addEventListener('click', async () => {
		host.flush();
		const [{ cardCalendar }, { writeIcs }] = await Promise.all([import('../../../lib/informatiekaart/calendar'), import('../../../lib/export/ics')]);
		const calendar = cardCalendar(host.card);
		if (calendar.events.length === 0) {
			say(`Er staat nog geen datum op de kaart, dus er is geen agenda gemaakt. Vul bij de contactmomenten of de vakanties een datum in.${calendar.skipped.length ? ` ${calendar.skipped.join(' ')}` : ''}`);
			return;
		}
		downloadFile(writeIcs(calendar.events, { calendarName: calendar.calendarName }), safeFileName(baseName(host.card), 'ics', 'informatiekaart'), 'text/calendar');
		const count = calendar.events.length === 1 ? '1 afspraak' : `${calendar.events.length} afspraken`;
		say(`Het agendabestand met ${count} staat in je downloads.${calendar.skipped.length ? ` Niet in de agenda: ${calendar.skipped.join(' ')}` : ''}`);
	});

	// The card as a file is the data block's backup: one way to save and load, with its checks.
	required<HTMLButtonElement>(root, '[data-export-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-export]').click());
	required<HTMLButtonElement>(root, '[data-import-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-import]').click());

	return {
		sync(card: Card) {
			for (const input of layouts) input.checked = input.value === card.printLayout;
		},
	};
}

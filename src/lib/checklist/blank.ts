/**
 * The blank checklist oudercontact as an Excel file, made at build time from the same item
 * definitions as the page (`items.ts`), for teams that fill it in on paper or in Excel: a sheet
 * that explains the items and the scale, and a sheet per default round with a numbered row per
 * pupil. Pure: the same bytes on every build.
 */
import { writeXlsx, type Cell, type Sheet } from '../export/xlsx';
import { DEFAULT_ROUND_NAMES, DEFAULT_SCALE, SCHOOL_SET, type ItemSet } from './items';

/** Rows for pupils on each round's sheet: a large class, with room to spare. */
export const BLANK_ROWS = 32;

/** A fixed date in the file's properties, so each build makes the same file. */
const CREATED = new Date('2026-08-01T00:00:00Z');

const bold = (value: string): Cell => ({ value, bold: true });

/** The sheets of the blank list for an item set (the school set by default). */
function blankChecklistSheets(set: ItemSet = SCHOOL_SET): Sheet[] {
	const groupTitle = (id: string) => set.groups.find((group) => group.id === id)?.title ?? '';
	const explanation: Cell[][] = [
		[bold('Checklist oudercontact'), ''],
		[
			'Vul per leerling in hoe goed je de ouders kent en hoe jullie samenwerken. Doe dat vóór de herfstvakantie en opnieuw na de kerstvakantie, elk op een eigen blad, en vergelijk dan de scores.',
		],
		[
			'Geef per onderwerp een score van de schaal hieronder. Schrijf bij elke leerling een verbeterstap: wat ga je doen om het contact te versterken?',
		],
		[
			'De invulpagina op de site rekent de gemiddelden uit, vergelijkt de rondes en bewaart alles alleen op je eigen apparaat.',
		],
		[],
		[bold('Schaal'), bold('Betekenis')],
		...DEFAULT_SCALE.map((point): Cell[] => [point.value, point.label]),
		[],
		[bold('Groep'), bold('Onderwerp'), bold('Wat je nagaat')],
		...set.items.map((item): Cell[] => [
			groupTitle(item.group),
			item.short,
			{ value: item.text, wrap: true },
		]),
	];
	const header: Cell[] = [
		bold('Nr.'),
		bold('Leerling'),
		...set.items.map((item): Cell => ({
			value: `${groupTitle(item.group)}: ${item.short}`,
			bold: true,
			wrap: true,
		})),
		bold('Notitie'),
		bold('Verbeterstap'),
	];
	const round = (name: string): Sheet => ({
		name,
		header: true,
		rows: [header, ...Array.from({ length: BLANK_ROWS }, (_, index): Cell[] => [index + 1])],
		columnWidths: [5, 24, ...set.items.map(() => 16), 36, 36],
	});
	return [
		{ name: 'Uitleg', rows: explanation, columnWidths: [30, 34, 80] },
		...DEFAULT_ROUND_NAMES.map(round),
	];
}

/** The blank list as the bytes of an .xlsx file. */
export function blankChecklistXlsx(): Uint8Array<ArrayBuffer> {
	return writeXlsx(blankChecklistSheets(), {
		title: 'Checklist oudercontact (leeg)',
		created: CREATED,
	});
}

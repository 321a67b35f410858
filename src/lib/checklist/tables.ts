/**
 * The checklist as rows for the spreadsheet files: a sheet per round, the comparison of the first
 * and the last round, and a summary per item (with the scale and the items explained); for CSV all
 * rounds under each other. Names come from the class list. Cells are plain values; the writers in
 * `lib/export` make formula-like text harmless.
 */
import type { Sheet } from '../export/xlsx';
import type { Pupil } from '../roster/class-list';
import type { Checklist, Round } from './checklist';
import { average, comparePupil, SIGNAL_TEXT, summarise } from './compare';

type Value = string | number | null;

const oneDecimal = (value: number | undefined): Value =>
	value === undefined ? null : Math.round(value * 10) / 10;

const nameCells = (pupil: Pupil): Value[] => [pupil.firstName, pupil.infix, pupil.lastName];
const NAME_HEADINGS = ['Roepnaam', 'Tussenvoegsel', 'Achternaam'];

/** Heading and rows of one round: a row per pupil, a column per item. */
function roundRows(data: Checklist, round: Round, pupils: readonly Pupil[]): Value[][] {
	const itemIds = data.items.map((item) => item.id);
	return [
		[
			'Nr.',
			...NAME_HEADINGS,
			...data.items.map((item) => item.short),
			'Gemiddelde',
			'Notitie',
			'Verbeterstap',
		],
		...pupils.map((pupil, index) => {
			const entry = round.entries[pupil.id];
			return [
				index + 1,
				...nameCells(pupil),
				...itemIds.map((id) => entry?.scores[id] ?? null),
				oneDecimal(entry ? average(entry.scores, itemIds) : undefined),
				entry?.note ?? '',
				entry?.step ?? '',
			];
		}),
	];
}

/** Heading and rows of the comparison of two rounds. */
function compareRows(data: Checklist, from: Round, to: Round, pupils: readonly Pupil[]): Value[][] {
	return [
		[
			...NAME_HEADINGS,
			...data.items.flatMap((item) => [
				`${item.short} (${from.name})`,
				`${item.short} (${to.name})`,
			]),
			`Gemiddelde ${from.name}`,
			`Gemiddelde ${to.name}`,
			'Verandering',
			'Aandacht',
			'Verbeterstap',
		],
		...pupils.map((pupil) => {
			const c = comparePupil(data, from, to, pupil.id);
			return [
				...nameCells(pupil),
				...c.items.flatMap((item) => [item.from ?? null, item.to ?? null]),
				oneDecimal(c.fromAverage),
				oneDecimal(c.toAverage),
				oneDecimal(c.change),
				c.complete
					? c.signals.map((s) => SIGNAL_TEXT[s]).join(', ')
					: 'Nog niet in beide rondes ingevuld',
				to.entries[pupil.id]?.step || from.entries[pupil.id]?.step || '',
			];
		}),
	];
}

/** The class per item in every round (average and number of low scores), then the scale and the items explained. */
function summaryRows(data: Checklist, pupils: readonly Pupil[], className: string): Value[][] {
	const summary = summarise(
		data,
		data.rounds,
		pupils.map((p) => p.id),
	);
	const groupTitle = (id: string) => data.groups.find((g) => g.id === id)?.title ?? '';
	return [
		[
			'Onderwerp',
			'Groep',
			...data.rounds.flatMap((round) => [
				`Gemiddelde ${round.name}`,
				`Laag ${round.name}`,
				`Ingevuld ${round.name}`,
			]),
		],
		...summary.map((row) => {
			const item = data.items.find((i) => i.id === row.itemId)!;
			return [
				item.short,
				groupTitle(item.group),
				...row.rounds.flatMap((r) => [oneDecimal(r.average), r.low, r.scored]),
			];
		}),
		[],
		['Klas', className],
		['Leerlingen', pupils.length],
		...data.rounds.map((round): Value[] => [round.name, round.date || 'geen datum']),
		[],
		['Schaal', 'Betekenis'],
		...data.scale.map((point): Value[] => [point.value, point.label]),
		[],
		['Onderwerp', 'Groep', 'Uitleg'],
		...data.items.map((item): Value[] => [item.short, groupTitle(item.group), item.text]),
	];
}

/** All rounds under each other, for one CSV file. */
export function csvRows(data: Checklist, pupils: readonly Pupil[]): Value[][] {
	const [heading, ...first] = roundRows(data, data.rounds[0]!, pupils);
	return [
		['Ronde', 'Datum', ...heading!],
		...first.map((row) => [data.rounds[0]!.name, data.rounds[0]!.date, ...row]),
		...data.rounds.slice(1).flatMap((round) =>
			roundRows(data, round, pupils)
				.slice(1)
				.map((row) => [round.name, round.date, ...row]),
		),
	];
}

const widths = (data: Checklist, lead: number[], tail: number[]) => [
	...lead,
	...data.items.map(() => 14),
	...tail,
];

/** The workbook's sheets: a sheet per round, the comparison (first → last round), the summary. */
export function checklistSheets(
	data: Checklist,
	pupils: readonly Pupil[],
	className: string,
): Sheet[] {
	const first = data.rounds[0]!;
	const last = data.rounds.at(-1)!;
	return [
		...data.rounds.map((round) => ({
			name: round.name,
			header: true,
			rows: roundRows(data, round, pupils),
			columnWidths: widths(data, [5, 14, 12, 18], [11, 40, 40]),
		})),
		{
			name: 'Vergelijking',
			header: true,
			rows: compareRows(data, first, last, pupils),
			columnWidths: [14, 12, 18, ...data.items.flatMap(() => [12, 12]), 14, 14, 12, 24, 40],
		},
		{
			name: 'Samenvatting',
			header: true,
			rows: summaryRows(data, pupils, className),
			columnWidths: [32, 26, ...data.rounds.flatMap(() => [14, 10, 10])],
		},
	];
}

/**
 * The checklist oudercontact in the browser: the data (loaded, saved as the teacher scores, in the
 * kit's record), the class from the class list, the rounds, the score table, the list settings,
 * the comparison with the class summary, print and downloads.
 */
import { addRound, findRound, removeRound, updateRound, checklistType, type Checklist, type Round } from '../../../lib/checklist/checklist';
import { scoreText } from '../../../lib/checklist/items';
import { safeFileName } from '../../../lib/files/file-name';
import type { Pupil, SchoolClass } from '../../../lib/roster/class-list';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { mountClassPicker } from '../klassenlijst/class-picker';
import { drawComparison } from './compare-view';
import { mountExports } from './exports';
import { preparePrint, type PrintKind } from './print';
import { mountScoreTable } from './score-table';
import { drawSettings } from './settings';

const root = required(document, '[data-checklist]');
const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);
const dataBlock = el('[data-template-data]');
const pageStatus = el('[data-page-status]');
const fill = el('[data-fill]');
const compare = el('[data-compare]');
const exportsArea = el('[data-exports]');
const roundSelect = el<HTMLSelectElement>('[data-round-select]');
const roundName = el<HTMLInputElement>('[data-round-name]');
const roundDate = el<HTMLInputElement>('[data-round-date]');
const addRoundButton = el<HTMLButtonElement>('[data-add-round]');
const removeRoundButton = el<HTMLButtonElement>('[data-remove-round]');
const legend = el('[data-legend]');
const itemsHelp = el('[data-items-help]');
const noPupils = el('[data-no-pupils]');
const tableWrap = el('[data-table-wrap]');
const settingsBody = el('[data-settings-body]');
const fromSelect = el<HTMLSelectElement>('[data-compare-from]');
const toSelect = el<HTMLSelectElement>('[data-compare-to]');
const attentionOnly = el<HTMLInputElement>('[data-attention-only]');
const compareElements = {
	table: el<HTMLTableElement>('[data-compare-table]'),
	summary: el('[data-compare-summary]'),
	chart: el('[data-chart]'),
	summaryTable: el<HTMLTableElement>('[data-summary-table]'),
};

/** The print sheet sits directly in <body>, so printing can hide everything else. */
const printRoot = h('div', { class: 'co-print' });
document.body.append(printRoot);

let record: RecordController<Checklist> | undefined;
let data: Checklist;
let schoolClass: SchoolClass | undefined;
/** What the teacher looks at; not saved with the data (a choice of view, not content). */
let roundId = '';
let fromId = '';
let toId = '';

const say = (message: string) => {
	pageStatus.textContent = '';
	requestAnimationFrame(() => (pageStatus.textContent = message));
};

const pupils = (): readonly Pupil[] => schoolClass?.pupils ?? [];
const currentRound = (): Round => findRound(data, roundId) ?? data.rounds[0]!;

const scoreTable = mountScoreTable(el<HTMLTableElement>('[data-score-table]'), el('[data-fill-count]'), {
	get data() {
		return data;
	},
	update(next) {
		data = next;
		record?.update(next);
	},
	scored: () => scheduleComparison(),
});

/** Keeps the view's round choices pointing at rounds that exist. */
function settleChoices(): void {
	if (!findRound(data, roundId)) roundId = data.rounds[0]!.id;
	if (!findRound(data, fromId)) fromId = data.rounds[0]!.id;
	if (!findRound(data, toId) || toId === fromId) toId = data.rounds.find((r) => r.id !== fromId)!.id;
}

function roundLabel(round: Round): string {
	return round.date ? `${round.name} (${new Date(`${round.date}T12:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })})` : round.name;
}

function drawRoundOptions(): void {
	const options = (selected: string) => data.rounds.map((round) => h('option', { value: round.id, selected: round.id === selected }, roundLabel(round)));
	replaceChildren(roundSelect, options(roundId));
	replaceChildren(fromSelect, options(fromId));
	replaceChildren(toSelect, options(toId));
	roundSelect.value = roundId;
	fromSelect.value = fromId;
	toSelect.value = toId;
}

function drawRoundBar(): void {
	drawRoundOptions();
	const round = currentRound();
	if (document.activeElement !== roundName) roundName.value = round.name;
	roundDate.value = round.date;
	removeRoundButton.disabled = data.rounds.length <= 2;
}

function drawLegend(): void {
	replaceChildren(
		legend,
		h('p', { class: 'co__legend-title', id: 'co-legend-title' }, 'De schaal: in hoeverre klopt het onderwerp voor deze leerling?'),
		h('ul', { 'aria-labelledby': 'co-legend-title' }, data.scale.map((point) => h('li', null, scoreText(point)))),
	);
	replaceChildren(
		itemsHelp,
		data.groups.flatMap((group) => {
			const items = data.items.filter((item) => item.group === group.id);
			return items.length ? [h('h3', null, group.title), h('dl', null, items.flatMap((item) => [h('dt', null, item.short), h('dd', null, item.text || '(geen uitleg)')]))] : [];
		}),
	);
}

function drawTable(): void {
	const list = pupils();
	noPupils.hidden = list.length > 0;
	tableWrap.hidden = list.length === 0;
	scoreTable.draw(data, currentRound(), list);
}

let comparisonTimer: ReturnType<typeof setTimeout> | undefined;
function drawCompare(): void {
	clearTimeout(comparisonTimer);
	comparisonTimer = undefined;
	const from = findRound(data, fromId)!;
	const to = findRound(data, toId)!;
	drawComparison(compareElements, data, from, to, pupils(), attentionOnly.checked);
}
/** After a score, the comparison follows once the teacher pauses (it is further down the page). */
function scheduleComparison(): void {
	clearTimeout(comparisonTimer);
	comparisonTimer = setTimeout(drawCompare, 300);
}

function drawAll(): void {
	settleChoices();
	const hasClass = !!schoolClass;
	fill.hidden = !hasClass;
	compare.hidden = !hasClass;
	exportsArea.hidden = !hasClass;
	drawRoundBar();
	drawLegend();
	drawTable();
	drawCompare();
	drawSettings(settingsBody, settingsHost);
}

let tableTimer: ReturnType<typeof setTimeout> | undefined;
const settingsHost = {
	get data() {
		return data;
	},
	edit(next: Checklist) {
		data = next;
		record?.update(next);
		// The headings and the score texts follow after a pause in typing.
		clearTimeout(tableTimer);
		tableTimer = setTimeout(() => {
			drawLegend();
			drawTable();
			drawCompare();
		}, 400);
	},
	restructure(next: Checklist, message: string, focusId?: string) {
		data = next;
		record?.replace(next);
		if (focusId) document.getElementById(focusId)?.focus();
		say(message);
	},
	say,
};

// Rounds.
roundSelect.addEventListener('change', () => {
	roundId = roundSelect.value;
	drawRoundBar();
	drawTable();
	say(`Je vult nu de ronde ${currentRound().name} in.`);
});
roundName.addEventListener('input', () => {
	data = updateRound(data, roundId, { name: roundName.value });
	record?.update(data);
	drawRoundOptions();
	scheduleComparison();
});
roundDate.addEventListener('change', () => {
	data = updateRound(data, roundId, { date: roundDate.validity.valid ? roundDate.value : '' });
	record?.update(data);
	drawRoundOptions();
});
addRoundButton.addEventListener('click', () => {
	try {
		const next = addRound(data, `Ronde ${data.rounds.length + 1}`);
		roundId = next.rounds.at(-1)!.id;
		toId = roundId;
		record?.replace(next);
		roundName.focus();
		roundName.select();
		say(`${next.rounds.at(-1)!.name} is toegevoegd. Geef de ronde een naam en een datum.`);
	} catch (error) {
		say((error as Error).message);
	}
});
removeRoundButton.addEventListener('click', async () => {
	const round = currentRound();
	const filled = Object.keys(round.entries).length;
	const sure = await confirmAction({
		title: `Ronde "${round.name}" verwijderen?`,
		message: filled ? `Wat je in deze ronde invulde (${filled} ${filled === 1 ? 'leerling' : 'leerlingen'}, in alle klassen), verdwijnt. Dat kun je niet ongedaan maken.` : 'De ronde verdwijnt uit de lijst.',
		confirmLabel: 'Verwijderen',
		danger: true,
	});
	if (!sure) return;
	try {
		record?.replace(removeRound(data, round.id));
		roundSelect.focus();
		say(`De ronde ${round.name} is verwijderd.`);
	} catch (error) {
		say((error as Error).message);
	}
});

// Comparison.
fromSelect.addEventListener('change', () => {
	fromId = fromSelect.value;
	if (toId === fromId) toId = data.rounds.find((r) => r.id !== fromId)!.id;
	drawRoundOptions();
	drawCompare();
});
toSelect.addEventListener('change', () => {
	toId = toSelect.value;
	if (toId === fromId) fromId = data.rounds.find((r) => r.id !== toId)!.id;
	drawRoundOptions();
	drawCompare();
});
attentionOnly.addEventListener('change', drawCompare);

// Print: the sheet is made when asked for, from the data as they are. Ctrl+P prints what the
// teacher last chose with a button: the list of the round at first.
let printKind: PrintKind = 'list';
const printSource = () => ({ data, schoolClass, round: currentRound(), from: findRound(data, fromId)!, to: findRound(data, toId)! });
const print = (kind: PrintKind) => {
	record?.flush();
	printKind = kind;
	preparePrint(printRoot, kind, printSource());
	say(kind === 'list' ? 'Het printvenster is geopend: de lijst van deze ronde, op A4 liggend.' : 'Het printvenster is geopend: de vergelijking, op A4 liggend.');
	window.print();
};
window.addEventListener('beforeprint', () => preparePrint(printRoot, printKind, printSource()));
el('[data-print-list]').addEventListener('click', () => print('list'));
el('[data-print-compare]').addEventListener('click', () => print('compare'));

mountExports(exportsArea, {
	get data() {
		return data;
	},
	get schoolClass() {
		return schoolClass;
	},
	flush: () => record?.flush(),
});

record = mountRecord(dataBlock, {
	type: checklistType,
	render(next) {
		data = next;
		clearTimeout(tableTimer);
		drawAll();
	},
	backupFileName: () => safeFileName('checklist oudercontact', 'json'),
});

const picker = mountClassPicker(el('[data-class-picker]'));
let firstClass = true;
picker.onChange((chosen) => {
	schoolClass = chosen;
	drawAll();
	if (!firstClass) say(chosen ? `De checklist van ${chosen.name}.` : 'Er is geen klas gekozen.');
	firstClass = false;
});

/**
 * The rounds: which one the teacher fills in (its name and date, add one, remove one) and which
 * two the comparison shows. The choices are the view's, not the data's: they are not saved.
 */
import {
	addRound,
	findRound,
	removeRound,
	updateRound,
	type Checklist,
	type Round,
} from '../../../lib/checklist/checklist';
import { formatDate } from '../../../lib/dates';
import { plural } from '../../../lib/text';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Checklist>;

/** The rounds the teacher looks at: the one being filled in, and the two being compared. */
export interface RoundChoice {
	roundId: string;
	fromId: string;
	toId: string;
}

/** What follows a change of round: the score table, the comparison (now, or once the teacher pauses). */
interface RoundsFollow {
	table(): void;
	compare(): void;
	compareSoon(): void;
}

export interface Rounds {
	readonly choice: RoundChoice;
	/** The round being filled in. */
	current(): Round;
	/** Points the choices at rounds that exist, then draws the round bar and the choices. */
	draw(): void;
}

/** "Voor de herfstvakantie, 9 oktober 2026": a round with its date, if it has one. */
export function datedRound(round: Round, separator: string, closing = ''): string {
	return round.date
		? `${round.name}${separator}${formatDate(round.date, 'dayMonthYear')}${closing}`
		: round.name;
}

const otherThan = (data: Checklist, id: string) => data.rounds.find((r) => r.id !== id)!.id;

/** The controls of the round bar and of the comparison's choice of rounds. */
interface RoundControls {
	roundSelect: HTMLSelectElement;
	roundName: HTMLInputElement;
	roundDate: HTMLInputElement;
	removeButton: HTMLButtonElement;
	fromSelect: HTMLSelectElement;
	toSelect: HTMLSelectElement;
}

export function mountRounds(ctx: Ctx, follow: RoundsFollow): Rounds {
	const controls: RoundControls = {
		roundSelect: ctx.part<HTMLSelectElement>('[data-round-select]'),
		roundName: ctx.part<HTMLInputElement>('[data-round-name]'),
		roundDate: ctx.part<HTMLInputElement>('[data-round-date]'),
		removeButton: ctx.part<HTMLButtonElement>('[data-remove-round]'),
		fromSelect: ctx.part<HTMLSelectElement>('[data-compare-from]'),
		toSelect: ctx.part<HTMLSelectElement>('[data-compare-to]'),
	};
	const choice: RoundChoice = { roundId: '', fromId: '', toId: '' };
	const current = () => findRound(ctx.data, choice.roundId) ?? ctx.data.rounds[0]!;
	const drawBar = () => {
		drawOptions(ctx.data, controls, choice);
		const round = current();
		if (document.activeElement !== controls.roundName) controls.roundName.value = round.name;
		controls.roundDate.value = round.date;
		controls.removeButton.disabled = ctx.data.rounds.length <= 2;
	};
	bindRoundBar(ctx, controls, choice, follow, { current, drawBar });
	bindCompareChoice(ctx, controls, choice, follow);

	return {
		choice,
		current,
		draw() {
			settle(ctx.data, choice);
			drawBar();
		},
	};
}

/** Points the choices at rounds that exist (after a removal, an import or a new class list). */
function settle(data: Checklist, choice: RoundChoice): void {
	if (!findRound(data, choice.roundId)) choice.roundId = data.rounds[0]!.id;
	if (!findRound(data, choice.fromId)) choice.fromId = data.rounds[0]!.id;
	if (!findRound(data, choice.toId) || choice.toId === choice.fromId)
		choice.toId = otherThan(data, choice.fromId);
}

/** The three round menus, each with its chosen round selected. */
function drawOptions(data: Checklist, controls: RoundControls, choice: RoundChoice): void {
	const options = (selected: string) =>
		data.rounds.map((round) =>
			h(
				'option',
				{ value: round.id, selected: round.id === selected },
				datedRound(round, ' (', ')'),
			),
		);
	for (const [select, id] of [
		[controls.roundSelect, choice.roundId],
		[controls.fromSelect, choice.fromId],
		[controls.toSelect, choice.toId],
	] as const) {
		replaceChildren(select, options(id));
		select.value = id;
	}
}

/** The round being filled in: choose it, name it, date it, add one, remove it. */
function bindRoundBar(
	ctx: Ctx,
	controls: RoundControls,
	choice: RoundChoice,
	follow: RoundsFollow,
	{ current, drawBar }: { current: () => Round; drawBar: () => void },
): void {
	const { roundSelect, roundName, roundDate, removeButton } = controls;
	roundSelect.addEventListener('change', () => {
		choice.roundId = roundSelect.value;
		drawBar();
		follow.table();
		ctx.announce(`Je vult nu de ronde ${current().name} in.`);
	});
	roundName.addEventListener('input', () => {
		ctx.update(updateRound(ctx.data, choice.roundId, { name: roundName.value }));
		drawOptions(ctx.data, controls, choice);
		follow.compareSoon();
	});
	roundDate.addEventListener('change', () => {
		ctx.update(
			updateRound(ctx.data, choice.roundId, {
				date: roundDate.validity.valid ? roundDate.value : '',
			}),
		);
		drawOptions(ctx.data, controls, choice);
	});
	ctx.part('[data-add-round]').addEventListener('click', () => add(ctx, choice, roundName));
	removeButton.addEventListener('click', () => void remove(ctx, current(), roundSelect));
}

/** The two rounds the comparison shows; never the same round twice. */
function bindCompareChoice(
	ctx: Ctx,
	controls: RoundControls,
	choice: RoundChoice,
	follow: RoundsFollow,
): void {
	const { fromSelect, toSelect } = controls;
	fromSelect.addEventListener('change', () => {
		choice.fromId = fromSelect.value;
		if (choice.toId === choice.fromId) choice.toId = otherThan(ctx.data, choice.fromId);
		drawOptions(ctx.data, controls, choice);
		follow.compare();
	});
	toSelect.addEventListener('change', () => {
		choice.toId = toSelect.value;
		if (choice.toId === choice.fromId) choice.fromId = otherThan(ctx.data, choice.toId);
		drawOptions(ctx.data, controls, choice);
		follow.compare();
	});
}

/** A new round, filled in and compared with the first at once; its name is ready to type over. */
function add(ctx: Ctx, choice: RoundChoice, roundName: HTMLInputElement): void {
	try {
		const next = addRound(ctx.data, `Ronde ${ctx.data.rounds.length + 1}`);
		choice.roundId = next.rounds.at(-1)!.id;
		choice.toId = choice.roundId;
		ctx.replace(next);
		roundName.focus();
		roundName.select();
		ctx.announce(`${next.rounds.at(-1)!.name} is toegevoegd. Geef de ronde een naam en een datum.`);
	} catch (error) {
		ctx.announce((error as Error).message);
	}
}

async function remove(ctx: Ctx, round: Round, roundSelect: HTMLSelectElement): Promise<void> {
	const filled = Object.keys(round.entries).length;
	const sure = await confirmAction({
		title: `Ronde "${round.name}" verwijderen?`,
		message: filled
			? `Wat je in deze ronde invulde (${plural(filled, 'leerling', 'leerlingen')}, in alle klassen), verdwijnt. Dat kun je niet ongedaan maken.`
			: 'De ronde verdwijnt uit de lijst.',
		confirmLabel: 'Verwijderen',
		danger: true,
	});
	if (!sure) return;
	try {
		ctx.replace(removeRound(ctx.data, round.id));
		roundSelect.focus();
		ctx.announce(`De ronde ${round.name} is verwijderd.`);
	} catch (error) {
		ctx.announce((error as Error).message);
	}
}

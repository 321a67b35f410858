/**
 * Reading the checklist: a pupil's average in a round, the change between two rounds with the
 * pupils that need attention (their scores went down, or stayed low), and the class summary per
 * item. Plain numbers for the page, the print and the exports.
 */
import { entryOf, type Checklist, type Round } from './checklist';

/** A score at or below this is low: the lower half of the scale (1–2 on a four-step scale). */
export function lowLimit(scaleLength: number): number {
	return Math.floor(scaleLength / 2);
}

/** The mean of the scored items, or undefined when none is scored. */
export function average(
	scores: Record<string, number>,
	itemIds: readonly string[],
): number | undefined {
	let sum = 0;
	let count = 0;
	for (const id of itemIds) {
		const score = scores[id];
		if (score !== undefined) {
			sum += score;
			count++;
		}
	}
	return count ? sum / count : undefined;
}

/** "2,5" (one decimal, Dutch comma), or "–" for nothing. */
export function formatAverage(value: number | undefined): string {
	return value === undefined
		? '–'
		: value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "+0,5", "−1,0", "0,0", or "–" when a round has no scores. */
export function formatChange(value: number | undefined): string {
	if (value === undefined) return '–';
	const rounded = Math.round(value * 10) / 10;
	if (rounded === 0) return '0,0';
	return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
}

type Signal = 'down' | 'stayedLow' | 'itemsDown';

/** What the comparison says about a pupil, for the sign beside the name. */
export const SIGNAL_TEXT: Record<Signal, string> = {
	down: 'Gedaald',
	stayedLow: 'Bleef laag',
	itemsDown: 'Lager op een onderwerp',
};

export interface PupilComparison {
	pupilId: string;
	items: { itemId: string; from?: number; to?: number }[];
	fromAverage?: number;
	toAverage?: number;
	/** `toAverage − fromAverage`; undefined when either round has no scores. */
	change?: number;
	/** Items scored lower in the later round. */
	itemsDown: string[];
	/** Why the pupil needs attention; empty when all is well (or not both rounds are filled in). */
	signals: Signal[];
	/** Both rounds have at least one score. */
	complete: boolean;
}

/** A pupil's scores in two rounds side by side, with the change and the signals. */
export function comparePupil(
	list: Checklist,
	from: Round,
	to: Round,
	pupilId: string,
): PupilComparison {
	const itemIds = list.items.map((item) => item.id);
	const a = entryOf(from, pupilId).scores;
	const b = entryOf(to, pupilId).scores;
	const fromAverage = average(a, itemIds);
	const toAverage = average(b, itemIds);
	const complete = fromAverage !== undefined && toAverage !== undefined;
	const change = complete ? toAverage - fromAverage : undefined;
	const itemsDown = itemIds.filter(
		(id) => a[id] !== undefined && b[id] !== undefined && b[id]! < a[id]!,
	);
	const low = lowLimit(list.scale.length);
	const signals: Signal[] = [];
	if (complete) {
		// Compared at one decimal, as shown: a change of −0,04 reads as 0,0 and is not a fall.
		if (Math.round(change! * 10) < 0) signals.push('down');
		if (fromAverage <= low && toAverage <= low) signals.push('stayedLow');
		if (!signals.includes('down') && itemsDown.length > 0) signals.push('itemsDown');
	}
	return {
		pupilId,
		items: itemIds.map((itemId) => ({ itemId, from: a[itemId], to: b[itemId] })),
		fromAverage,
		toAverage,
		change,
		itemsDown,
		signals,
		complete,
	};
}

interface ItemRoundSummary {
	roundId: string;
	/** Mean score of the pupils scored on this item. */
	average?: number;
	/** Pupils scored on this item. */
	scored: number;
	/** Pupils with a low score on it. */
	low: number;
	/** How many pupils have each score: `counts[0]` is score 1. */
	counts: number[];
}

interface ItemSummary {
	itemId: string;
	rounds: ItemRoundSummary[];
}

/** Where the class stands per item, in each of the given rounds, over the given pupils. */
export function summarise(
	list: Checklist,
	rounds: readonly Round[],
	pupilIds: readonly string[],
): ItemSummary[] {
	const low = lowLimit(list.scale.length);
	return list.items.map((item) => ({
		itemId: item.id,
		rounds: rounds.map((round) => {
			const counts = list.scale.map(() => 0);
			let sum = 0;
			let scored = 0;
			let lowCount = 0;
			for (const pupilId of pupilIds) {
				const score = round.entries[pupilId]?.scores[item.id];
				if (score === undefined) continue;
				counts[score - 1]!++;
				sum += score;
				scored++;
				if (score <= low) lowCount++;
			}
			return {
				roundId: round.id,
				average: scored ? sum / scored : undefined,
				scored,
				low: lowCount,
				counts,
			};
		}),
	}));
}

/**
 * Buddy's as data: a list of parents who agreed to be on it, what each can offer another parent
 * and what each is looking for, and the pairs the teacher made. `suggestPairs` matches what one
 * parent looks for to what another offers; the teacher decides which pairs to make.
 *
 * The same shape is stored in the browser and in the JSON backup, so a change of shape raises
 * `version` and adds a migration.
 */
import * as z from 'zod/mini';
import { dateField, idField as id, textField as text } from '../storage/fields';
import { replaceOrAdd } from '../roster/per-class';
import { keysOf } from '../../schemas/vocabulary';
import type { RecordType } from '../storage/record-type';

/** Themes from the handreiking's examples (a language, dyslexia, a first child) and a few more. */
export const TOPICS = {
	taal: {
		label: 'Taal',
		offer: 'kan helpen met de taal of vertalen',
		need: 'zoekt hulp met de Nederlandse taal',
	},
	'eerste-kind': {
		label: 'Nieuw op school',
		offer: 'kent de school goed en kan wegwijs maken',
		need: 'is nieuw op school of heeft een eerste kind op school',
	},
	dyslexie: {
		label: 'Dyslexie',
		offer: 'heeft ervaring met een kind met dyslexie',
		need: 'zoekt iemand met ervaring met dyslexie',
	},
	'extra-zorg': {
		label: 'Extra zorg',
		offer: 'heeft ervaring met een kind dat extra zorg nodig heeft',
		need: 'zoekt iemand met ervaring met extra zorg',
	},
	'thuis-leren': {
		label: 'Thuis leren',
		offer: 'kan tips geven over leren en huiswerk thuis',
		need: 'zoekt tips over leren en huiswerk thuis',
	},
	'nieuw-in-nederland': {
		label: 'Nieuw in Nederland',
		offer: 'kan helpen met hoe school in Nederland werkt',
		need: 'is nieuw in Nederland',
	},
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = keysOf(TOPICS);

const MAX_PARENTS = 400;
const MAX_PAIRS = 400;

const date = dateField('2026-09-10');
const topics = z.array(z.enum(TOPIC_IDS)).check(z.maxLength(TOPIC_IDS.length));

const buddyParentSchema = z.object({
	id,
	name: z.string().check(z.minLength(1), z.maxLength(120)),
	/** Of which pupil or class, so the teacher knows who this is: "moeder van Sem, groep 5". */
	child: text(160),
	/** How to reach this parent, as the parent agreed: phone, e-mail. */
	contact: text(200),
	/** Languages the parent speaks, comma-separated: "Arabisch, Nederlands". */
	languages: text(200),
	offers: topics,
	needs: topics,
	/** Anything else the parent can offer or looks for, in the teacher's words. */
	offerNote: text(300),
	needNote: text(300),
	/** Only a parent who agreed is on the list; the date says when (AVG: consent must be shown). */
	consent: z.literal(true),
	consentDate: date,
});

const buddyPairSchema = z.object({
	id,
	/** The parent who helps, and the parent who is helped (ids in `parents`). */
	helperId: id,
	seekerId: id,
	/** What the pair is about; empty for a pair made for another reason (see `note`). */
	topic: z.union([z.enum(TOPIC_IDS), z.literal('')]),
	note: text(300),
	/** When the teacher introduced them. */
	since: date,
});

const buddysSchema = z
	.object({
		parents: z.array(buddyParentSchema).check(z.maxLength(MAX_PARENTS)),
		pairs: z.array(buddyPairSchema).check(z.maxLength(MAX_PAIRS)),
	})
	.check(
		z.refine(
			(data) =>
				data.pairs.every(
					(pair) =>
						pair.helperId !== pair.seekerId &&
						data.parents.some((p) => p.id === pair.helperId) &&
						data.parents.some((p) => p.id === pair.seekerId),
				),
			{
				error: 'een koppeling verwijst naar een ouder die niet op de lijst staat',
			},
		),
	);

export type BuddyParent = z.output<typeof buddyParentSchema>;
export type BuddyPair = z.output<typeof buddyPairSchema>;
export type Buddys = z.output<typeof buddysSchema>;

export const buddysType: RecordType<Buddys> = {
	id: 'buddys',
	label: 'de lijst met buddy’s',
	version: 1,
	schema: buddysSchema,
	empty: () => ({ parents: [], pairs: [] }),
};

/** What is missing before a parent can go on the list, in Dutch; empty when it can. */
export function parentProblem(parent: { name: string; consent: boolean }): string {
	if (!parent.name.trim()) return 'Vul de naam van de ouder in.';
	if (!parent.consent)
		return 'Zet een ouder alleen op de lijst als die daar toestemming voor heeft gegeven. Vink de toestemming aan als dat zo is.';
	return '';
}

/** Adds a parent, or replaces the one with the same id. */
export function withParent(data: Buddys, parent: BuddyParent): Buddys {
	return { ...data, parents: replaceOrAdd(data.parents, parent, 'id') };
}

/** Removes a parent and every pair the parent is in (a parent who withdraws consent leaves no trace). */
export function withoutParent(data: Buddys, parentId: string): Buddys {
	return {
		parents: data.parents.filter((p) => p.id !== parentId),
		pairs: data.pairs.filter((pair) => pair.helperId !== parentId && pair.seekerId !== parentId),
	};
}

export function withPair(data: Buddys, pair: BuddyPair): Buddys {
	return { ...data, pairs: [...data.pairs, pair] };
}

export function withoutPair(data: Buddys, pairId: string): Buddys {
	return { ...data, pairs: data.pairs.filter((pair) => pair.id !== pairId) };
}

/** What is wrong with a pair the teacher makes by hand, in Dutch; empty when it can be made. */
export function pairProblem(
	data: Buddys,
	pair: Pick<BuddyPair, 'helperId' | 'seekerId' | 'topic'>,
): string {
	if (!pair.helperId || !pair.seekerId) return 'Kies twee ouders.';
	if (pair.helperId === pair.seekerId) return 'Kies twee verschillende ouders.';
	const same = data.pairs.some(
		(p) =>
			p.topic === pair.topic &&
			((p.helperId === pair.helperId && p.seekerId === pair.seekerId) ||
				(p.helperId === pair.seekerId && p.seekerId === pair.helperId)),
	);
	return same ? 'Deze twee ouders zijn hier al aan elkaar gekoppeld.' : '';
}

/** "Arabisch, nederlands " → ["arabisch", "nederlands"]. */
export function languageList(languages: string): string[] {
	return languages
		.split(/[,;/]| en /)
		.map((l) => l.trim().toLocaleLowerCase('nl'))
		.filter(Boolean);
}

interface Suggestion {
	helper: BuddyParent;
	seeker: BuddyParent;
	topic: Topic;
	/** Languages both speak, for a language pair (and as a bonus for any pair). */
	sharedLanguages: string[];
}

/**
 * For each thing a parent looks for that no pair covers yet, the parent who offers it best: one
 * who shares a language with the seeker (for `taal`, a must: a language buddy who does not speak
 * the parent's language cannot translate), then the one with the fewest pairs, then list order.
 * Suggestions spread the work: a helper is suggested once per round before being suggested again.
 */
export function suggestPairs(data: Buddys): Suggestion[] {
	const load = new Map<string, number>();
	for (const pair of data.pairs) load.set(pair.helperId, (load.get(pair.helperId) ?? 0) + 1);
	const covered = (seekerId: string, topic: Topic) =>
		data.pairs.some((p) => p.seekerId === seekerId && p.topic === topic);
	const suggestions: Suggestion[] = [];
	for (const seeker of data.parents) {
		const seekerLanguages = languageList(seeker.languages);
		for (const topic of seeker.needs) {
			if (covered(seeker.id, topic)) continue;
			let best: { helper: BuddyParent; shared: string[]; score: number } | undefined;
			for (const [index, helper] of data.parents.entries()) {
				if (helper.id === seeker.id || !helper.offers.includes(topic)) continue;
				const shared = languageList(helper.languages).filter((l) => seekerLanguages.includes(l));
				if (topic === 'taal' && seekerLanguages.length > 0 && shared.length === 0) continue;
				// Lower is better: sharing a language first, then the fewest pairs, then who came first on the list.
				const score =
					(shared.length > 0 ? 0 : 1_000_000) + (load.get(helper.id) ?? 0) * 1000 + index;
				if (!best || score < best.score) best = { helper, shared, score };
			}
			if (!best) continue;
			suggestions.push({ helper: best.helper, seeker, topic, sharedLanguages: best.shared });
			load.set(best.helper.id, (load.get(best.helper.id) ?? 0) + 1);
		}
	}
	return suggestions;
}

/** Needs that no pair covers and no parent on the list offers: the teacher has to look further. */
export function unmatchedNeeds(data: Buddys): { seeker: BuddyParent; topic: Topic }[] {
	const suggested = new Set(suggestPairs(data).map((s) => `${s.seeker.id} ${s.topic}`));
	return data.parents.flatMap((seeker) =>
		seeker.needs
			.filter(
				(topic) =>
					!data.pairs.some((p) => p.seekerId === seeker.id && p.topic === topic) &&
					!suggested.has(`${seeker.id} ${topic}`),
			)
			.map((topic) => ({ seeker, topic })),
	);
}

/**
 * What the checklist oudercontact asks about each pupil: the items, grouped as in the source
 * (Hogeschool Rotterdam's gereedschapskist: contact, samenwerking, achtergrond van de leerling),
 * and the variant for childcare, sport and culture clubs as a second set. The default scale lives
 * here too. The page, the exports and the blank Excel file all read these definitions; the wording
 * is the toolbox's own.
 */

/** One thing the teacher scores per pupil. */
interface ItemDefinition {
	/** Stable id, kept in the saved scores: `c1`, `s2`… */
	id: string;
	/** The group it belongs to (`contact`, `samenwerking`, `achtergrond`). */
	group: string;
	/** Short heading for the column, a few words. */
	short: string;
	/** The statement in full, as the teacher checks it for this pupil. */
	text: string;
}

interface GroupDefinition {
	id: string;
	title: string;
}

/** One step of the scale, from low to high; `value` is its place (1 is lowest). */
interface ScalePoint {
	value: number;
	/** What the step means, in a few words: shown in every score field. */
	label: string;
}

export interface ItemSet {
	id: ItemSetId;
	/** For the choice on the page. */
	title: string;
	/** Who the set is for, in one sentence. */
	description: string;
	groups: readonly GroupDefinition[];
	items: ItemDefinition[];
}

export const ITEM_SET_IDS = ['school', 'vrije-tijd'] as const;
export type ItemSetId = (typeof ITEM_SET_IDS)[number];

/** The groups both sets have (a new checklist copies them, so sharing them here is safe). */
const SHARED_GROUPS: readonly GroupDefinition[] = [
	{ id: 'contact', title: 'Contact' },
	{ id: 'samenwerking', title: 'Samenwerking' },
];

/** The list for a class at school (primary, secondary, mbo), from the source's six statements. */
export const SCHOOL_SET: ItemSet = {
	id: 'school',
	title: 'School',
	description: 'Voor de leraar, mentor of studieloopbaanbegeleider van een klas of groep.',
	groups: [...SHARED_GROUPS, { id: 'achtergrond', title: 'Achtergrond van de leerling' }],
	items: [
		{
			id: 'c1',
			group: 'contact',
			short: 'Ouder op gesprek en ouderavond',
			text: 'Een ouder van deze leerling kwam naar het rapportgesprek en naar de ouderavond voor de hele klas.',
		},
		{
			id: 's1',
			group: 'samenwerking',
			short: 'Ouder zoekt mij makkelijk op',
			text: 'De ouder van deze leerling neemt zonder drempel contact met mij op.',
		},
		{
			id: 's2',
			group: 'samenwerking',
			short: 'Ik zoek de ouder makkelijk op',
			text: 'Ik neem zonder drempel contact op met de ouder van deze leerling, en samen begeleiden we het kind goed.',
		},
		{
			id: 'a1',
			group: 'achtergrond',
			short: 'Ik ken het gezin',
			text: 'Ik weet hoe het gezin van deze leerling is samengesteld en waar het kind thuis mee te maken heeft.',
		},
		{
			id: 'a2',
			group: 'achtergrond',
			short: 'Thuis leert en krijgt het kind steun',
			text: 'Ik vertrouw erop dat de ouder dit kind thuis een plek geeft waar het kan leren, en het daarbij goed begeleidt.',
		},
		{
			id: 'a3',
			group: 'achtergrond',
			short: 'Ik ken andere belangrijke volwassenen',
			text: 'Ik weet welke andere volwassene (zoals een broer, tante of oma) meehelpt met dit kind, en heb zo nodig contact met die persoon.',
		},
	],
};

/** The variant for childcare, after-school care, sport and culture clubs, from the source's four topics. */
export const LEISURE_SET: ItemSet = {
	id: 'vrije-tijd',
	title: 'Kinderopvang, sport en cultuur',
	description:
		'Voor kinderopvang en buitenschoolse opvang, sportclubs, muziek-, dans- en weekendscholen.',
	groups: SHARED_GROUPS,
	items: [
		{
			id: 'v1',
			group: 'contact',
			short: 'Contact over de ontwikkeling',
			text: 'Met de ouders van dit kind praat ik over hoe het kind zich ontwikkelt.',
		},
		{
			id: 'v2',
			group: 'contact',
			short: 'Belangstelling voor optreden of wedstrijd',
			text: 'Ouders, of andere volwassenen die belangrijk zijn voor dit kind, laten belangstelling zien voor wedstrijden en optredens.',
		},
		{
			id: 'v3',
			group: 'samenwerking',
			short: 'Ouder steunt het meedoen',
			text: 'De ouder helpt dit kind om mee te doen: halen en brengen, kleding wassen, spullen in orde houden.',
		},
		{
			id: 'v4',
			group: 'samenwerking',
			short: 'Ouder helpt de club',
			text: 'De ouder van dit kind helpt de club of vereniging, bijvoorbeeld met rijden, wassen of een dienst in de kantine.',
		},
	],
};

export const ITEM_SETS: Record<ItemSetId, ItemSet> = {
	school: SCHOOL_SET,
	'vrije-tijd': LEISURE_SET,
};

/** The default scale: four steps that say how far the statement is true for this pupil. */
export const DEFAULT_SCALE: ScalePoint[] = [
	{ value: 1, label: 'Klopt niet' },
	{ value: 2, label: 'Klopt een beetje' },
	{ value: 3, label: 'Klopt grotendeels' },
	{ value: 4, label: 'Klopt helemaal' },
];

/** Fewest and most steps a team can give its scale. */
export const MIN_SCALE_POINTS = 2;
export const MAX_SCALE_POINTS = 7;

/** The default rounds: before the autumn break and after the Christmas break, as the source advises. */
export const DEFAULT_ROUND_NAMES = ['Voor de herfstvakantie', 'Na de kerstvakantie'] as const;

/** "3 – Klopt grotendeels": a score as the page and the exports show it. */
export function scoreText(point: ScalePoint): string {
	return `${point.value} – ${point.label}`;
}

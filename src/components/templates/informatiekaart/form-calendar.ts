/**
 * The form's parts about the school year, each a list of rows: the contact moments, the extra
 * activities, and the holidays and study days.
 */
import {
	newActivity,
	newDayOff,
	newMoment,
	DAY_OFF_KINDS,
	USUAL_HOLIDAYS,
	type Activity,
	type Card,
	type DayOff,
	type DayOffKind,
	type Moment,
	type MomentKind,
} from '../../../lib/informatiekaart/card';
import { EXAMPLE_ACTIVITIES, EXAMPLE_SENTENCES } from '../../../lib/informatiekaart/examples';
import { updateList } from '../../../lib/informatiekaart/paths';
import { plural } from '../../../lib/text';
import { h } from '../kit/dom';
import { selectField, textField, type Choices } from '../kit/fields';
import { idOf, replaceAndFocus } from '../kit/form';
import { listEditor } from '../kit/list-editor';
import { NL, pair, part, sentences, type CardForm } from './form-common';

const OTHER_NAME = 'Iets anders (zelf een naam geven)';

const MOMENT_CHOICES: Choices<MomentKind> = [
	['introduction', NL['moment.introduction']],
	['startMeeting', NL['moment.startMeeting']],
	['informationEvening', NL['moment.informationEvening']],
	['progressMeeting', NL['moment.progressMeeting']],
	['reportMeeting', NL['moment.reportMeeting']],
	['adviceMeeting', NL['moment.adviceMeeting']],
	['parentsEvening', NL['moment.parentsEvening']],
	['other', OTHER_NAME],
];

const DAY_OFF_CHOICES: Choices<DayOffKind> = DAY_OFF_KINDS.map(
	(kind) => [kind, kind === 'other' ? OTHER_NAME : NL[`dayOff.${kind}`]] as const,
);

export function momentsPart(form: CardForm): HTMLElement {
	return part(
		'Contactmomenten',
		'ik-part-moments',
		h(
			'p',
			{ class: 'ik-form__intro' },
			'De momenten waarop je alle ouders op school verwacht, met datum en tijd. Weet je de datum nog niet, laat hem dan leeg: op de kaart staat dan "datum volgt".',
		),
		listEditor<Card, Moment>(form, {
			path: ['moments'],
			noun: 'Contactmoment',
			addLabel: 'Contactmoment toevoegen',
			create: (card) => newMoment(nextMomentKind(card)),
			firstField: 'kind',
			emptyText: 'Nog geen contactmomenten.',
			fields: (moment, path) => [
				selectField(form, [...path, 'kind'], 'Wat', MOMENT_CHOICES, { restructure: true }),
				moment.kind === 'other' ? textField(form, [...path, 'title'], 'Naam van het moment') : null,
				pair(
					textField(form, [...path, 'date'], 'Datum', { type: 'date' }),
					textField(form, [...path, 'endDate'], 'Tot en met (bij meer dagen)', {
						type: 'date',
						hint: 'Alleen als de gesprekken over meer dagen verdeeld zijn.',
					}),
				),
				pair(
					textField(form, [...path, 'start'], 'Begintijd', { type: 'time' }),
					textField(form, [...path, 'end'], 'Eindtijd', { type: 'time' }),
				),
				textField(form, [...path, 'note'], 'Extra uitleg (niet verplicht)', {
					examples: sentences(EXAMPLE_SENTENCES[form.data.sector].momentNote, 'de extra uitleg'),
				}),
			],
		}),
	);
}

/** A new contact moment takes the first kind not yet on the card. */
function nextMomentKind(card: Card): MomentKind {
	const order: MomentKind[] =
		card.sector === 'po'
			? [
					'introduction',
					'informationEvening',
					'progressMeeting',
					'reportMeeting',
					'adviceMeeting',
					'parentsEvening',
				]
			: [
					'startMeeting',
					'informationEvening',
					'progressMeeting',
					'reportMeeting',
					'parentsEvening',
				];
	return order.find((kind) => !card.moments.some((m) => m.kind === kind)) ?? 'other';
}

export function activitiesPart(form: CardForm): HTMLElement {
	return part(
		'Extra activiteiten (niet verplicht)',
		'ik-part-activities',
		h(
			'p',
			{ class: 'ik-form__intro' },
			'Wat de school daarnaast doet voor ouders die dat willen, zoals een oudercursus, de ouderkamer of een thema-avond.',
		),
		listEditor<Card, Activity>(form, {
			path: ['activities'],
			noun: 'Activiteit',
			addLabel: 'Activiteit toevoegen',
			create: () => newActivity(),
			firstField: 'title',
			fields: (_activity, path) => [
				textField(form, [...path, 'title'], 'Wat'),
				textField(form, [...path, 'when'], 'Wanneer', {
					hint: 'In je eigen woorden: Elke eerste vrijdag van de maand, 8.30–9.30 uur',
				}),
				textField(form, [...path, 'note'], 'Extra uitleg (niet verplicht)'),
			],
			examples: {
				summary: 'Voorbeelden van activiteiten',
				use: 'Toevoegen',
				items: EXAMPLE_ACTIVITIES[form.data.sector].map((example) => ({
					title: example.title,
					describe: [` (${example.when})`],
					item: example,
				})),
			},
		}),
	);
}

export function daysOffPart(form: CardForm): HTMLElement {
	const missing = USUAL_HOLIDAYS.filter(
		(kind) => !form.data.daysOff.some((day) => day.kind === kind),
	);
	const addHolidays = h(
		'button',
		{ type: 'button', class: 'gk-button', id: 'ik-daysOff-usual', disabled: missing.length === 0 },
		'De gewone schoolvakanties toevoegen',
	);
	addHolidays.addEventListener('click', () => {
		const index = form.data.daysOff.length;
		const next = updateList<Card, DayOff>(form.data, ['daysOff'], (list) =>
			list.push(...missing.map((kind) => newDayOff(kind))),
		);
		replaceAndFocus(
			form,
			next,
			idOf(form, ['daysOff', index, 'start']),
			`${plural(missing.length, 'vakantie', 'vakanties')} toegevoegd, zonder data. Vul bij elk de eerste en de laatste dag in.`,
		);
	});
	return part(
		'Vakanties en studiedagen',
		'ik-part-days-off',
		h(
			'p',
			{ class: 'ik-form__intro' },
			'De vakanties staan op rijksoverheid.nl (ze verschillen per regio); de studiedagen kiest de school zelf.',
		),
		listEditor<Card, DayOff>(form, {
			path: ['daysOff'],
			noun: 'Vrije dag of vakantie',
			addLabel: 'Vakantie of studiedag toevoegen',
			create: (card) =>
				newDayOff(card.daysOff.some((d) => d.kind === 'autumn') ? 'studyDay' : 'autumn'),
			firstField: 'kind',
			fields: (day, path) => [
				selectField(form, [...path, 'kind'], 'Wat', DAY_OFF_CHOICES, { restructure: true }),
				day.kind === 'other' ? textField(form, [...path, 'title'], 'Naam') : null,
				pair(
					textField(form, [...path, 'start'], 'Eerste dag', { type: 'date' }),
					textField(form, [...path, 'end'], 'Laatste dag', {
						type: 'date',
						hint: 'Leeg bij één dag.',
					}),
				),
			],
		}),
		h('p', { class: 'ik-form__actions' }, addHolidays),
	);
}

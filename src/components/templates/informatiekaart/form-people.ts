/**
 * The form's part with the contact persons, each with the ways parents reach them (a list of rows
 * inside each person).
 */
import {
	newChannel,
	newPerson,
	type Card,
	type Channel,
	type ContactChannel,
	type Person,
	type Role,
	type Weekday,
} from '../../../lib/informatiekaart/card';
import { EXAMPLE_SENTENCES } from '../../../lib/informatiekaart/examples';
import type { Path } from '../../../lib/informatiekaart/paths';
import { h } from '../kit/dom';
import { checkboxesField, selectField, textField, type Choices } from '../kit/fields';
import { listEditor } from '../kit/list-editor';
import { NL, pair, part, sentences, type CardForm } from './form-common';

const ROLE_CHOICES: Choices<Role> = [
	['teacher', NL['role.teacher']],
	['mentor', NL['role.mentor']],
	['careerCoach', NL['role.careerCoach']],
	['other', 'Iets anders (zelf invullen)'],
];

const CHANNEL_CHOICES: Choices<Channel> = [
	['email', NL['channel.email']],
	['phone', NL['channel.phone']],
	['app', NL['channel.app']],
	['inPerson', NL['channel.inPerson']],
	['other', 'Iets anders (alleen je eigen tekst)'],
];

/** The school days: the visible label is the short name; screen readers hear the whole day. */
const DAYS = (
	[
		['mon', 'ma', 'andag'],
		['tue', 'di', 'nsdag'],
		['wed', 'wo', 'ensdag'],
		['thu', 'do', 'nderdag'],
		['fri', 'vr', 'ijdag'],
	] as const
).map(([value, short, rest]) => ({
	value: value as Weekday,
	label: [short, h('span', { class: 'sr-only' }, rest)],
}));

export function peoplePart(form: CardForm): HTMLElement {
	const po = form.data.sector === 'po';
	return part(
		'Contactpersonen',
		'ik-part-people',
		h(
			'p',
			{ class: 'ik-form__intro' },
			po
				? 'Wie is de leerkracht, en hoe en wanneer bereiken ouders hem of haar? Werkt de groep met twee leerkrachten, voeg dan een tweede toe.'
				: 'Wie is de mentor of studieloopbaanbegeleider, en hoe en wanneer bereiken ouders hem of haar?',
		),
		listEditor<Card, Person>(form, {
			path: ['people'],
			noun: 'Contactpersoon',
			addLabel: 'Contactpersoon toevoegen',
			create: (card) => newPerson(card.sector),
			firstField: 'role',
			emptyText: 'Nog geen contactpersoon.',
			fields: (person, path) => [
				pair(
					selectField(form, [...path, 'role'], 'Rol', ROLE_CHOICES, { restructure: true }),
					person.role === 'other'
						? textField(form, [...path, 'roleOther'], 'Rol in eigen woorden')
						: null,
				),
				textField(form, [...path, 'name'], 'Naam', {
					hint: 'Zoals de kinderen en ouders hem of haar noemen: Juf Sanne, Meneer Yilmaz',
				}),
				h(
					'div',
					{ class: 'ik-sublist' },
					h('p', { class: 'ik-sublist__title' }, 'Zo bereiken ouders deze persoon'),
					listEditor<Card, ContactChannel>(form, {
						path: [...path, 'channels'],
						noun: 'Manier',
						addLabel: 'Manier van contact toevoegen',
						create: () => newChannel('phone'),
						firstField: 'kind',
						fields: (_channel, channelPath) => channelFields(form, channelPath),
					}),
				),
			],
		}),
	);
}

function channelFields(form: CardForm, path: Path): (Node | null)[] {
	return [
		selectField(form, [...path, 'kind'], 'Hoe', CHANNEL_CHOICES),
		textField(form, [...path, 'detail'], 'Nummer, adres of naam van de app', {
			hint: 'Bijvoorbeeld: 010 123 45 67, juf.sanne@school.nl, Parro',
		}),
		checkboxesField(form, [...path, 'days'], 'Op welke dagen', DAYS, 'ik-days'),
		pair(
			textField(form, [...path, 'from'], 'Vanaf', { type: 'time' }),
			textField(form, [...path, 'until'], 'Tot', { type: 'time' }),
		),
		textField(form, [...path, 'note'], 'Extra uitleg (niet verplicht)', {
			examples: sentences(EXAMPLE_SENTENCES[form.data.sector].channelNote, 'de extra uitleg'),
		}),
	];
}

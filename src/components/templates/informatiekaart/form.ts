/**
 * The form where a team composes its card, drawn from the card's data. It is drawn again as a whole
 * when its structure changes (a row added or removed, a choice that shows other fields); typing only
 * changes the data. Every field has a visible label; all of it works by keyboard.
 */
import {
	newActivity,
	newChannel,
	newDayOff,
	newMoment,
	newPerson,
	DAY_OFF_KINDS,
	type Activity,
	type Card,
	type Channel,
	type ContactChannel,
	type DayOff,
	type DayOffKind,
	type Moment,
	type MomentKind,
	type Person,
	type Role,
	type Weekday,
} from '../../../lib/informatiekaart/card';
import { EXAMPLE_ACTIVITIES, EXAMPLE_SENTENCES } from '../../../lib/informatiekaart/examples';
import { CARD_LABELS } from '../../../lib/informatiekaart/labels';
import { setIn, updateList, type Path } from '../../../lib/informatiekaart/paths';
import { PARENT_LANGUAGES, PARENT_LANGUAGE_CODES, TRANSLATION_NOTICE, type ParentLanguage } from '../../../lib/i18n/languages';
import { h, replaceChildren } from '../kit/dom';
import { logoField } from '../kit/logo';
import { checkboxesField, idOf, radioField, selectField, textField, type FormHost } from './fields';
import { listEditor } from './list-editor';

const NL = CARD_LABELS.nl;

const ROLE_CHOICES: readonly (readonly [Role, string])[] = [
	['teacher', NL['role.teacher']],
	['mentor', NL['role.mentor']],
	['careerCoach', NL['role.careerCoach']],
	['other', 'Iets anders (zelf invullen)'],
];

const CHANNEL_CHOICES: readonly (readonly [Channel, string])[] = [
	['email', NL['channel.email']],
	['phone', NL['channel.phone']],
	['app', NL['channel.app']],
	['inPerson', NL['channel.inPerson']],
	['other', 'Iets anders (alleen je eigen tekst)'],
];

const MOMENT_CHOICES: readonly (readonly [MomentKind, string])[] = [
	['introduction', NL['moment.introduction']],
	['startMeeting', NL['moment.startMeeting']],
	['informationEvening', NL['moment.informationEvening']],
	['progressMeeting', NL['moment.progressMeeting']],
	['reportMeeting', NL['moment.reportMeeting']],
	['adviceMeeting', NL['moment.adviceMeeting']],
	['parentsEvening', NL['moment.parentsEvening']],
	['other', 'Iets anders (zelf een naam geven)'],
];

const DAY_OFF_CHOICES: readonly (readonly [DayOffKind, string])[] = DAY_OFF_KINDS.map((kind) => [kind, kind === 'other' ? 'Iets anders (zelf een naam geven)' : NL[`dayOff.${kind}`]] as const);

/** The usual holidays of a Dutch school year, in order, for "add the school holidays". */
const USUAL_HOLIDAYS: readonly DayOffKind[] = ['autumn', 'christmas', 'spring', 'easter', 'kingsDay', 'may', 'ascension', 'whitsun', 'summer'];

const DAYS: readonly (readonly [Weekday, string, string])[] = [
	['mon', 'ma', 'andag'],
	['tue', 'di', 'nsdag'],
	['wed', 'wo', 'ensdag'],
	['thu', 'do', 'nderdag'],
	['fri', 'vr', 'ijdag'],
];

const LANGUAGE_CHOICES = PARENT_LANGUAGE_CODES.map((code) => [code, code === 'nl' ? 'Alleen Nederlands' : `${PARENT_LANGUAGES[code].name} (${PARENT_LANGUAGES[code].nativeName})`] as const) as readonly (readonly [ParentLanguage, string])[];

function part(title: string, id: string, ...content: (Node | null)[]): HTMLElement {
	return h('section', { class: 'ik-form__part', 'aria-labelledby': id }, h('h3', { id, class: 'ik-form__title' }, title), ...content);
}

export function drawForm(form: HTMLElement, host: FormHost): void {
	const card = host.card;
	const examples = EXAMPLE_SENTENCES[card.sector];

	const settings = part(
		'Soort school en taal',
		'ik-part-settings',
		radioField(host, ['sector'], 'Soort school', [['po', 'Basisschool (po)'], ['vo', 'Voortgezet onderwijs (vo)']], {
			restructure: true,
			hint: 'Bepaalt welke voorbeeldzinnen het formulier geeft.',
		}),
		selectField(host, ['language'], 'Taal voor ouders', LANGUAGE_CHOICES, {
			restructure: true,
			hint: 'De vaste koppen en woorden op de kaart komen in deze taal. Wat je zelf typt, blijft zoals je het typt.',
		}),
		card.language === 'nl'
			? null
			: radioField(host, ['languageLayout'], 'Hoe staat de vertaling op de kaart?', [['side', 'Naast het Nederlands'], ['alone', `Alleen in het ${PARENT_LANGUAGES[card.language].name}`]]),
		h('p', { class: 'ik-notice' }, TRANSLATION_NOTICE),
	);

	const school = part(
		'School en klas',
		'ik-part-school',
		textField(host, ['school', 'name'], 'Naam van de school', { autocomplete: 'organization' }),
		h(
			'div',
			{ class: 'ik-form__pair' },
			textField(host, ['school', 'className'], card.sector === 'po' ? 'Groep' : 'Klas', { hint: card.sector === 'po' ? 'Bijvoorbeeld: Groep 5b' : 'Bijvoorbeeld: Klas 2 havo B' }),
			textField(host, ['school', 'schoolYear'], 'Schooljaar', { hint: 'Bijvoorbeeld: 2026-2027' }),
		),
		logoField('ik', host),
		h(
			'fieldset',
			{ class: 'ik-group' },
			h('legend', null, 'Gegevens van de school (onderaan de kaart)'),
			textField(host, ['school', 'address'], 'Adres', { autocomplete: 'street-address' }),
			h('div', { class: 'ik-form__pair' }, textField(host, ['school', 'phone'], 'Telefoon', { type: 'tel', autocomplete: 'tel' }), textField(host, ['school', 'email'], 'E-mail', { type: 'email', autocomplete: 'email' })),
			textField(host, ['school', 'website'], 'Website', { type: 'url', autocomplete: 'url' }),
		),
	);

	const welcome = part('Welkom', 'ik-part-intro', textField(host, ['intro'], 'Welkom aan de ouders', { multiline: true, examples: examples.intro, name: 'het welkom', hint: 'Een of twee zinnen bovenaan de kaart.' }));

	const channelFields = (path: Path) => [
		selectField(host, [...path, 'kind'], 'Hoe', CHANNEL_CHOICES),
		textField(host, [...path, 'detail'], 'Nummer, adres of naam van de app', { hint: 'Bijvoorbeeld: 010 123 45 67, juf.sanne@school.nl, Parro' }),
		checkboxesField(host, [...path, 'days'], 'Op welke dagen', DAYS),
		h('div', { class: 'ik-form__pair' }, textField(host, [...path, 'from'], 'Vanaf', { type: 'time' }), textField(host, [...path, 'until'], 'Tot', { type: 'time' })),
		textField(host, [...path, 'note'], 'Extra uitleg (niet verplicht)', { examples: examples.channelNote, name: 'de extra uitleg' }),
	];

	const people = part(
		'Contactpersonen',
		'ik-part-people',
		h('p', { class: 'ik-form__intro' }, card.sector === 'po' ? 'Wie is de leerkracht, en hoe en wanneer bereiken ouders hem of haar? Werkt de groep met twee leerkrachten, voeg dan een tweede toe.' : 'Wie is de mentor of studieloopbaanbegeleider, en hoe en wanneer bereiken ouders hem of haar?'),
		listEditor<Person>(host, {
			path: ['people'],
			noun: 'Contactpersoon',
			addLabel: 'Contactpersoon toevoegen',
			create: (c) => newPerson(c.sector),
			firstField: 'role',
			emptyText: 'Nog geen contactpersoon.',
			fields: (person, path) => [
				h(
					'div',
					{ class: 'ik-form__pair' },
					selectField(host, [...path, 'role'], 'Rol', ROLE_CHOICES, { restructure: true }),
					person.role === 'other' ? textField(host, [...path, 'roleOther'], 'Rol in eigen woorden') : null,
				),
				textField(host, [...path, 'name'], 'Naam', { hint: 'Zoals de kinderen en ouders hem of haar noemen: Juf Sanne, Meneer Yilmaz' }),
				h(
					'div',
					{ class: 'ik-sublist' },
					h('p', { class: 'ik-sublist__title' }, 'Zo bereiken ouders deze persoon'),
					listEditor<ContactChannel>(host, {
						path: [...path, 'channels'],
						noun: 'Manier',
						addLabel: 'Manier van contact toevoegen',
						create: () => newChannel('phone'),
						firstField: 'kind',
						fields: (_channel, channelPath) => channelFields(channelPath),
					}),
				),
			],
		}),
	);

	const moments = part(
		'Contactmomenten',
		'ik-part-moments',
		h('p', { class: 'ik-form__intro' }, 'De momenten waarop je alle ouders op school verwacht, met datum en tijd. Weet je de datum nog niet, laat hem dan leeg: op de kaart staat dan "datum volgt".'),
		listEditor<Moment>(host, {
			path: ['moments'],
			noun: 'Contactmoment',
			addLabel: 'Contactmoment toevoegen',
			create: (c) => newMoment(nextMomentKind(c)),
			firstField: 'kind',
			emptyText: 'Nog geen contactmomenten.',
			fields: (moment, path) => [
				selectField(host, [...path, 'kind'], 'Wat', MOMENT_CHOICES, { restructure: true }),
				moment.kind === 'other' ? textField(host, [...path, 'title'], 'Naam van het moment') : null,
				h(
					'div',
					{ class: 'ik-form__pair' },
					textField(host, [...path, 'date'], 'Datum', { type: 'date' }),
					textField(host, [...path, 'endDate'], 'Tot en met (bij meer dagen)', { type: 'date', hint: 'Alleen als de gesprekken over meer dagen verdeeld zijn.' }),
				),
				h('div', { class: 'ik-form__pair' }, textField(host, [...path, 'start'], 'Begintijd', { type: 'time' }), textField(host, [...path, 'end'], 'Eindtijd', { type: 'time' })),
				textField(host, [...path, 'note'], 'Extra uitleg (niet verplicht)', { examples: examples.momentNote, name: 'de extra uitleg' }),
			],
		}),
	);

	const activityExamples = EXAMPLE_ACTIVITIES[card.sector];
	const activities = part(
		'Extra activiteiten (niet verplicht)',
		'ik-part-activities',
		h('p', { class: 'ik-form__intro' }, 'Wat de school daarnaast doet voor ouders die dat willen, zoals een oudercursus, de ouderkamer of een thema-avond.'),
		listEditor<Activity>(host, {
			path: ['activities'],
			noun: 'Activiteit',
			addLabel: 'Activiteit toevoegen',
			create: () => newActivity(),
			firstField: 'title',
			fields: (_activity, path) => [
				textField(host, [...path, 'title'], 'Wat'),
				textField(host, [...path, 'when'], 'Wanneer', { hint: 'In je eigen woorden: Elke eerste vrijdag van de maand, 8.30–9.30 uur' }),
				textField(host, [...path, 'note'], 'Extra uitleg (niet verplicht)'),
			],
		}),
		h(
			'details',
			{ class: 'ik-examples' },
			h('summary', null, 'Voorbeelden van activiteiten'),
			h(
				'ul',
				{ class: 'ik-examples__list', role: 'list' },
				activityExamples.map((example) => {
					const use = h('button', { type: 'button', class: 'gk-button ik-examples__use' }, 'Toevoegen', h('span', { class: 'sr-only' }, `: ${example.title}`));
					use.addEventListener('click', () => {
						const index = host.card.activities.length;
						const next = updateList<Card, Activity>(host.card, ['activities'], (list) => list.push({ ...newActivity(), ...example }));
						host.restructure(next, idOf(['activities', index, 'title']), `Activiteit ${index + 1} toegevoegd: ${example.title}. Pas hem gerust aan.`);
					});
					return h('li', null, h('p', { class: 'ik-examples__sentence' }, h('strong', null, example.title), ` (${example.when})`), use);
				}),
			),
		),
	);

	const illness = part(
		'Ziek en beter melden',
		'ik-part-illness',
		textField(host, ['illness', 'how'], 'Hoe melden ouders hun kind ziek?', { multiline: true, examples: examples.illnessHow, name: 'de ziekmelding' }),
		textField(host, ['illness', 'before'], 'Vóór hoe laat?', { type: 'time' }),
		textField(host, ['illness', 'better'], 'En als het kind weer beter is?', { multiline: true, examples: examples.illnessBetter, name: 'de betermelding' }),
	);

	const missingHolidays = USUAL_HOLIDAYS.filter((kind) => !card.daysOff.some((day) => day.kind === kind));
	const addHolidays = h('button', { type: 'button', class: 'gk-button', id: 'ik-daysOff-usual', disabled: missingHolidays.length === 0 }, 'De gewone schoolvakanties toevoegen');
	addHolidays.addEventListener('click', () => {
		const index = host.card.daysOff.length;
		const next = updateList<Card, DayOff>(host.card, ['daysOff'], (list) => list.push(...missingHolidays.map((kind) => newDayOff(kind))));
		host.restructure(next, idOf(['daysOff', index, 'start']), `${missingHolidays.length} vakanties toegevoegd, zonder data. Vul bij elk de eerste en de laatste dag in.`);
	});
	const daysOff = part(
		'Vakanties en studiedagen',
		'ik-part-days-off',
		h('p', { class: 'ik-form__intro' }, 'De vakanties staan op rijksoverheid.nl (ze verschillen per regio); de studiedagen kiest de school zelf.'),
		listEditor<DayOff>(host, {
			path: ['daysOff'],
			noun: 'Vrije dag of vakantie',
			addLabel: 'Vakantie of studiedag toevoegen',
			create: (c) => newDayOff(c.daysOff.some((d) => d.kind === 'autumn') ? 'studyDay' : 'autumn'),
			firstField: 'kind',
			fields: (day, path) => [
				selectField(host, [...path, 'kind'], 'Wat', DAY_OFF_CHOICES, { restructure: true }),
				day.kind === 'other' ? textField(host, [...path, 'title'], 'Naam') : null,
				h('div', { class: 'ik-form__pair' }, textField(host, [...path, 'start'], 'Eerste dag', { type: 'date' }), textField(host, [...path, 'end'], 'Laatste dag', { type: 'date', hint: 'Leeg bij één dag.' })),
			],
		}),
		h('p', { class: 'ik-form__actions' }, addHolidays),
	);

	const closing = part('Afsluiting', 'ik-part-closing', textField(host, ['closing'], 'Laatste zin op de kaart (niet verplicht)', { examples: examples.closing, name: 'de laatste zin' }));

	replaceChildren(form, settings, school, welcome, people, moments, activities, illness, daysOff, closing);
}

/** A new contact moment takes the first kind not yet on the card. */
function nextMomentKind(card: Card): MomentKind {
	const order: MomentKind[] = card.sector === 'po' ? ['introduction', 'informationEvening', 'progressMeeting', 'reportMeeting', 'adviceMeeting', 'parentsEvening'] : ['startMeeting', 'informationEvening', 'progressMeeting', 'reportMeeting', 'parentsEvening'];
	return order.find((kind) => !card.moments.some((m) => m.kind === kind)) ?? 'other';
}


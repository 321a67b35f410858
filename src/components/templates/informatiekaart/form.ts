/**
 * The form where a team composes its card, drawn from the card's data with the kit's fields. It is
 * drawn again as a whole when its structure changes (a row added or removed, a choice that shows
 * other fields); typing only changes the data. Every field has a visible label; all of it works by
 * keyboard. The parts with lists of rows are in `form-people.ts` (the contact persons) and
 * `form-calendar.ts` (contact moments, activities, holidays); what every part uses is in
 * `form-common.ts`.
 */
import { EXAMPLE_SENTENCES } from '../../../lib/informatiekaart/examples';
import {
	PARENT_LANGUAGES,
	PARENT_LANGUAGE_CODES,
	TRANSLATION_NOTICE,
	type ParentLanguage,
} from '../../../lib/i18n/languages';
import { h, replaceChildren } from '../kit/dom';
import { radioField, selectField, textField } from '../kit/fields';
import { logoField } from '../kit/logo';
import { activitiesPart, daysOffPart, momentsPart } from './form-calendar';
import { pair, part, sentences, type CardForm } from './form-common';
import { peoplePart } from './form-people';

const LANGUAGE_CHOICES = PARENT_LANGUAGE_CODES.map(
	(code) =>
		[
			code,
			code === 'nl'
				? 'Alleen Nederlands'
				: `${PARENT_LANGUAGES[code].name} (${PARENT_LANGUAGES[code].nativeName})`,
		] as const,
) as readonly (readonly [ParentLanguage, string])[];

export function drawForm(element: HTMLElement, form: CardForm): void {
	const examples = EXAMPLE_SENTENCES[form.data.sector];
	replaceChildren(
		element,
		settingsPart(form),
		schoolPart(form),
		part(
			'Welkom',
			'ik-part-intro',
			textField(form, ['intro'], 'Welkom aan de ouders', {
				multiline: true,
				examples: sentences(examples.intro, 'het welkom'),
				hint: 'Een of twee zinnen bovenaan de kaart.',
			}),
		),
		peoplePart(form),
		momentsPart(form),
		activitiesPart(form),
		part(
			'Ziek en beter melden',
			'ik-part-illness',
			textField(form, ['illness', 'how'], 'Hoe melden ouders hun kind ziek?', {
				multiline: true,
				examples: sentences(examples.illnessHow, 'de ziekmelding'),
			}),
			textField(form, ['illness', 'before'], 'Vóór hoe laat?', { type: 'time' }),
			textField(form, ['illness', 'better'], 'En als het kind weer beter is?', {
				multiline: true,
				examples: sentences(examples.illnessBetter, 'de betermelding'),
			}),
		),
		daysOffPart(form),
		part(
			'Afsluiting',
			'ik-part-closing',
			textField(form, ['closing'], 'Laatste zin op de kaart (niet verplicht)', {
				examples: sentences(examples.closing, 'de laatste zin'),
			}),
		),
	);
}

function settingsPart(form: CardForm): HTMLElement {
	const { language } = form.data;
	return part(
		'Soort school en taal',
		'ik-part-settings',
		radioField(
			form,
			['sector'],
			'Soort school',
			[
				['po', 'Basisschool (po)'],
				['vo', 'Voortgezet onderwijs (vo)'],
			],
			{
				restructure: true,
				hint: 'Bepaalt welke voorbeeldzinnen het formulier geeft.',
			},
		),
		selectField(form, ['language'], 'Taal voor ouders', LANGUAGE_CHOICES, {
			restructure: true,
			hint: 'De vaste koppen en woorden op de kaart komen in deze taal. Wat je zelf typt, blijft zoals je het typt.',
		}),
		language === 'nl'
			? null
			: radioField(form, ['languageLayout'], 'Hoe staat de vertaling op de kaart?', [
					['side', 'Naast het Nederlands'],
					['alone', `Alleen in het ${PARENT_LANGUAGES[language].name}`],
				]),
		h('p', { class: 'ik-notice' }, TRANSLATION_NOTICE),
	);
}

function schoolPart(form: CardForm): HTMLElement {
	const po = form.data.sector === 'po';
	return part(
		'School en klas',
		'ik-part-school',
		textField(form, ['school', 'name'], 'Naam van de school', { autocomplete: 'organization' }),
		pair(
			textField(form, ['school', 'className'], po ? 'Groep' : 'Klas', {
				hint: po ? 'Bijvoorbeeld: Groep 5b' : 'Bijvoorbeeld: Klas 2 havo B',
			}),
			textField(form, ['school', 'schoolYear'], 'Schooljaar', { hint: 'Bijvoorbeeld: 2026-2027' }),
		),
		logoField(form),
		h(
			'fieldset',
			{ class: 'ik-group' },
			h('legend', null, 'Gegevens van de school (onderaan de kaart)'),
			textField(form, ['school', 'address'], 'Adres', { autocomplete: 'street-address' }),
			pair(
				textField(form, ['school', 'phone'], 'Telefoon', { type: 'tel', autocomplete: 'tel' }),
				textField(form, ['school', 'email'], 'E-mail', { type: 'email', autocomplete: 'email' }),
			),
			textField(form, ['school', 'website'], 'Website', { type: 'url', autocomplete: 'url' }),
		),
	);
}

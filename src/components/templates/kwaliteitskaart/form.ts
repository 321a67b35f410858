/**
 * The form where a team writes its kwaliteitskaart, drawn from the card's data with the kit's
 * fields. It is drawn again as a whole when its structure changes (a row added, moved or removed, an
 * example taken over); typing and ticking a factor only change the data. Every field has a visible
 * label; all of it works by keyboard, and after each structural change the focus goes where a
 * keyboard user expects it.
 */
import { todayIso } from '../../../lib/dates';
import {
	newAgreement,
	newChannel,
	newGoal,
	type Agreement,
	type Card,
	type Channel,
	type Goal,
} from '../../../lib/kwaliteitskaart/card';
import { factorNames, type FactorInfo } from '../../../lib/kwaliteitskaart/coverage';
import {
	EXAMPLE_AGREEMENTS,
	EXAMPLE_CHANNELS,
	EXAMPLE_EVALUATION,
	EXAMPLE_GOALS,
	EXAMPLE_INTRO,
	EXAMPLE_SAFEGUARDING,
} from '../../../lib/kwaliteitskaart/examples';
import { h, replaceChildren } from '../kit/dom';
import { checkboxesField, textField, type ExampleWords } from '../kit/fields';
import { replaceAndFocus, type FormContext } from '../kit/form';
import { listEditor } from '../kit/list-editor';
import { logoField } from '../kit/logo';

type CardForm = FormContext<Card>;

/** Example texts go into a field after what is there, as a paragraph of their own. */
const TEXTS: ExampleWords = {
	summary: 'Voorbeeldteksten',
	use: 'Gebruik deze tekst',
	which: (name, index) => ` (${name}, voorbeeld ${index + 1})`,
	done: (name) => `Voorbeeldtekst gezet bij ${name}. Pas hem gerust aan.`,
	separator: '\n\n',
};

function part(
	title: string,
	key: string,
	guidance: string,
	...content: (Node | null)[]
): HTMLElement {
	const headingId = `kk-part-${key}`;
	return h(
		'section',
		{ class: 'kk-form__part', 'aria-labelledby': headingId },
		h('h3', { id: headingId }, title),
		h('p', { class: 'kk-guidance' }, guidance),
		...content,
	);
}

/** Whether a row with this title (or name) is on the card already. */
const taken = (items: readonly { title?: string; name?: string }[], title: string) =>
	items.some((item) => (item.title ?? item.name) === title);

/** The examples of a list part, each marked when a row with its title is on the card already. */
function takeOver<E, Item>(
	examples: readonly E[],
	onCard: readonly { title?: string; name?: string }[],
	row: (example: E) => { title: string; describe: (Node | string | null)[]; item: Partial<Item> },
) {
	return {
		summary: `Voorbeelden om over te nemen (${examples.length})`,
		use: 'Overnemen',
		items: examples.map((example) => {
			const shown = row(example);
			return { ...shown, taken: taken(onCard, shown.title) };
		}),
	};
}

/** A part with one long text and examples to put in it. */
const textPart = (
	form: CardForm,
	key: 'intro' | 'evaluation' | 'safeguarding',
	title: string,
	guidance: string,
	label: string,
	examples: readonly string[],
	name: string,
) =>
	part(
		title,
		key,
		guidance,
		textField(form, [key], label, {
			multiline: true,
			rows: 4,
			examples: { texts: examples, words: TEXTS, name },
		}),
	);

export function drawForm(
	element: HTMLElement,
	form: CardForm,
	factors: readonly FactorInfo[],
): void {
	replaceChildren(
		element,
		schoolPart(form),
		textPart(
			form,
			'intro',
			'Inleiding',
			'Waarom heeft de school deze kaart? Schrijf in een paar zinnen wat goed contact met ouders oplevert en wat de kaart regelt.',
			'Tekst van de inleiding',
			EXAMPLE_INTRO,
			'de inleiding',
		),
		goalsPart(form),
		channelsPart(form),
		agreementsPart(form, factors),
		textPart(
			form,
			'evaluation',
			'Evaluatie',
			'Hoe en wanneer kijkt de school of de aanpak werkt? Noem wie meedenkt (ouders, de medezeggenschapsraad) en wanneer de kaart wordt bijgesteld.',
			'Zo evalueren we',
			EXAMPLE_EVALUATION,
			'de evaluatie',
		),
		textPart(
			form,
			'safeguarding',
			'Borging',
			'Hoe blijft de kaart bekend en actueel? Denk aan de startdag van het schooljaar, de inwerkmap voor nieuwe collega’s en wie de kaart bijhoudt.',
			'Zo borgen we de kaart',
			EXAMPLE_SAFEGUARDING,
			'de borging',
		),
	);
}

function schoolPart(form: CardForm): HTMLElement {
	const today = h(
		'button',
		{ type: 'button', class: 'gk-button', id: 'kk-versionDate-today' },
		'Datum van vandaag',
	);
	today.addEventListener('click', () =>
		replaceAndFocus(
			form,
			{ ...form.data, versionDate: todayIso() },
			'kk-versionDate',
			'De versiedatum is nu vandaag.',
		),
	);
	return part(
		'School en versie',
		'school',
		'Bovenaan de kaart staan de naam van de school en de datum van deze versie. Zo ziet iedereen meteen of hij de nieuwste kaart voor zich heeft. Zet de datum op de dag dat het team de kaart heeft vastgesteld.',
		textField(form, ['school', 'name'], 'Naam van de school', { autocomplete: 'organization' }),
		logoField(form),
		h(
			'div',
			{ class: 'kk-date' },
			textField(form, ['versionDate'], 'Versiedatum', { type: 'date' }),
			today,
		),
	);
}

function goalsPart(form: CardForm): HTMLElement {
	return part(
		'Doelen',
		'goals',
		'Wat wil de school met de communicatie bereiken? Geef elk doel een kort woord en een zin uitleg. Een handvol doelen is genoeg.',
		listEditor<Card, Goal>(form, {
			path: ['goals'],
			noun: 'Doel',
			addLabel: 'Doel toevoegen',
			emptyText: 'Nog geen doelen.',
			create: newGoal,
			firstField: 'title',
			fields: (_goal, path) => [
				textField(form, [...path, 'title'], 'Doel in een paar woorden'),
				textField(form, [...path, 'text'], 'Wat betekent dat bij ons?', { multiline: true }),
			],
			examples: takeOver(EXAMPLE_GOALS, form.data.goals, (item) => ({
				title: item.title,
				describe: [`: ${item.text}`],
				item,
			})),
		}),
	);
}

function channelsPart(form: CardForm): HTMLElement {
	return part(
		'Middelen en kanalen',
		'channels',
		'Hoe bereikt de school ouders, en ouders de school? Zet bij elk middel waarvoor het dient en hoe vaak het wordt gebruikt.',
		listEditor<Card, Channel>(form, {
			path: ['channels'],
			noun: 'Middel',
			addLabel: 'Middel toevoegen',
			emptyText: 'Nog geen middelen.',
			create: newChannel,
			firstField: 'name',
			fields: (_channel, path) => [
				textField(form, [...path, 'name'], 'Naam van het middel', {
					hint: 'Bijvoorbeeld: Ouderapp, Koffie-uurtje, Gesprekken',
				}),
				textField(form, [...path, 'purpose'], 'Waarvoor', { multiline: true }),
				textField(form, [...path, 'frequency'], 'Hoe vaak', {
					hint: 'Bijvoorbeeld: Elke week, Drie keer per jaar, Elke vrijdag',
				}),
			],
			examples: takeOver(EXAMPLE_CHANNELS, form.data.channels, (item) => ({
				title: item.name,
				describe: [`: ${item.purpose} `, h('em', null, item.frequency)],
				item,
			})),
		}),
	);
}

function agreementsPart(form: CardForm, factors: readonly FactorInfo[]): HTMLElement {
	const choices = factors.map((factor) => ({
		value: factor.number,
		label: [`${factor.number}. ${factor.title}`],
	}));
	return part(
		'Teamafspraken',
		'agreements',
		'Wat doet iedereen in het team, zodat ouders overal hetzelfde kunnen verwachten? Schrijf kort en concreet: wat, hoe vaak, wie. Vink bij elke afspraak aan aan welke succesfactoren hij bijdraagt; onder het formulier zie je welke factoren de kaart nog open laat.',
		listEditor<Card, Agreement>(form, {
			path: ['agreements'],
			noun: 'Afspraak',
			addLabel: 'Afspraak toevoegen',
			emptyText: 'Nog geen afspraken.',
			create: newAgreement,
			firstField: 'title',
			fields: (_agreement, path, index) => [
				textField(form, [...path, 'title'], 'Onderwerp', {
					hint: 'Bijvoorbeeld: Klasberichten, Ziek melden, Bereikbaarheid',
				}),
				textField(form, [...path, 'text'], 'De afspraak', { multiline: true, rows: 4 }),
				// Ticking changes the data and the coverage, not the form.
				checkboxesField(
					form,
					[...path, 'factors'],
					`Succesfactoren waar afspraak ${index + 1} aan bijdraagt`,
					choices,
					'kk-factors',
				),
			],
			examples: takeOver(EXAMPLE_AGREEMENTS, form.data.agreements, (item) => ({
				title: item.title,
				describe: [
					`: ${item.text}`,
					item.factors.length
						? h(
								'span',
								{ class: 'kk-examples__factors' },
								` Succesfactoren: ${factorNames(factors, item.factors)}.`,
							)
						: null,
				],
				item: { ...item, factors: [...item.factors] },
			})),
		}),
	);
}

/**
 * The form where a team writes its kwaliteitskaart, drawn from the card's data. It is drawn again as
 * a whole when its structure changes (a row added, moved or removed, an example taken over); typing
 * and ticking a factor only change the data. Every field has a visible label; all of it works by
 * keyboard, and after each structural change the focus goes where a keyboard user expects it.
 */
import { newAgreement, newChannel, newGoal, toggleFactor, isoDate, type Agreement, type Card, type Channel, type Goal } from '../../../lib/kwaliteitskaart/card';
import type { FactorInfo } from '../../../lib/kwaliteitskaart/coverage';
import { EXAMPLE_AGREEMENTS, EXAMPLE_CHANNELS, EXAMPLE_EVALUATION, EXAMPLE_GOALS, EXAMPLE_INTRO, EXAMPLE_SAFEGUARDING } from '../../../lib/kwaliteitskaart/examples';
import { getIn, move, setIn, updateList, type Path } from '../../../lib/informatiekaart/paths';
import { h, replaceChildren } from '../kit/dom';
import { logoField } from '../kit/logo';

export interface FormHost {
	readonly card: Card;
	readonly factors: readonly FactorInfo[];
	/** A typed change: kept, saved shortly after, shown in the preview and the coverage. */
	change(next: Card): void;
	/** A change that alters the form itself: the form is redrawn and focus moves to `focusId`. */
	restructure(next: Card, focusId: string | null, message?: string): void;
	/** A short message for screen readers (and sighted users) about what just happened. */
	say(message: string): void;
}

/** The element id for the field at `path`: `kk-agreements-2-title`. */
export const idOf = (path: Path) => `kk-${path.join('-')}`;

function textField(host: FormHost, path: Path, label: string, options: { multiline?: boolean; hint?: string; type?: 'text' | 'date'; rows?: number } = {}): HTMLElement {
	const id = idOf(path);
	const hintId = options.hint ? `${id}-hint` : null;
	const input = options.multiline ? h('textarea', { id, name: id, rows: String(options.rows ?? 3), 'aria-describedby': hintId }) : h('input', { id, name: id, type: options.type ?? 'text', autocomplete: 'off', 'aria-describedby': hintId });
	input.value = String(getIn(host.card, path) ?? '');
	input.addEventListener('input', () => host.change(setIn(host.card, path, input.value)));
	return h('div', { class: 'gk-field' }, h('label', { for: id }, label), options.hint ? h('p', { class: 'gk-field__hint', id: hintId }, options.hint) : null, input);
}

function part(title: string, key: string, guidance: string, ...content: (Node | null)[]): HTMLElement {
	const headingId = `kk-part-${key}`;
	return h('section', { class: 'kk-form__part', 'aria-labelledby': headingId }, h('h3', { id: headingId }, title), h('p', { class: 'kk-guidance' }, guidance), ...content);
}

/** Example texts for a single text field: each can be put in the field with one button, then adapted. */
function textExamples(host: FormHost, path: Path, name: string, examples: readonly string[]): HTMLElement {
	return h(
		'details',
		{ class: 'kk-examples' },
		h('summary', null, 'Voorbeeldteksten'),
		h(
			'ul',
			{ class: 'kk-examples__list', role: 'list' },
			examples.map((example, index) => {
				const use = h('button', { type: 'button', class: 'gk-button' }, 'Gebruik deze tekst', h('span', { class: 'sr-only' }, ` (${name}, voorbeeld ${index + 1})`));
				use.addEventListener('click', () => {
					const current = String(getIn(host.card, path) ?? '').trimEnd();
					host.restructure(setIn(host.card, path, current ? `${current}\n\n${example}` : example), idOf(path), `Voorbeeldtekst gezet bij ${name}. Pas hem gerust aan.`);
				});
				return h('li', null, h('p', { class: 'kk-examples__text' }, example), use);
			}),
		),
	);
}

interface ListOptions<Item> {
	key: 'goals' | 'channels' | 'agreements';
	/** One row, with a capital: "Afspraak". */
	noun: string;
	addLabel: string;
	emptyText: string;
	create(): Item;
	fields(item: Item, path: Path, index: number): (Node | null)[];
	/** The key of the row's first field, for focus. */
	firstField: string;
	/** Examples to take over, with what the button says after "Overnemen:". */
	examples: readonly { title: string; describe: (Node | string | null)[]; item: Omit<Item, 'id'> }[];
}

function listPart<Item extends { id: string }>(host: FormHost, options: ListOptions<Item>): HTMLElement {
	const path = [options.key];
	const items = getIn(host.card, path) as Item[];
	const lower = options.noun.toLowerCase();
	const first = (index: number) => idOf([...path, index, options.firstField]);
	const addId = idOf([...path, 'add']);

	const rowButton = (index: number, action: 'up' | 'down' | 'remove', text: string, disabled: boolean, onClick: () => void) => {
		const button = h('button', { type: 'button', id: idOf([...path, index, action]), class: ['gk-button', 'kk-row__button', action === 'remove' && 'gk-button--danger'], disabled }, text, h('span', { class: 'sr-only' }, ` (${lower} ${index + 1})`));
		button.addEventListener('click', onClick);
		return button;
	};
	const moveTo = (from: number, to: number, action: 'up' | 'down') => {
		const next = updateList<Card, Item>(host.card, path, (list) => move(list, from, to));
		const atEdge = (action === 'up' && to === 0) || (action === 'down' && to === items.length - 1);
		host.restructure(next, idOf([...path, to, atEdge ? (action === 'up' ? 'down' : 'up') : action]), `${options.noun} verplaatst naar plek ${to + 1} van ${items.length}.`);
	};

	const rows = items.map((item, index) =>
		h(
			'li',
			{ class: 'kk-row' },
			h(
				'fieldset',
				{ class: 'kk-row__fieldset' },
				h('legend', { class: 'kk-row__legend' }, `${options.noun} ${index + 1}`),
				options.fields(item, [...path, index], index),
				h(
					'div',
					{ class: 'kk-row__tools' },
					rowButton(index, 'up', 'Omhoog', index === 0, () => moveTo(index, index - 1, 'up')),
					rowButton(index, 'down', 'Omlaag', index === items.length - 1, () => moveTo(index, index + 1, 'down')),
					rowButton(index, 'remove', 'Verwijderen', false, () => {
						const next = updateList<Card, Item>(host.card, path, (list) => list.splice(index, 1));
						const remaining = items.length - 1;
						host.restructure(next, remaining === 0 ? addId : first(Math.min(index, remaining - 1)), `${options.noun} ${index + 1} verwijderd.${remaining === 0 ? '' : ` Er ${remaining === 1 ? 'is' : 'zijn'} nog ${remaining}.`}`);
					}),
				),
			),
		),
	);

	const add = h('button', { type: 'button', id: addId, class: 'gk-button kk-list__add' }, `+ ${options.addLabel}`);
	add.addEventListener('click', () => {
		const next = updateList<Card, Item>(host.card, path, (list) => list.push(options.create()));
		host.restructure(next, first(items.length), `${options.noun} ${items.length + 1} toegevoegd.`);
	});

	const examples = h(
		'details',
		{ class: 'kk-examples' },
		h('summary', null, `Voorbeelden om over te nemen (${options.examples.length})`),
		h(
			'ul',
			{ class: 'kk-examples__list', role: 'list' },
			options.examples.map((example) => {
				const taken = items.some((item) => (item as unknown as { title?: string; name?: string }).title === example.title || (item as unknown as { name?: string }).name === example.title);
				const use = h('button', { type: 'button', class: 'gk-button' }, 'Overnemen', h('span', { class: 'sr-only' }, ` (${example.title})`));
				use.addEventListener('click', () => {
					const index = host.card[options.key].length;
					const next = updateList<Card, Item>(host.card, path, (list) => list.push({ ...options.create(), ...example.item }));
					host.restructure(next, first(index), `${options.noun} ${index + 1} toegevoegd: ${example.title}. Pas de tekst gerust aan.`);
				});
				return h('li', null, h('div', { class: 'kk-examples__text' }, h('strong', null, example.title), taken ? h('span', { class: 'kk-examples__taken' }, ' (staat al op de kaart)') : null, ...example.describe), use);
			}),
		),
	);

	return h('div', { class: 'kk-list' }, items.length ? h('ol', { class: 'kk-rows', role: 'list' }, rows) : h('p', { class: 'kk-list__empty' }, options.emptyText), add, examples);
}

/** The ten factors as checkboxes for one agreement; ticking changes the data and the coverage, not the form. */
function factorBoxes(host: FormHost, path: Path, agreement: Agreement, index: number): HTMLElement {
	const name = idOf([...path, 'factors']);
	return h(
		'fieldset',
		{ class: 'kk-factors' },
		h('legend', null, `Succesfactoren waar afspraak ${index + 1} aan bijdraagt`),
		h(
			'div',
			{ class: 'kk-factors__options' },
			host.factors.map((factor) => {
				const id = `${name}-${factor.number}`;
				const input = h('input', { type: 'checkbox', id, name, value: String(factor.number) });
				input.checked = agreement.factors.includes(factor.number);
				input.addEventListener('change', () => {
					const current = (getIn(host.card, [...path, 'factors']) as number[]) ?? [];
					host.change(setIn(host.card, [...path, 'factors'], toggleFactor(current, factor.number, input.checked)));
				});
				return h('div', { class: 'kk-factors__option' }, input, h('label', { for: id }, `${factor.number}. ${factor.title}`));
			}),
		),
	);
}

const factorNames = (host: FormHost, numbers: readonly number[]) => host.factors.filter((f) => numbers.includes(f.number)).map((f) => `${f.number}. ${f.title}`);

export function drawForm(form: HTMLElement, host: FormHost): void {
	const today = h('button', { type: 'button', class: 'gk-button', id: 'kk-versionDate-today' }, 'Datum van vandaag');
	today.addEventListener('click', () => host.restructure(setIn(host.card, ['versionDate'], isoDate(new Date())), 'kk-versionDate', 'De versiedatum is nu vandaag.'));

	const school = part(
		'School en versie',
		'school',
		'Bovenaan de kaart staan de naam van de school en de datum van deze versie. Zo ziet iedereen meteen of hij de nieuwste kaart voor zich heeft. Zet de datum op de dag dat het team de kaart heeft vastgesteld.',
		h('div', { class: 'gk-field' }, h('label', { for: 'kk-school-name' }, 'Naam van de school'), schoolName(host)),
		logoField('kk', host),
		h('div', { class: 'kk-date' }, textField(host, ['versionDate'], 'Versiedatum', { type: 'date' }), today),
	);

	const intro = part(
		'Inleiding',
		'intro',
		'Waarom heeft de school deze kaart? Schrijf in een paar zinnen wat goed contact met ouders oplevert en wat de kaart regelt.',
		textField(host, ['intro'], 'Tekst van de inleiding', { multiline: true, rows: 4 }),
		textExamples(host, ['intro'], 'de inleiding', EXAMPLE_INTRO),
	);

	const goals = part(
		'Doelen',
		'goals',
		'Wat wil de school met de communicatie bereiken? Geef elk doel een kort woord en een zin uitleg. Een handvol doelen is genoeg.',
		listPart<Goal>(host, {
			key: 'goals',
			noun: 'Doel',
			addLabel: 'Doel toevoegen',
			emptyText: 'Nog geen doelen.',
			create: newGoal,
			firstField: 'title',
			fields: (_goal, path) => [textField(host, [...path, 'title'], 'Doel in een paar woorden'), textField(host, [...path, 'text'], 'Wat betekent dat bij ons?', { multiline: true })],
			examples: EXAMPLE_GOALS.map((item) => ({ title: item.title, describe: [`: ${item.text}`], item })),
		}),
	);

	const channels = part(
		'Middelen en kanalen',
		'channels',
		'Hoe bereikt de school ouders, en ouders de school? Zet bij elk middel waarvoor het dient en hoe vaak het wordt gebruikt.',
		listPart<Channel>(host, {
			key: 'channels',
			noun: 'Middel',
			addLabel: 'Middel toevoegen',
			emptyText: 'Nog geen middelen.',
			create: newChannel,
			firstField: 'name',
			fields: (_channel, path) => [
				textField(host, [...path, 'name'], 'Naam van het middel', { hint: 'Bijvoorbeeld: Ouderapp, Koffie-uurtje, Gesprekken' }),
				textField(host, [...path, 'purpose'], 'Waarvoor', { multiline: true }),
				textField(host, [...path, 'frequency'], 'Hoe vaak', { hint: 'Bijvoorbeeld: Elke week, Drie keer per jaar, Elke vrijdag' }),
			],
			examples: EXAMPLE_CHANNELS.map((item) => ({ title: item.name, describe: [`: ${item.purpose} `, h('em', null, item.frequency)], item })),
		}),
	);

	const agreements = part(
		'Teamafspraken',
		'agreements',
		'Wat doet iedereen in het team, zodat ouders overal hetzelfde kunnen verwachten? Schrijf kort en concreet: wat, hoe vaak, wie. Vink bij elke afspraak aan aan welke succesfactoren hij bijdraagt; onder het formulier zie je welke factoren de kaart nog open laat.',
		listPart<Agreement>(host, {
			key: 'agreements',
			noun: 'Afspraak',
			addLabel: 'Afspraak toevoegen',
			emptyText: 'Nog geen afspraken.',
			create: newAgreement,
			firstField: 'title',
			fields: (agreement, path, index) => [
				textField(host, [...path, 'title'], 'Onderwerp', { hint: 'Bijvoorbeeld: Klasberichten, Ziek melden, Bereikbaarheid' }),
				textField(host, [...path, 'text'], 'De afspraak', { multiline: true, rows: 4 }),
				factorBoxes(host, path, agreement, index),
			],
			examples: EXAMPLE_AGREEMENTS.map((item) => ({
				title: item.title,
				describe: [`: ${item.text}`, item.factors.length ? h('span', { class: 'kk-examples__factors' }, ` Succesfactoren: ${factorNames(host, item.factors).join(', ')}.`) : null],
				item: { ...item, factors: [...item.factors] },
			})),
		}),
	);

	const evaluation = part(
		'Evaluatie',
		'evaluation',
		'Hoe en wanneer kijkt de school of de aanpak werkt? Noem wie meedenkt (ouders, de medezeggenschapsraad) en wanneer de kaart wordt bijgesteld.',
		textField(host, ['evaluation'], 'Zo evalueren we', { multiline: true, rows: 4 }),
		textExamples(host, ['evaluation'], 'de evaluatie', EXAMPLE_EVALUATION),
	);

	const safeguarding = part(
		'Borging',
		'safeguarding',
		'Hoe blijft de kaart bekend en actueel? Denk aan de startdag van het schooljaar, de inwerkmap voor nieuwe collega’s en wie de kaart bijhoudt.',
		textField(host, ['safeguarding'], 'Zo borgen we de kaart', { multiline: true, rows: 4 }),
		textExamples(host, ['safeguarding'], 'de borging', EXAMPLE_SAFEGUARDING),
	);

	replaceChildren(form, school, intro, goals, channels, agreements, evaluation, safeguarding);
}

function schoolName(host: FormHost): HTMLInputElement {
	const input = h('input', { id: 'kk-school-name', name: 'kk-school-name', type: 'text', autocomplete: 'organization' });
	input.value = host.card.school.name;
	input.addEventListener('input', () => host.change(setIn(host.card, ['school', 'name'], input.value)));
	return input;
}

/**
 * What every part of the informatiekaart's form uses: the form's type, a part with its heading, two
 * fields side by side, and the example sentences for a field.
 */
import type { Card } from '../../../lib/informatiekaart/card';
import { CARD_LABELS } from '../../../lib/informatiekaart/labels';
import { h } from '../kit/dom';
import type { ExampleWords } from '../kit/fields';
import type { FormContext } from '../kit/form';

export type CardForm = FormContext<Card>;

/** Example sentences go into a field after what is there, with a space. */
const SENTENCES: ExampleWords = {
	summary: 'Voorbeeldzinnen',
	use: 'Gebruik deze zin',
	which: (_name, index) => ` (voorbeeld ${index + 1})`,
	done: (name) => `Voorbeeldzin gezet in ${name}. Pas hem gerust aan.`,
	separator: ' ',
};

/** The example sentences for a field, named in the message ("het welkom"). */
export const sentences = (texts: readonly string[], name: string) => ({
	texts,
	words: SENTENCES,
	name,
});

/** One part of the form, with its heading. */
export function part(title: string, id: string, ...content: (Node | null)[]): HTMLElement {
	return h(
		'section',
		{ class: 'ik-form__part', 'aria-labelledby': id },
		h('h3', { id, class: 'ik-form__title' }, title),
		...content,
	);
}

export const pair = (...fields: (Node | null)[]) => h('div', { class: 'ik-form__pair' }, fields);

/** The Dutch labels of the card, for the choices. */
export const NL = CARD_LABELS.nl;

/**
 * How the informatiekaart writes text (`card-dom.ts`, `card-sections.ts`): the team's own text as
 * typed (with `dir="auto"`), and fixed words with their translation, each translated label with its
 * own `lang` and `dir`.
 */
import type { CardView, Fixed, Words } from '../../../lib/informatiekaart/view';
import { h } from '../kit/dom';

/** A label's `lang` and `dir`, left out when it is in the card's language. */
export const langAttrs = (part: Fixed[number], cardLang: string) => ({
	lang: part.lang === cardLang ? null : part.lang,
	dir: part.lang === cardLang ? null : part.dir,
});

/** Fixed words: the main part, and the translation below it (`stacked`) or after a slash (`inline`). */
function fixed(words: Fixed, mode: 'stacked' | 'inline', cardLang: string): HTMLElement {
	const [main, ...rest] = words;
	return h(
		'span',
		{ class: ['ik-w', `ik-w--${mode}`] },
		main ? h('span', { class: 'ik-w__main', ...langAttrs(main, cardLang) }, main.text) : null,
		rest.flatMap((part) => [
			mode === 'inline' ? h('span', { class: 'ik-w__sep', 'aria-hidden': 'true' }, ' / ') : null,
			h('span', { class: 'ik-w__tr', lang: part.lang, dir: part.dir }, part.text),
		]),
	);
}

/** How the card writes text: the team's own (as typed), fixed words (with their translation), a section. */
export interface Writer {
	view: CardView;
	own(text: string, tag?: 'span' | 'p' | 'strong', className?: string): HTMLElement;
	words(value: Words, mode?: 'stacked' | 'inline', className?: string): HTMLElement;
	fixed(words: Fixed, mode?: 'stacked' | 'inline'): HTMLElement;
	section(kind: string, heading: Fixed, ...content: (Node | null)[]): HTMLElement;
}

export function writer(view: CardView): Writer {
	/** The team's own text: as typed, with its own direction; marked Dutch when the card's labels are in another language. */
	const own: Writer['own'] = (text, tag = 'span', className) =>
		h(tag, { class: className, dir: 'auto', lang: view.lang === 'nl' ? null : 'nl' }, text);
	const fixedIn: Writer['fixed'] = (value, mode = 'inline') => fixed(value, mode, view.lang);
	return {
		view,
		own,
		fixed: fixedIn,
		words: (value, mode = 'stacked', className) =>
			typeof value === 'string' ? own(value, 'span', className) : fixedIn(value, mode),
		section: (kind, heading, ...content) =>
			h(
				'section',
				{ class: ['ik-card__section', `ik-card__section--${kind}`] },
				h('h4', { class: 'ik-card__heading' }, fixedIn(heading)),
				...content,
			),
	};
}

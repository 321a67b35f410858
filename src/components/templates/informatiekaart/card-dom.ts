/**
 * The card as DOM, from the view in `lib/informatiekaart/view.ts`: the same function draws the
 * preview and each card on the print sheet. Everything is text nodes (through `h()`); the team's
 * text gets `dir="auto"`, so a line typed in Arabic reads right-to-left even on a Dutch card, and
 * each translated label carries its own `lang` and `dir`.
 */
import type { CardView, Fixed, Words } from '../../../lib/informatiekaart/view';
import { h } from '../kit/dom';

/** Fixed words: the main part, and the translation below it (`stacked`) or after a slash (`inline`). */
function fixed(words: Fixed, mode: 'stacked' | 'inline', cardLang: string): HTMLElement {
	const [main, ...rest] = words;
	const attrs = (part: Fixed[number]) => ({
		lang: part.lang === cardLang ? null : part.lang,
		dir: part.lang === cardLang ? null : part.dir,
	});
	return h(
		'span',
		{ class: ['ik-w', `ik-w--${mode}`] },
		main ? h('span', { class: 'ik-w__main', ...attrs(main) }, main.text) : null,
		rest.flatMap((part) => [
			mode === 'inline' ? h('span', { class: 'ik-w__sep', 'aria-hidden': 'true' }, ' / ') : null,
			h('span', { class: 'ik-w__tr', lang: part.lang, dir: part.dir }, part.text),
		]),
	);
}

/** When a moment is: the day (and hours) on the first line, the day in the translation below. */
function momentWhen(when: Fixed, hours: string, cardLang: string): HTMLElement {
	const [main, ...rest] = when;
	const attrs = (part: Fixed[number]) => ({
		lang: part.lang === cardLang ? null : part.lang,
		dir: part.lang === cardLang ? null : part.dir,
	});
	return h(
		'span',
		{ class: 'ik-card__moment-when' },
		h(
			'span',
			{ class: 'ik-card__moment-day' },
			main ? h('span', attrs(main), main.text) : null,
			hours
				? [
						main ? h('span', { 'aria-hidden': 'true' }, ' · ') : null,
						h('span', { class: 'ik-card__hours' }, hours),
					]
				: null,
		),
		rest.map((part) => h('span', { class: 'ik-w__tr', lang: part.lang, dir: part.dir }, part.text)),
	);
}

/** How the card writes text: the team's own (as typed), fixed words (with their translation), a section. */
interface Writer {
	view: CardView;
	own(text: string, tag?: 'span' | 'p' | 'strong', className?: string): HTMLElement;
	words(value: Words, mode?: 'stacked' | 'inline', className?: string): HTMLElement;
	fixed(words: Fixed, mode?: 'stacked' | 'inline'): HTMLElement;
	section(kind: string, heading: Fixed, ...content: (Node | null)[]): HTMLElement;
}

function writer(view: CardView): Writer {
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

/** The card; the school's name is an `h3` and each section an `h4` (the preview sits under an `h2`). */
export function renderCard(view: CardView): HTMLElement {
	const w = writer(view);
	const body = h(
		'div',
		{ class: 'ik-card__body' },
		view.intro ? w.own(view.intro, 'p', 'ik-card__intro') : null,
		contactSection(w),
		momentsSection(w),
		activitiesSection(w),
		illnessSection(w),
		daysOffSection(w),
	);
	if (!body.hasChildNodes())
		body.append(
			h(
				'p',
				{ class: 'ik-card__placeholder' },
				'Vul het formulier in: wat je typt, verschijnt hier op de kaart.',
			),
		);
	return h(
		'article',
		{ class: 'ik-card', lang: view.lang, dir: view.dir },
		cardHead(w),
		body,
		cardFoot(w),
	);
}

function cardHead({ view, own, fixed }: Writer): HTMLElement {
	return h(
		'header',
		{ class: 'ik-card__head' },
		view.logo
			? h('img', {
					class: 'ik-card__logo',
					src: view.logo.dataUrl,
					alt: view.logo.alt,
					width: String(view.logo.width),
					height: String(view.logo.height),
				})
			: null,
		h(
			'div',
			{ class: 'ik-card__titles' },
			h('p', { class: 'ik-card__kicker' }, fixed(view.title)),
			h(
				'h3',
				{ class: 'ik-card__school' },
				view.school
					? own(view.school)
					: h('span', { class: 'ik-card__placeholder' }, 'Naam van de school'),
			),
			view.className || view.schoolYear
				? h(
						'p',
						{ class: 'ik-card__class' },
						view.className ? own(view.className, 'strong') : null,
						view.className && view.schoolYear ? h('span', { 'aria-hidden': 'true' }, ' · ') : null,
						view.schoolYear ? fixed(view.schoolYear) : null,
					)
				: null,
		),
	);
}

function contactSection({ view, own, words, fixed, section }: Writer): HTMLElement | null {
	if (!view.contact) return null;
	type Person = NonNullable<CardView['contact']>['people'][number];
	const channel = (item: Person['channels'][number]) =>
		h(
			'li',
			{ class: 'ik-card__channel' },
			item.kind ? h('span', { class: 'ik-card__channel-kind' }, fixed(item.kind)) : null,
			h(
				'span',
				{ class: 'ik-card__channel-detail' },
				item.detail ? own(item.detail, 'span', 'ik-card__detail') : null,
				item.days || item.hours
					? h(
							'span',
							{ class: 'ik-card__when' },
							item.days ? fixed(item.days) : null,
							item.days && item.hours ? ' · ' : null,
							item.hours ? words(item.hours, 'inline') : null,
						)
					: null,
				item.note ? own(item.note, 'span', 'ik-card__note') : null,
			),
		);
	const person = (item: Person) =>
		h(
			'li',
			{ class: 'ik-card__person' },
			h(
				'p',
				{ class: 'ik-card__person-name' },
				item.role ? words(item.role, 'inline', 'ik-card__role') : null,
				item.role && item.name ? h('span', { 'aria-hidden': 'true' }, ': ') : null,
				item.name ? own(item.name, 'strong') : null,
			),
			item.channels.length
				? h('ul', { class: 'ik-card__channels', role: 'list' }, item.channels.map(channel))
				: null,
		);
	return section(
		'contact',
		view.contact.heading,
		h('ul', { class: 'ik-card__people', role: 'list' }, view.contact.people.map(person)),
	);
}

function momentsSection({ view, own, words, section }: Writer): HTMLElement | null {
	if (!view.moments) return null;
	return section(
		'moments',
		view.moments.heading,
		h(
			'ul',
			{ class: 'ik-card__moments', role: 'list' },
			view.moments.items.map((moment) =>
				h(
					'li',
					{ class: 'ik-card__moment' },
					h('span', { class: 'ik-card__moment-title' }, words(moment.title, 'stacked')),
					momentWhen(moment.when, moment.hours, view.lang),
					moment.note ? own(moment.note, 'span', 'ik-card__note ik-card__moment-note') : null,
				),
			),
		),
	);
}

function activitiesSection({ view, own, section }: Writer): HTMLElement | null {
	if (!view.activities) return null;
	return section(
		'activities',
		view.activities.heading,
		h(
			'ul',
			{ class: 'ik-card__activities', role: 'list' },
			view.activities.items.map((activity) =>
				h(
					'li',
					{ class: 'ik-card__activity' },
					activity.title ? own(activity.title, 'strong', 'ik-card__activity-title') : null,
					activity.when ? own(activity.when, 'span', 'ik-card__activity-when') : null,
					activity.note ? own(activity.note, 'span', 'ik-card__note') : null,
				),
			),
		),
	);
}

function illnessSection({ view, own, fixed, section }: Writer): HTMLElement | null {
	const { illness } = view;
	if (!illness) return null;
	return section(
		'illness',
		illness.heading,
		h(
			'p',
			{ class: 'ik-card__sick' },
			h('strong', null, fixed(illness.sick)),
			illness.before ? [' ', h('span', { class: 'ik-card__before' }, fixed(illness.before))] : null,
		),
		illness.how ? own(illness.how, 'p', 'ik-card__text') : null,
		illness.better
			? h(
					'p',
					{ class: 'ik-card__better' },
					h('strong', null, fixed(illness.better)),
					illness.betterText ? [' ', own(illness.betterText)] : null,
				)
			: null,
	);
}

function daysOffSection({ view, words, fixed, section }: Writer): HTMLElement | null {
	if (!view.daysOff) return null;
	return section(
		'days-off',
		view.daysOff.heading,
		h(
			'ul',
			{ class: 'ik-card__days-off', role: 'list' },
			view.daysOff.items.map((day) =>
				h(
					'li',
					{ class: 'ik-card__day-off' },
					h('span', { class: 'ik-card__day-title' }, words(day.title, 'stacked')),
					h('span', { class: 'ik-card__day-when' }, fixed(day.when, 'stacked')),
				),
			),
		),
	);
}

function cardFoot({ view, own, fixed }: Writer): HTMLElement | null {
	const { footer } = view;
	if (!footer && !view.closing) return null;
	const items = footer
		? (
				[
					[footer.labels.address, footer.address],
					[footer.labels.phone, footer.phone],
					[footer.labels.email, footer.email],
					[footer.labels.website, footer.website],
				] as const
			).filter(([, value]) => value)
		: [];
	return h(
		'footer',
		{ class: 'ik-card__foot' },
		view.closing ? own(view.closing, 'p', 'ik-card__closing') : null,
		footer
			? h(
					'p',
					{ class: 'ik-card__contact' },
					items.map(([name, value]) =>
						h(
							'span',
							{ class: 'ik-card__contact-item' },
							h('span', { class: 'ik-card__contact-label' }, fixed(name), ': '),
							own(value),
						),
					),
				)
			: null,
	);
}

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
	const attrs = (part: Fixed[number]) => ({ lang: part.lang === cardLang ? null : part.lang, dir: part.lang === cardLang ? null : part.dir });
	return h(
		'span',
		{ class: ['ik-w', `ik-w--${mode}`] },
		main ? h('span', { class: 'ik-w__main', ...attrs(main) }, main.text) : null,
		rest.flatMap((part) => [mode === 'inline' ? h('span', { class: 'ik-w__sep', 'aria-hidden': 'true' }, ' / ') : null, h('span', { class: 'ik-w__tr', lang: part.lang, dir: part.dir }, part.text)]),
	);
}

/** When a moment is: the day (and hours) on the first line, the day in the translation below. */
function momentWhen(when: Fixed, hours: string, cardLang: string): HTMLElement {
	const [main, ...rest] = when;
	const attrs = (part: Fixed[number]) => ({ lang: part.lang === cardLang ? null : part.lang, dir: part.lang === cardLang ? null : part.dir });
	return h(
		'span',
		{ class: 'ik-card__moment-when' },
		h('span', { class: 'ik-card__moment-day' }, main ? h('span', attrs(main), main.text) : null, hours ? [main ? h('span', { 'aria-hidden': 'true' }, ' · ') : null, h('span', { class: 'ik-card__hours' }, hours)] : null),
		rest.map((part) => h('span', { class: 'ik-w__tr', lang: part.lang, dir: part.dir }, part.text)),
	);
}

/** The card; the school's name is an `h3` and each section an `h4` (the preview sits under an `h2`). */
export function renderCard(view: CardView): HTMLElement {
	/** The team's own text: as typed, with its own direction; marked Dutch when the card's labels are in another language. */
	const own = (text: string, tag: 'span' | 'p' | 'strong' = 'span', className?: string) =>
		h(tag, { class: className, dir: 'auto', lang: view.lang === 'nl' ? null : 'nl' }, text);
	const words = (value: Words, mode: 'stacked' | 'inline' = 'stacked', className?: string) =>
		typeof value === 'string' ? own(value, 'span', className) : fixed(value, mode, view.lang);

	const section = (kind: string, heading: Fixed, ...content: (Node | null)[]) =>
		h('section', { class: ['ik-card__section', `ik-card__section--${kind}`] }, h('h4', { class: 'ik-card__heading' }, fixed(heading, 'inline', view.lang)), ...content);

	const head = h(
		'header',
		{ class: 'ik-card__head' },
		view.logo ? h('img', { class: 'ik-card__logo', src: view.logo.dataUrl, alt: view.logo.alt, width: String(view.logo.width), height: String(view.logo.height) }) : null,
		h(
			'div',
			{ class: 'ik-card__titles' },
			h('p', { class: 'ik-card__kicker' }, fixed(view.title, 'inline', view.lang)),
			h('h3', { class: 'ik-card__school' }, view.school ? own(view.school) : h('span', { class: 'ik-card__placeholder' }, 'Naam van de school')),
			view.className || view.schoolYear
				? h('p', { class: 'ik-card__class' }, view.className ? own(view.className, 'strong') : null, view.className && view.schoolYear ? h('span', { 'aria-hidden': 'true' }, ' · ') : null, view.schoolYear ? fixed(view.schoolYear, 'inline', view.lang) : null)
				: null,
		),
	);

	const body = h('div', { class: 'ik-card__body' });
	if (view.intro) body.append(own(view.intro, 'p', 'ik-card__intro'));

	if (view.contact) {
		body.append(
			section(
				'contact',
				view.contact.heading,
				h(
					'ul',
					{ class: 'ik-card__people', role: 'list' },
					view.contact.people.map((person) =>
						h(
							'li',
							{ class: 'ik-card__person' },
							h('p', { class: 'ik-card__person-name' }, person.role ? words(person.role, 'inline', 'ik-card__role') : null, person.role && person.name ? h('span', { 'aria-hidden': 'true' }, ': ') : null, person.name ? own(person.name, 'strong') : null),
							person.channels.length
								? h(
										'ul',
										{ class: 'ik-card__channels', role: 'list' },
										person.channels.map((channel) =>
											h(
												'li',
												{ class: 'ik-card__channel' },
												channel.kind ? h('span', { class: 'ik-card__channel-kind' }, fixed(channel.kind, 'inline', view.lang)) : null,
												h(
													'span',
													{ class: 'ik-card__channel-detail' },
													channel.detail ? own(channel.detail, 'span', 'ik-card__detail') : null,
													channel.days || channel.hours
														? h('span', { class: 'ik-card__when' }, channel.days ? fixed(channel.days, 'inline', view.lang) : null, channel.days && channel.hours ? ' · ' : null, channel.hours ? words(channel.hours, 'inline') : null)
														: null,
													channel.note ? own(channel.note, 'span', 'ik-card__note') : null,
												),
											),
										),
									)
								: null,
						),
					),
				),
			),
		);
	}

	if (view.moments) {
		body.append(
			section(
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
			),
		);
	}

	if (view.activities) {
		body.append(
			section(
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
			),
		);
	}

	if (view.illness) {
		const { illness } = view;
		body.append(
			section(
				'illness',
				illness.heading,
				h('p', { class: 'ik-card__sick' }, h('strong', null, fixed(illness.sick, 'inline', view.lang)), illness.before ? [' ', h('span', { class: 'ik-card__before' }, fixed(illness.before, 'inline', view.lang))] : null),
				illness.how ? own(illness.how, 'p', 'ik-card__text') : null,
				illness.better ? h('p', { class: 'ik-card__better' }, h('strong', null, fixed(illness.better, 'inline', view.lang)), illness.betterText ? [' ', own(illness.betterText)] : null) : null,
			),
		);
	}

	if (view.daysOff) {
		body.append(
			section(
				'days-off',
				view.daysOff.heading,
				h(
					'ul',
					{ class: 'ik-card__days-off', role: 'list' },
					view.daysOff.items.map((day) => h('li', { class: 'ik-card__day-off' }, h('span', { class: 'ik-card__day-title' }, words(day.title, 'stacked')), h('span', { class: 'ik-card__day-when' }, fixed(day.when, 'stacked', view.lang)))),
				),
			),
		);
	}

	if (!body.hasChildNodes()) body.append(h('p', { class: 'ik-card__placeholder' }, 'Vul het formulier in: wat je typt, verschijnt hier op de kaart.'));

	const footer = view.footer || view.closing
		? h(
				'footer',
				{ class: 'ik-card__foot' },
				view.closing ? own(view.closing, 'p', 'ik-card__closing') : null,
				view.footer
					? h(
							'p',
							{ class: 'ik-card__contact' },
							(
								[
									[view.footer.labels.address, view.footer.address],
									[view.footer.labels.phone, view.footer.phone],
									[view.footer.labels.email, view.footer.email],
									[view.footer.labels.website, view.footer.website],
								] as const
							)
								.filter(([, value]) => value)
								.map(([name, value]) => h('span', { class: 'ik-card__contact-item' }, h('span', { class: 'ik-card__contact-label' }, fixed(name, 'inline', view.lang), ': '), own(value))),
						)
					: null,
			)
		: null;

	return h('article', { class: 'ik-card', lang: view.lang, dir: view.dir }, head, body, footer);
}

/**
 * The sections in the informatiekaart's body, each an `h4` with its content, or nothing when the
 * card has nothing for it: contact persons, contact moments, activities, illness, holidays.
 */
import type { CardView, Fixed } from '../../../lib/informatiekaart/view';
import { h } from '../kit/dom';
import { langAttrs, type Writer } from './card-writer';

export function contactSection({ view, own, words, fixed, section }: Writer): HTMLElement | null {
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

/** When a moment is: the day (and hours) on the first line, the day in the translation below. */
function momentWhen(when: Fixed, hours: string, cardLang: string): HTMLElement {
	const [main, ...rest] = when;
	return h(
		'span',
		{ class: 'ik-card__moment-when' },
		h(
			'span',
			{ class: 'ik-card__moment-day' },
			main ? h('span', langAttrs(main, cardLang), main.text) : null,
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

export function momentsSection({ view, own, words, section }: Writer): HTMLElement | null {
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

export function activitiesSection({ view, own, section }: Writer): HTMLElement | null {
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

export function illnessSection({ view, own, fixed, section }: Writer): HTMLElement | null {
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

export function daysOffSection({ view, words, fixed, section }: Writer): HTMLElement | null {
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

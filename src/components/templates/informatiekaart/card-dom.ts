/**
 * The card as DOM, from the view in `lib/informatiekaart/view.ts`: the same function draws the
 * preview and each card on the print sheet. Everything is text nodes (through `h()`); the team's
 * text gets `dir="auto"`, so a line typed in Arabic reads right-to-left even on a Dutch card, and
 * each translated label carries its own `lang` and `dir` (`card-writer.ts`). The head and the foot
 * are drawn here, the sections of the body in `card-sections.ts`.
 */
import type { CardView } from '../../../lib/informatiekaart/view';
import { h } from '../kit/dom';
import {
	activitiesSection,
	contactSection,
	daysOffSection,
	illnessSection,
	momentsSection,
} from './card-sections';
import { writer, type Writer } from './card-writer';

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

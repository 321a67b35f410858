/**
 * The kwaliteitskaart as the page shows it and prints it, and the coverage of the ten success
 * factors. Built with `h()`: what the team typed is always text, never markup.
 */
import { formatVersionDate, type Card } from '../../../lib/kwaliteitskaart/card';
import {
	coverage,
	coverageSummary,
	factorNames,
	type FactorInfo,
} from '../../../lib/kwaliteitskaart/coverage';
import { CARD_TITLE } from '../../../lib/kwaliteitskaart/titles';
import { joinItems, joinList } from '../../../lib/text';
import { h } from '../kit/dom';

/** Paragraphs from text with blank lines between them; single line breaks stay (CSS `pre-line`). */
const paragraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => h('p', null, p));

/** A section of the card with its heading. */
const section = (title: string, ...content: (Node | Node[] | null)[]) =>
	h(
		'section',
		{ class: 'kk-card__section' },
		h('h3', { class: 'kk-card__heading' }, title),
		...content,
	);

export function renderCard(card: Card, factors: readonly FactorInfo[]): HTMLElement {
	const agreements = card.agreements.filter((a) => a.title.trim() || a.text.trim());
	const result = coverage(card, factors);
	return h(
		'article',
		{ class: 'kk-card', 'aria-label': 'De kwaliteitskaart' },
		cardTop(card),
		card.intro.trim() ? section('Inleiding', paragraphs(card.intro)) : null,
		goalsSection(card),
		channelsSection(card),
		agreementsSection(agreements, factors),
		card.evaluation.trim() ? section('Evaluatie', paragraphs(card.evaluation)) : null,
		card.safeguarding.trim() ? section('Borging', paragraphs(card.safeguarding)) : null,
		agreements.length && factors.length
			? section('De tien succesfactoren', h('p', null, coverageSummary(result, factors.length)))
			: null,
	);
}

/** The logo, the title, the school and the version date. */
function cardTop(card: Card): HTMLElement {
	return h(
		'header',
		{ class: 'kk-card__top' },
		card.school.logo
			? h('img', {
					class: 'kk-card__logo',
					src: card.school.logo.dataUrl,
					alt: `Logo van ${card.school.name.trim() || 'de school'}`,
				})
			: null,
		h(
			'div',
			null,
			h('p', { class: 'kk-card__title' }, CARD_TITLE),
			card.school.name.trim()
				? h('p', { class: 'kk-card__school' }, card.school.name.trim())
				: null,
			h(
				'p',
				{ class: 'kk-card__version' },
				card.versionDate
					? `Versie van ${formatVersionDate(card.versionDate)}`
					: 'Versiedatum nog invullen',
			),
		),
	);
}

function goalsSection(card: Card): HTMLElement | null {
	const goals = card.goals.filter((g) => g.title.trim() || g.text.trim());
	if (!goals.length) return null;
	return section(
		'Doelen',
		h(
			'ul',
			{ class: 'kk-card__goals' },
			goals.map((g) =>
				h(
					'li',
					null,
					g.title.trim() ? h('strong', null, g.title.trim()) : null,
					g.title.trim() && g.text.trim() ? ': ' : null,
					g.text.trim(),
				),
			),
		),
	);
}

function channelsSection(card: Card): HTMLElement | null {
	const channels = card.channels.filter(
		(c) => c.name.trim() || c.purpose.trim() || c.frequency.trim(),
	);
	if (!channels.length) return null;
	return section(
		'Middelen en kanalen',
		h(
			'table',
			{ class: 'kk-card__channels' },
			h(
				'thead',
				null,
				h(
					'tr',
					null,
					h('th', { scope: 'col' }, 'Middel'),
					h('th', { scope: 'col' }, 'Waarvoor'),
					h('th', { scope: 'col' }, 'Hoe vaak'),
				),
			),
			h(
				'tbody',
				null,
				channels.map((c) =>
					h(
						'tr',
						null,
						h('th', { scope: 'row' }, c.name.trim()),
						h('td', null, c.purpose.trim()),
						h('td', null, c.frequency.trim()),
					),
				),
			),
		),
	);
}

function agreementsSection(
	agreements: Card['agreements'],
	factors: readonly FactorInfo[],
): HTMLElement | null {
	if (!agreements.length) return null;
	return section(
		'Teamafspraken',
		h(
			'ul',
			{ class: 'kk-card__agreements' },
			agreements.map((a) =>
				h(
					'li',
					{ class: 'kk-card__agreement' },
					a.title.trim() ? h('p', { class: 'kk-card__agreement-title' }, a.title.trim()) : null,
					paragraphs(a.text),
					a.factors.length
						? h(
								'p',
								{ class: 'kk-card__factors' },
								`Succesfactoren: ${factorNames(factors, a.factors)}`,
							)
						: null,
				),
			),
		),
	);
}

/** Which factors the agreements address (with which agreements) and which are open (with tools that serve them). */
export function renderCoverage(card: Card, factors: readonly FactorInfo[]): HTMLElement[] {
	const result = coverage(card, factors);
	const factorLink = (f: FactorInfo) => h('a', { href: f.href }, `${f.number}. ${f.title}`);
	return [
		h('h3', { class: 'kk-coverage__heading' }, `Gedekt (${result.covered.length})`),
		result.covered.length
			? h(
					'ul',
					{ class: 'kk-coverage__list', 'data-covered': '' },
					result.covered.map((c) =>
						h(
							'li',
							{ 'data-factor': String(c.factor.number) },
							factorLink(c.factor),
							` (${c.factor.cluster}): ${joinList(c.agreements)}`,
						),
					),
				)
			: h(
					'p',
					null,
					'Nog geen afspraak is aan een succesfactor gekoppeld. Vink bij de teamafspraken aan waar elke afspraak aan bijdraagt.',
				),
		h('h3', { class: 'kk-coverage__heading' }, `Nog open (${result.open.length})`),
		result.open.length
			? h(
					'ul',
					{ class: 'kk-coverage__list', 'data-open': '' },
					result.open.map((f) =>
						h(
							'li',
							{ 'data-factor': String(f.number) },
							factorLink(f),
							` (${f.cluster}). `,
							f.tools.length
								? h(
										'span',
										null,
										'Hierbij helpt: ',
										joinItems(f.tools.map((tool) => h('a', { href: tool.href }, tool.title))),
										'.',
									)
								: h('span', null, 'Er is nog geen gereedschap in de kist voor deze factor.'),
						),
					),
				)
			: h('p', null, 'De afspraken dragen samen bij aan alle tien de succesfactoren.'),
	];
}

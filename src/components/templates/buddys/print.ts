/** The print sheet of buddy's: the pairs with both parents' contact details, then the list of parents. */
import type { Buddys } from '../../../lib/buddys/buddys';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { UserProblem, type TemplateContext } from '../kit/template';
import { PAIR_HEADS, pairRows } from './pairs';
import { showDate, topicList } from './parents';

type Ctx = TemplateContext<Buddys>;

export function fillPrintSheet(ctx: Ctx): void {
	const { parents, pairs } = ctx.data;
	const cell = (text: string) => h('td', { dir: 'auto' }, text);
	replaceChildren(
		ctx.printRoot,
		h(
			'section',
			{ class: 'gk-sheet bd-sheet' },
			h('h1', null, 'Buddy’s: koppelingen'),
			pairs.length
				? h(
						'table',
						{ class: 'gk-table' },
						h(
							'thead',
							null,
							h(
								'tr',
								null,
								PAIR_HEADS.map((head) => h('th', { scope: 'col' }, head)),
							),
						),
						h('tbody', null, pairRows(ctx, pairs, false)),
					)
				: h('p', null, 'Er zijn nog geen ouders gekoppeld.'),
			h('h2', null, `Ouders op de lijst (${parents.length})`),
			parents.length
				? h(
						'table',
						{ class: 'gk-table' },
						h(
							'thead',
							null,
							h(
								'tr',
								null,
								[
									'Ouder',
									'Contact',
									'Talen',
									'Kan helpen met',
									'Zoekt hulp bij',
									'Toestemming',
								].map((head) => h('th', { scope: 'col' }, head)),
							),
						),
						h(
							'tbody',
							null,
							parents.map((p) =>
								h(
									'tr',
									null,
									h(
										'td',
										{ dir: 'auto' },
										p.name,
										p.child ? h('span', { class: 'bd-sub' }, p.child) : null,
									),
									cell(p.contact),
									cell(p.languages),
									cell(topicList(p.offers, p.offerNote)),
									cell(topicList(p.needs, p.needNote)),
									h('td', null, showDate(p.consentDate) || 'ja'),
								),
							),
						),
					)
				: h('p', null, 'Er staan nog geen ouders op de lijst.'),
			h(
				'p',
				{ class: 'bd-print-note' },
				'Deze lijst bevat persoonsgegevens van ouders die daarvoor toestemming gaven. Bewaar hem veilig en gooi hem weg als hij niet meer nodig is.',
			),
		),
	);
}

/** What the print button says; with nobody on the list there is nothing to print. */
export function printMessage(ctx: Ctx): string {
	const { parents, pairs } = ctx.data;
	if (parents.length === 0)
		throw new UserProblem('Er is niets te printen: er staan nog geen ouders op de lijst.');
	return `Het printvenster is geopend met ${plural(pairs.length, 'koppeling', 'koppelingen')} en ${plural(parents.length, 'ouder', 'ouders')}.`;
}

/**
 * Pairs of parents: the suggestions (what one parent looks for next to what another offers), pairs
 * made by hand in the pair form, and the table of pairs with a button to undo each.
 */
import {
	languageList,
	pairProblem,
	suggestPairs,
	TOPICS,
	unmatchedNeeds,
	withoutPair,
	withPair,
	type BuddyPair,
	type Buddys,
	type Topic,
} from '../../../lib/buddys/buddys';
import { todayIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { joinList } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { showDate } from './parents';

type Ctx = TemplateContext<Buddys>;

export const PAIR_HEADS = ['Wie helpt', 'Wie krijgt hulp', 'Waarover', 'Notitie', 'Sinds'];

/** Makes the pair, or shows why not; true when it was made (and drawn). */
function makePair(ctx: Ctx, pair: Omit<BuddyPair, 'id' | 'since'>): boolean {
	const problemLine = ctx.part('[data-bd-pair-problem]');
	const problem = pairProblem(ctx.data, pair);
	problemLine.textContent = problem;
	if (problem) return false;
	ctx.replace(withPair(ctx.data, { ...pair, id: newId('k'), since: todayIso() }));
	return true;
}

export function drawSuggestions(ctx: Ctx): void {
	const box = ctx.part('[data-bd-suggestions]');
	const open = unmatchedNeeds(ctx.data);
	const items = suggestPairs(ctx.data).map(({ helper, seeker, topic, sharedLanguages }) => {
		const label = `${helper.name} kan ${seeker.name} helpen: ${TOPICS[topic].label.toLocaleLowerCase('nl')}`;
		const button = h(
			'button',
			{ type: 'button', class: 'gk-button', 'aria-label': `Koppelen: ${label}` },
			'Koppelen',
		);
		button.addEventListener('click', () => {
			if (!makePair(ctx, { helperId: helper.id, seekerId: seeker.id, topic, note: '' })) return;
			ctx.announce(`${helper.name} en ${seeker.name} zijn gekoppeld.`);
			// Keep the keyboard user in the list: the next suggestion, or else the heading of the pairs.
			(box.querySelector<HTMLButtonElement>('button') ?? ctx.part('#bd-pairs-h')).focus();
		});
		const why = [`${helper.name} ${TOPICS[topic].offer}`, `${seeker.name} ${TOPICS[topic].need}`];
		if (sharedLanguages.length) why.push(`ze spreken allebei ${joinList(sharedLanguages)}`);
		return h(
			'li',
			null,
			h(
				'p',
				null,
				h('strong', { dir: 'auto' }, label),
				h('br'),
				h('span', { class: 'bd-sub', dir: 'auto' }, `${why.join('; ')}.`),
			),
			button,
		);
	});
	replaceChildren(
		box,
		items.length
			? h('ul', { class: 'bd-suggestions', 'aria-label': 'Voorstellen' }, items)
			: h(
					'p',
					{ class: 'gk-empty' },
					ctx.data.parents.length
						? 'Er zijn geen nieuwe voorstellen: alles wat ouders zoeken, is gekoppeld of niemand op de lijst biedt het.'
						: 'Zet ouders op de lijst met wat ze bieden en zoeken; dan verschijnen hier voorstellen.',
				),
		open.length
			? h(
					'div',
					{ class: 'bd-open' },
					h('h3', null, 'Nog niemand op de lijst voor'),
					h(
						'ul',
						null,
						open.map(({ seeker, topic }) =>
							h(
								'li',
								{ dir: 'auto' },
								`${seeker.name}: ${TOPICS[topic].label.toLocaleLowerCase('nl')}${topic === 'taal' && seeker.languages ? ` (${languageList(seeker.languages).join(', ')})` : ''}`,
							),
						),
					),
					h(
						'p',
						{ class: 'gk-field__hint' },
						'Vraag in de startgesprekken of iemand hierbij kan helpen.',
					),
				)
			: null,
	);
}

/** The rows of the pairs: on screen with an undo button, on paper with both parents' contact details. */
export function pairRows(ctx: Ctx, pairs: BuddyPair[], onScreen: boolean): HTMLTableRowElement[] {
	const byId = new Map(ctx.data.parents.map((p) => [p.id, p]));
	return pairs.map((pair) => {
		const helper = byId.get(pair.helperId)!;
		const seeker = byId.get(pair.seekerId)!;
		// On screen each cell carries its column's name, shown before it when a phone stacks the row.
		const label = (name: string) => (onScreen ? name : null);
		const cells = [
			h(
				'td',
				{ dir: 'auto', 'data-label': label('Wie helpt') },
				helper.name,
				!onScreen && helper.contact ? h('span', { class: 'bd-sub' }, helper.contact) : null,
			),
			h(
				'td',
				{ dir: 'auto', 'data-label': label('Wie krijgt hulp') },
				seeker.name,
				!onScreen && seeker.contact ? h('span', { class: 'bd-sub' }, seeker.contact) : null,
			),
			h(
				'td',
				{ 'data-label': label('Waarover') },
				pair.topic ? TOPICS[pair.topic].label : 'Iets anders',
			),
			h('td', { dir: 'auto', 'data-label': label('Notitie') }, pair.note || '–'),
			h('td', { 'data-label': label('Sinds') }, showDate(pair.since) || '–'),
		];
		if (onScreen) {
			const remove = h(
				'button',
				{
					type: 'button',
					class: 'gk-button',
					'aria-label': `Ontkoppelen: ${helper.name} en ${seeker.name}`,
				},
				'Ontkoppelen',
			);
			remove.addEventListener('click', () => {
				ctx.replace(withoutPair(ctx.data, pair.id));
				ctx.announce(`${helper.name} en ${seeker.name} zijn ontkoppeld.`);
				ctx.part('#bd-pairs-h').focus();
			});
			cells.push(h('td', null, remove));
		}
		return h('tr', null, cells);
	});
}

/** The table of pairs, and the parents to choose from in the pair form. */
export function drawPairs(ctx: Ctx): void {
	const { pairs, parents } = ctx.data;
	replaceChildren(
		ctx.part('[data-bd-pairs]'),
		pairs.length
			? h(
					'table',
					{ class: 'gk-table bd-pairs' },
					h('caption', null, `Koppelingen (${pairs.length})`),
					h(
						'thead',
						null,
						h(
							'tr',
							null,
							[...PAIR_HEADS, 'Wijzigen'].map((head) => h('th', { scope: 'col' }, head)),
						),
					),
					h('tbody', null, pairRows(ctx, pairs, true)),
				)
			: h('p', { class: 'gk-empty' }, 'Er zijn nog geen ouders gekoppeld.'),
	);
	for (const select of ctx.parts<HTMLSelectElement>('[data-bd-parent-select]')) {
		const value = select.value;
		replaceChildren(
			select,
			h('option', { value: '' }, 'Kies een ouder'),
			parents.map((p) => h('option', { value: p.id }, p.child ? `${p.name} (${p.child})` : p.name)),
		);
		select.value = parents.some((p) => p.id === value) ? value : '';
	}
}

export function bindPairForm(ctx: Ctx): void {
	const form = ctx.part<HTMLFormElement>('[data-bd-pair-form]');
	const parentName = (id: string) => ctx.data.parents.find((p) => p.id === id)?.name ?? '';
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = new FormData(form);
		const pair = {
			helperId: String(values.get('helperId') ?? ''),
			seekerId: String(values.get('seekerId') ?? ''),
			topic: String(values.get('topic') ?? '') as Topic | '',
			note: String(values.get('note') ?? '').trim(),
		};
		if (!makePair(ctx, pair)) {
			(
				form.elements.namedItem(pair.helperId ? 'seekerId' : 'helperId') as HTMLSelectElement
			).focus();
			return;
		}
		(form.elements.namedItem('note') as HTMLInputElement).value = '';
		ctx.announce(`${parentName(pair.helperId)} en ${parentName(pair.seekerId)} zijn gekoppeld.`);
	});
}

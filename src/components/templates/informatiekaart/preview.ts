/**
 * The live preview of the card and the print sheet. The preview shows the card exactly as it
 * prints: it is laid out at A5 size and only scaled on screen, and the text is made a little
 * smaller when that is needed to fit. While the user types, it is redrawn once they pause (laying
 * out the card takes a moment on slow computers).
 */
import type { Card } from '../../../lib/informatiekaart/card';
import { cardChecks } from '../../../lib/informatiekaart/checks';
import { cardView, type CardView } from '../../../lib/informatiekaart/view';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { renderCard } from './card-dom';

/** The smallest text scale used to make a full card fit; below it the card says it is too full. */
const MIN_SCALE = 0.72;
const TYPING_PAUSE_MS = 120;

type Fit = 'fits' | 'smaller' | 'overflows';

interface Preview {
	/** Draws the preview, the checks and the print sheet now. */
	draw(): void;
	/** Draws them once the user pauses typing. */
	drawSoon(): void;
	/** Makes sure the print sheet shows the current card in the chosen layout. */
	print(): void;
}

export function mountPreview(ctx: TemplateContext<Card>): Preview {
	const area = ctx.part('[data-preview-area]');
	const frame = ctx.part('[data-preview-frame]');
	const scaler = ctx.part('[data-preview-scaler]');
	const fitLine = ctx.part('[data-fit-status]');
	const checksList = ctx.part('[data-checks]');
	ctx.printRoot.classList.add('ik-print');
	let lastFit: string | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const resize = () => sizePreview(area, frame, scaler);
	const print = (view = cardView(ctx.data)) => printSheet(ctx.printRoot, ctx.data, view);
	const draw = () => {
		clearTimeout(timer);
		const view = cardView(ctx.data);
		const card = renderCard(view);
		replaceChildren(scaler, card);
		const result = fit(card, scaler, ctx.printRoot);
		const message = fitMessage(result, view);
		fitLine.textContent = message;
		fitLine.classList.toggle('ik-fit--problem', result === 'overflows');
		// Spoken when it changes, not at the start and not again while typing.
		if (lastFit !== undefined && message && message !== lastFit) ctx.announce(message);
		lastFit = message;
		resize();
		print(view);
		const checks = cardChecks(ctx.data);
		replaceChildren(
			checksList,
			checks.map((check) => h('li', null, check)),
		);
		checksList.closest('[data-checks-box]')?.toggleAttribute('hidden', checks.length === 0);
	};

	new ResizeObserver(resize).observe(frame.parentElement!);
	window.addEventListener('resize', resize);
	return {
		draw,
		drawSoon() {
			clearTimeout(timer);
			timer = setTimeout(() => requestAnimationFrame(draw), TYPING_PAUSE_MS);
		},
		print: () => print(),
	};
}

function fitMessage(result: Fit, view: CardView): string {
	if (result === 'overflows')
		return `De kaart is te vol: niet alles past op A5. Maak teksten korter of laat iets weg.${view.languages.length > 1 ? ' Of zet de vertaling alleen op de kaart, zonder het Nederlands ernaast.' : ''}`;
	return result === 'smaller'
		? 'De tekst is iets kleiner gemaakt, zodat alles op de kaart past.'
		: '';
}

/** The largest text scale (1 or less, to two decimals) at which the card's body does not overflow. */
function fit(card: HTMLElement, scaler: HTMLElement, printRoot: HTMLElement): Fit {
	const body = card.querySelector<HTMLElement>('.ik-card__body');
	const fitsAt = (scale: number) => {
		scaler.style.setProperty('--ik-scale', String(scale));
		return !body || body.scrollHeight <= body.clientHeight + 1;
	};
	let scale = 1;
	let result: Fit = 'fits';
	if (!fitsAt(1)) {
		if (!fitsAt(MIN_SCALE)) {
			scale = MIN_SCALE;
			result = 'overflows';
		} else {
			// Halving the interval: a handful of layouts find the scale to within 0.01.
			let low = MIN_SCALE;
			let high = 1;
			while (high - low > 0.01) {
				const middle = (low + high) / 2;
				if (fitsAt(middle)) low = middle;
				else high = middle;
			}
			scale = Math.floor(low * 100) / 100;
			result = 'smaller';
		}
	}
	scaler.style.setProperty('--ik-scale', String(scale));
	printRoot.style.setProperty('--ik-scale', String(scale));
	return result;
}

/** The preview's size on screen: the card's width scaled to the column (and, beside the form, to the window's height). */
function sizePreview(area: HTMLElement, frame: HTMLElement, scaler: HTMLElement): void {
	const card = scaler.firstElementChild as HTMLElement | null;
	if (!card) return;
	const width = card.offsetWidth;
	const height = card.offsetHeight;
	if (!width || !height) return;
	let scale = frame.clientWidth / width;
	if (getComputedStyle(area).position === 'sticky') {
		const room =
			window.innerHeight -
			area.getBoundingClientRect().height +
			frame.getBoundingClientRect().height -
			24;
		scale = Math.min(scale, Math.max(0.3, room / height));
	}
	scaler.style.setProperty('transform', `scale(${scale})`);
	frame.style.setProperty('height', `${Math.ceil(height * scale)}px`);
	frame.style.setProperty('width', `${Math.ceil(width * scale)}px`);
}

/** The print sheet: one A5 card, or two side by side on landscape A4 with a line to cut along. */
function printSheet(printRoot: HTMLElement, card: Card, view: CardView): void {
	printRoot.dataset.layout = card.printLayout;
	const cards =
		card.printLayout === 'a5'
			? [renderCard(view)]
			: [renderCard(view), h('div', { class: 'ik-sheet__cut' }), renderCard(view)];
	replaceChildren(printRoot, h('div', { class: 'ik-sheet' }, cards));
}

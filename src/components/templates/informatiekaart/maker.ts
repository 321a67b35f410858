/**
 * The informatiekaart maker in the browser: the card's data (loaded, saved as the user types, in
 * the kit's record), the form, the live preview at the printed size, the print sheet, and the
 * exports. The preview shows the card exactly as it prints: it is laid out at A5 size and only
 * scaled on screen, and the text is made a little smaller when that is needed to fit.
 */
import { cardType, isBlank, type Card } from '../../../lib/informatiekaart/card';
import { cardChecks } from '../../../lib/informatiekaart/checks';
import { exampleCard } from '../../../lib/informatiekaart/examples';
import { cardView } from '../../../lib/informatiekaart/view';
import { safeFileName } from '../../../lib/files/file-name';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { renderCard } from './card-dom';
import { mountExports } from './exports';
import type { FormHost } from './fields';
import { drawForm } from './form';

/** The smallest text scale used to make a full card fit; below it the card says it is too full. */
const MIN_SCALE = 0.72;

const root = required(document, '[data-informatiekaart]');
const dataBlock = required(root, '[data-template-data]');
const form = required(root, '[data-form]');
const previewArea = required(root, '[data-preview-area]');
const frame = required(root, '[data-preview-frame]');
const scaler = required(root, '[data-preview-scaler]');
const fitStatus = required(root, '[data-fit-status]');
const checksList = required(root, '[data-checks]');
const formStatus = required(root, '[data-form-status]');

// The print sheet sits directly in <body>, so printing can hide everything else.
const printRoot = h('div', { class: 'ik-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

let current: Card;
let record: RecordController<Card> | undefined;

const say = (message: string) => {
	formStatus.textContent = '';
	requestAnimationFrame(() => (formStatus.textContent = message));
};

/** The largest text scale (1 or less, to two decimals) at which the card's body does not overflow. */
function fit(card: HTMLElement): 'fits' | 'smaller' | 'overflows' {
	const body = card.querySelector<HTMLElement>('.ik-card__body');
	const fitsAt = (scale: number) => {
		scaler.style.setProperty('--ik-scale', String(scale));
		return !body || body.scrollHeight <= body.clientHeight + 1;
	};
	let scale = 1;
	let result: 'fits' | 'smaller' | 'overflows' = 'fits';
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
function sizePreview(): void {
	const card = scaler.firstElementChild as HTMLElement | null;
	if (!card) return;
	const width = card.offsetWidth;
	const height = card.offsetHeight;
	if (!width || !height) return;
	let scale = frame.clientWidth / width;
	if (getComputedStyle(previewArea).position === 'sticky') {
		const room = window.innerHeight - previewArea.getBoundingClientRect().height + frame.getBoundingClientRect().height - 24;
		scale = Math.min(scale, Math.max(0.3, room / height));
	}
	scaler.style.setProperty('transform', `scale(${scale})`);
	frame.style.setProperty('height', `${Math.ceil(height * scale)}px`);
	frame.style.setProperty('width', `${Math.ceil(width * scale)}px`);
}

let lastFit = '';
function drawPreview(): void {
	const view = cardView(current);
	const card = renderCard(view);
	replaceChildren(scaler, card);
	const result = fit(card);
	const message =
		result === 'overflows'
			? `De kaart is te vol: niet alles past op A5. Maak teksten korter of laat iets weg.${view.languages.length > 1 ? ' Of zet de vertaling alleen op de kaart, zonder het Nederlands ernaast.' : ''}`
			: result === 'smaller'
				? 'De tekst is iets kleiner gemaakt, zodat alles op de kaart past.'
				: '';
	if (message !== lastFit) {
		lastFit = message;
		fitStatus.textContent = message;
	}
	fitStatus.classList.toggle('ik-fit--problem', result === 'overflows');
	sizePreview();
	preparePrint(view);

	const checks = cardChecks(current);
	replaceChildren(checksList, checks.map((check) => h('li', null, check)));
	checksList.closest('[data-checks-box]')?.toggleAttribute('hidden', checks.length === 0);
}

/** The print sheet: one A5 card, or two side by side on landscape A4 with a line to cut along. */
function preparePrint(view = cardView(current)): void {
	const layout = current.printLayout;
	printRoot.dataset.layout = layout;
	const sheet = layout === 'a5' ? h('div', { class: 'ik-sheet' }, renderCard(view)) : h('div', { class: 'ik-sheet' }, renderCard(view), h('div', { class: 'ik-sheet__cut' }), renderCard(view));
	replaceChildren(printRoot, sheet);
}

/** While the user types, the preview is redrawn once they pause (laying out the card takes a moment on slow computers). */
const TYPING_PAUSE_MS = 120;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
function schedulePreview(): void {
	clearTimeout(previewTimer);
	previewTimer = setTimeout(() => requestAnimationFrame(drawPreview), TYPING_PAUSE_MS);
}

const host: FormHost = {
	get card() {
		return current;
	},
	change(next) {
		current = next;
		record?.update(next);
		schedulePreview();
	},
	restructure(next, focusId, message) {
		current = next;
		record?.replace(next);
		if (focusId) document.getElementById(focusId)?.focus();
		if (message) say(message);
	},
	say,
};

const exportsArea = required(root, '[data-exports]');
const exports = mountExports(exportsArea, dataBlock, {
	get card() {
		return current;
	},
	flush: () => record?.flush(),
	change: (next) => host.change(next),
	preparePrint: () => preparePrint(),
});

record = mountRecord(dataBlock, {
	type: cardType,
	render(card) {
		current = card;
		clearTimeout(previewTimer);
		drawForm(form, host);
		drawPreview();
		exports.sync(card);
	},
	backupFileName: (card) => safeFileName(['informatiekaart', card.school.name, card.school.className].filter((p) => p.trim()).join(' '), 'json', 'informatiekaart'),
});

new ResizeObserver(() => sizePreview()).observe(frame.parentElement!);
window.addEventListener('resize', sizePreview);
// Ctrl+P prints too: the sheet is always ready, this only makes sure it is current.
window.addEventListener('beforeprint', () => preparePrint());

async function startOver(kind: 'empty' | 'example'): Promise<void> {
	const next = kind === 'empty' ? cardType.empty() : exampleCard(current.sector);
	if (!isBlank(current)) {
		const sure = await confirmAction(
			kind === 'empty'
				? {
						title: 'Nieuwe kaart beginnen?',
						message: ['Wat nu is ingevuld, verdwijnt van dit apparaat.', 'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".'],
						confirmLabel: 'Ja, begin een nieuwe kaart',
						danger: true,
					}
				: {
						title: 'Voorbeeldkaart invullen?',
						message: ['De voorbeeldkaart vervangt wat nu is ingevuld.', 'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".'],
						confirmLabel: 'Ja, vul het voorbeeld in',
						danger: true,
					},
		);
		if (!sure) {
			say('Er is niets veranderd.');
			return;
		}
	}
	host.restructure(
		{ ...next, sector: current.sector, language: current.language, languageLayout: current.languageLayout, printLayout: current.printLayout },
		'ik-school-name',
		kind === 'empty' ? 'Een nieuwe, lege kaart.' : 'De voorbeeldkaart staat klaar. Pas de namen en teksten aan en vul de data in.',
	);
}

required(root, '[data-new-card]').addEventListener('click', () => void startOver('empty'));
required(root, '[data-example-card]').addEventListener('click', () => void startOver('example'));
form.addEventListener('submit', (event) => event.preventDefault());

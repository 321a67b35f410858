/**
 * Part 5 of the planner, the invitation: the letter text per language (the default text or the
 * teacher's own), the preview of one family's letter, and the letters on the print sheet.
 */
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import { displayName } from '../../../lib/roster/class-list';
import { DEFAULT_LETTERS, letterFor, letterTemplate, type Letter } from '../../../lib/startgesprek/letters';
import { classLetters } from '../../../lib/startgesprek/letters-list';
import { allSlots, slotOf } from '../../../lib/startgesprek/schedule';
import { h, replaceChildren } from '../kit/dom';
import { resetLetter } from '../kit/letter-reset';
import { planOf, pupilsOf, type Ctx } from './view';

export interface LettersPart {
	/** The editor in the chosen language and the preview. */
	draw(): void;
	/** The preview only (after typing). */
	drawPreview(): void;
}

/** Binds the letter part; `typed` is called after each change of the text (to draw what follows soon). */
export function mountLetters(ctx: Ctx, typed: () => void): LettersPart {
	const language = ctx.part<HTMLSelectElement>('[data-letter-language]');
	const text = ctx.part<HTMLTextAreaElement>('[data-letter-text]');
	const previewPupil = ctx.part<HTMLSelectElement>('[data-preview-pupil]');
	const shown = () => language.value as ParentLanguage;

	const drawEditor = () => {
		const code = shown();
		const template = letterTemplate(ctx.data, code);
		if (text.value !== template) text.value = template;
		text.lang = code;
		text.dir = PARENT_LANGUAGES[code].dir;
		ctx.part('[data-letter-label]').textContent = `Tekst van de brief (${PARENT_LANGUAGES[code].name})`;
		ctx.part('[data-translation-notice]').hidden = code === 'nl';
	};
	const drawPreview = () => drawLetterPreview(ctx, previewPupil);

	text.addEventListener('input', () => {
		const code = shown();
		const letters = { ...ctx.data.letters };
		if (text.value === DEFAULT_LETTERS[code] || !text.value.trim()) delete letters[code];
		else letters[code] = text.value;
		ctx.update({ ...ctx.data, letters });
		typed();
	});
	language.addEventListener('change', drawEditor);
	previewPupil.addEventListener('change', drawPreview);
	ctx.part('[data-letter-reset]').addEventListener('click', async () => {
		const letters = await resetLetter(ctx.data.letters, shown(), ctx.announce);
		if (!letters) return;
		ctx.replace({ ...ctx.data, letters });
		ctx.announce('De standaardtekst staat er weer.');
	});

	return {
		draw: () => {
			drawEditor();
			drawPreview();
		},
		drawPreview,
	};
}

/** The preview: the letter of the chosen pupil, or of the first with a time. */
function drawLetterPreview(ctx: Ctx, previewPupil: HTMLSelectElement): void {
	const plan = planOf(ctx);
	const slots = allSlots(plan);
	const pupils = pupilsOf(ctx);
	const chosen = previewPupil.value;
	replaceChildren(previewPupil, pupils.map((p) => h('option', { value: p.id, selected: p.id === chosen }, displayName(p))));
	const pupil = pupils.find((p) => p.id === previewPupil.value) ?? pupils.find((p) => slotOf(plan, p.id, slots)) ?? pupils[0];
	if (pupil) previewPupil.value = pupil.id;
	const slot = pupil && slotOf(plan, pupil.id, slots);
	replaceChildren(
		ctx.part('[data-letter-preview]'),
		pupil
			? [
					renderLetter(letterFor(ctx.data, plan, ctx.schoolClass!, pupil, slot), 'div'),
					slot ? null : h('p', { class: 'gk-problem gk-preview__note' }, `${displayName(pupil)} heeft nog geen tijd; daarom staan er geen datum en tijd in deze brief, en wordt hij niet afgedrukt.`),
				]
			: h('p', { class: 'gk-empty' }, 'Er zijn nog geen leerlingen in deze klas.'),
	);
}

/** Every letter of the class on a sheet of its own, in the order of the schedule. */
export function letterSheets(ctx: Ctx): HTMLElement[] {
	const letters = classLetters(ctx.data, planOf(ctx), ctx.schoolClass!);
	return letters.length ? letters.map((letter) => h('section', { class: 'gk-sheet' }, renderLetter(letter, 'article'))) : [h('p', null, 'Er zijn nog geen leerlingen ingedeeld.')];
}

function renderLetter(letter: Letter, tag: 'article' | 'div'): HTMLElement {
	return h(tag, { class: 'gk-letter', lang: letter.language, dir: letter.dir }, letter.paragraphs.map((lines) => h('p', { dir: 'auto' }, lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])))));
}

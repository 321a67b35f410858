/**
 * Part 5 of the planner, the invitation: the letter text per language (the default text or the
 * teacher's own), the preview of one family's letter, and the letters on the print sheet.
 */
import { displayName } from '../../../lib/roster/class-list';
import { DEFAULT_LETTERS, letterFor, letterTemplate } from '../../../lib/startgesprek/letters';
import { classLetters } from '../../../lib/startgesprek/letters-list';
import { allSlots, slotOf } from '../../../lib/startgesprek/schedule';
import { h, replaceChildren } from '../kit/dom';
import { mountLetterEditor, renderLetter } from '../kit/letter-editor';
import { planOf, pupilsOf, type Ctx } from './view';

export interface LettersPart {
	/** The editor in the chosen language and the preview. */
	draw(): void;
	/** The preview only (after typing). */
	drawPreview(): void;
}

/** Binds the letter part; `typed` is called after each change of the text (to draw what follows soon). */
export function mountLetters(ctx: Ctx, typed: () => void): LettersPart {
	const previewPupil = ctx.part<HTMLSelectElement>('[data-preview-pupil]');
	const editor = mountLetterEditor({
		ctx,
		label: 'Tekst van de brief',
		defaults: DEFAULT_LETTERS,
		template: (language) => letterTemplate(ctx.data, language),
		onTyped: typed,
	});
	const drawPreview = () => drawLetterPreview(ctx, previewPupil);
	previewPupil.addEventListener('change', drawPreview);

	return {
		draw: () => {
			editor.draw();
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
	replaceChildren(
		previewPupil,
		pupils.map((p) => h('option', { value: p.id, selected: p.id === chosen }, displayName(p))),
	);
	const pupil =
		pupils.find((p) => p.id === previewPupil.value) ??
		pupils.find((p) => slotOf(plan, p.id, slots)) ??
		pupils[0];
	if (pupil) previewPupil.value = pupil.id;
	const slot = pupil && slotOf(plan, pupil.id, slots);
	replaceChildren(
		ctx.part('[data-letter-preview]'),
		pupil
			? [
					renderLetter(letterFor(ctx.data, plan, ctx.schoolClass!, pupil, slot), 'div'),
					slot
						? null
						: h(
								'p',
								{ class: 'gk-problem gk-preview__note' },
								`${displayName(pupil)} heeft nog geen tijd; daarom staan er geen datum en tijd in deze brief, en wordt hij niet afgedrukt.`,
							),
				]
			: h('p', { class: 'gk-empty' }, 'Er zijn nog geen leerlingen in deze klas.'),
	);
}

/** Every letter of the class on a sheet of its own, in the order of the schedule. */
export function letterSheets(ctx: Ctx): HTMLElement[] {
	const letters = classLetters(ctx.data, planOf(ctx), ctx.schoolClass!);
	return letters.length
		? letters.map((letter) => h('section', { class: 'gk-sheet' }, renderLetter(letter, 'article')))
		: [h('p', null, 'Er zijn nog geen leerlingen ingedeeld.')];
}

/**
 * The nieuwjaarsreceptie planner on the kit's shell: the reception of the chosen class, the
 * invitation in the chosen language with a live preview, and the print sheet with one page per
 * chosen language. A reception longer than an hour is refused with a message (`view.ts`).
 */
import { safeFileName } from '../../../lib/files/file-name';
import type { ParentLanguage } from '../../../lib/i18n/languages';
import {
	DEFAULT_INVITATIONS,
	invitation,
	invitationTemplate,
} from '../../../lib/nieuwjaarsreceptie/invitation';
import { nieuwjaarsreceptieType } from '../../../lib/nieuwjaarsreceptie/reception';
import { replaceChildren } from '../kit/dom';
import { bindFields } from '../kit/form';
import { mountLetterEditor, renderLetter } from '../kit/letter-editor';
import { defineTemplate } from '../kit/template';
import {
	changeReception,
	drawTimes,
	fillPrintSheet,
	printMessage,
	receptionOf,
	type Ctx,
} from './view';

type ReceptionField = 'date' | 'start' | 'end' | 'place' | 'programme' | 'teacher' | 'school';

export const template = defineTemplate({
	name: 'nieuwjaarsreceptie',
	type: nieuwjaarsreceptieType,
	perClass: true,
	backupFileName: () => safeFileName('nieuwjaarsreceptie', 'json'),
	setup,
});

function setup(ctx: Ctx) {
	const printLanguages = ctx.parts<HTMLInputElement>('[data-nj-print-language]');
	ctx.printRoot.classList.add('nj-print');

	let timer: ReturnType<typeof setTimeout> | undefined;
	const drawSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(drawDerived, 150);
	};
	const fields = bindFields<ReceptionField>(ctx.parts('[data-field]'), (key, value) => {
		changeReception(ctx, { [key]: value });
		if (key === 'start' || key === 'end') drawTimes(ctx);
		drawSoon();
	});
	const editor = mountLetterEditor({
		ctx,
		label: 'Tekst van de uitnodiging',
		defaults: DEFAULT_INVITATIONS,
		template: (language) => invitationTemplate(ctx.data, language),
		onTyped: drawSoon,
		onLanguage: () => drawDerived(),
	});
	for (const box of printLanguages) {
		box.addEventListener('change', () => {
			changeReception(ctx, {
				printLanguages: printLanguages
					.filter((b) => b.checked)
					.map((b) => b.value as ParentLanguage),
			});
			fillPrintSheet(ctx);
		});
	}

	/** What follows from the data: the time check, the preview and the print sheet. */
	function drawDerived(): void {
		if (!ctx.schoolClass) return;
		drawTimes(ctx);
		replaceChildren(
			ctx.part('[data-nj-preview]'),
			renderLetter(invitation(ctx.data, receptionOf(ctx), ctx.schoolClass, editor.language), 'div'),
		);
		fillPrintSheet(ctx);
	}

	return {
		render(): void {
			ctx.part('[data-nj-area]').hidden = !ctx.schoolClass;
			if (!ctx.schoolClass) return replaceChildren(ctx.printRoot);
			const current = receptionOf(ctx);
			fields.fill(current);
			for (const box of printLanguages)
				box.checked = current.printLanguages.includes(box.value as ParentLanguage);
			editor.draw();
			drawDerived();
		},
		print: () => fillPrintSheet(ctx),
		actions: { print: { print: true, run: () => printMessage(ctx) } },
	};
}

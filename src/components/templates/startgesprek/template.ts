/**
 * The startgesprek planner on the kit's shell. The plan of the chosen class (from the class list)
 * is kept in the record; the parts draw from it: the details for the letter, the days and times
 * (`days.ts`), assigning the families (`assign.ts`), the schedule (`schedule.ts`), the letter
 * (`letters.ts`), and printing and downloads (`exports.ts`).
 *
 * Typing saves without drawing (the cursor stays put); what follows from it (the preview, the print
 * sheet) is drawn shortly after. A choice or a button saves at once and draws the page again, and
 * the focus stays on the control the teacher was using.
 */
import { safeFileName } from '../../../lib/files/file-name';
import { startgesprekType } from '../../../lib/startgesprek/plan';
import { replaceChildren } from '../kit/dom';
import { bindFields } from '../kit/form';
import { defineTemplate } from '../kit/template';
import { mountAssign } from './assign';
import { addDaysAction, mountDays } from './days';
import { exportActions, fillPrintSheet } from './exports';
import { mountLetters } from './letters';
import { drawSchedule } from './schedule';
import { keepingFocus, planOf, typePlan, type Ctx } from './view';

export const template = defineTemplate({
	name: 'startgesprek',
	type: startgesprekType,
	perClass: true,
	backupFileName: () => safeFileName('startgesprekken', 'json'),
	setup,
});

function setup(ctx: Ctx) {
	const area = ctx.part('[data-plan-area]');
	ctx.printRoot.classList.add('sg-print');

	let timer: ReturnType<typeof setTimeout> | undefined;
	const drawLettersSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			letters.drawPreview();
			fillPrintSheet(ctx);
		}, 150);
	};

	const details = bindFields<'teacher' | 'school' | 'place'>(
		ctx.parts('[data-field]'),
		(key, value) => {
			typePlan(ctx, { ...planOf(ctx), [key]: value });
			drawLettersSoon();
		},
	);
	const drawDays = mountDays(ctx);
	const drawAssign = mountAssign(ctx);
	const letters = mountLetters(ctx, drawLettersSoon);
	for (const mode of ctx.parts('[data-print-mode]'))
		mode.addEventListener('change', () => fillPrintSheet(ctx));

	const drawAll = () => {
		area.hidden = !ctx.schoolClass;
		if (!ctx.schoolClass) {
			replaceChildren(ctx.printRoot);
			return;
		}
		details.fill(planOf(ctx));
		drawDays();
		drawAssign();
		drawSchedule(ctx);
		letters.draw();
		fillPrintSheet(ctx);
	};

	return {
		render: () => keepingFocus(ctx.root, drawAll),
		print: () => fillPrintSheet(ctx),
		actions: { 'add-days': addDaysAction(ctx), ...exportActions(ctx) },
	};
}

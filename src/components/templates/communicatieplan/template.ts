/**
 * The communicatieplan op maat on the kit's shell: under each plan the teacher's name and the
 * school; per pupil of the chosen class the agreements made in the startgesprek
 * (`agreements.ts`); the class's agreements by month (`overview.ts`); a printed page per pupil
 * (`print.ts`) and a calendar file (`exports.ts`).
 */
import {
	communicatieplanType,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { safeFileName } from '../../../lib/files/file-name';
import { replaceChildren } from '../kit/dom';
import { bindFields } from '../kit/form';
import { defineTemplate, type TemplateContext, type TemplateView } from '../kit/template';
import { mountAgreements } from './agreements';
import { calendarAction } from './exports';
import { drawOverview } from './overview';
import { mountPrint } from './print';

/** After typing, the overview and the print sheet follow once the teacher pauses. */
const DERIVED_DELAY_MS = 150;

export const template = defineTemplate({
	name: 'communicatieplan',
	type: communicatieplanType,
	perClass: true,
	backupFileName: () => safeFileName('communicatieplan', 'json'),
	setup,
});

function setup(ctx: TemplateContext<Communicatieplan>): TemplateView<Communicatieplan> {
	ctx.printRoot.classList.add('cp-print');
	const area = ctx.part('[data-cp-area]');
	const print = mountPrint(ctx);

	/** What follows from the agreements: the counts in the pupil choice, the overview, the print sheet. */
	const drawDerived = () => {
		clearTimeout(timer);
		if (!ctx.schoolClass) return;
		agreements.drawPupilChoice();
		drawOverview(ctx);
		print.draw();
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const drawSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(drawDerived, DERIVED_DELAY_MS);
	};

	const agreements = mountAgreements(ctx, (id: string, change: Partial<Agreement>) => {
		ctx.update({
			...ctx.data,
			agreements: ctx.data.agreements.map((a) => (a.id === id ? { ...a, ...change } : a)),
		});
		drawSoon();
	});
	const fields = bindFields<'teacher' | 'school'>(ctx.parts('input[data-field]'), (key, value) => {
		ctx.update({ ...ctx.data, [key]: String(value) });
		drawSoon();
	});

	return {
		render() {
			area.hidden = !ctx.schoolClass;
			if (!ctx.schoolClass) {
				replaceChildren(ctx.printRoot);
				return;
			}
			fields.fill(ctx.data);
			agreements.drawPupilChoice();
			agreements.drawPupil();
			drawDerived();
		},
		print: print.fill,
		actions: { print: print.action, ics: calendarAction(ctx) },
	};
}

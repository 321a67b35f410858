/**
 * The checklist oudercontact on the kit's shell: per pupil of the chosen class a score per item, a
 * note and a next step, in two or more rounds (`rounds.ts`, `score-table.ts`); the comparison of
 * two rounds with the class summary (`compare-view.ts`); the list's items and scale
 * (`settings.ts`); print (`print.ts`) and downloads (`exports.ts`).
 */
import { checklistType, type Checklist } from '../../../lib/checklist/checklist';
import { safeFileName } from '../../../lib/files/file-name';
import { defineTemplate, type TemplateContext, type TemplateView } from '../kit/template';
import { mountComparison } from './compare-view';
import { exportActions } from './exports';
import { checklistPrint } from './print';
import { mountRounds } from './rounds';
import { drawLegend, mountScoreTable } from './score-table';
import { drawSettings } from './settings';

/** After typing in the settings, the headings and score texts follow once the teacher pauses. */
const SETTINGS_REDRAW_MS = 400;

export const template = defineTemplate({
	name: 'checklist-oudercontact',
	type: checklistType,
	perClass: true,
	backupFileName: () => safeFileName('checklist oudercontact', 'json'),
	setup,
});

function setup(ctx: TemplateContext<Checklist>): TemplateView<Checklist> {
	ctx.printRoot.classList.add('co-print');
	const sections = ctx.parts('[data-fill], [data-compare], [data-exports]');
	// The rounds' changes redraw the table and the comparison, made next (only a change calls them).
	const rounds = mountRounds(ctx, {
		table: () => scoreTable.draw(rounds.current()),
		compare: () => comparison.draw(),
		compareSoon: () => comparison.drawSoon(),
	});
	const comparison = mountComparison(ctx, rounds.choice);
	const scoreTable = mountScoreTable(ctx, comparison.drawSoon);
	const print = checklistPrint(ctx, rounds);

	let settingsTimer: ReturnType<typeof setTimeout> | undefined;
	const drawFill = () => {
		drawLegend(ctx);
		scoreTable.draw(rounds.current());
		comparison.draw();
	};
	const afterSettingsTyped = () => {
		clearTimeout(settingsTimer);
		settingsTimer = setTimeout(drawFill, SETTINGS_REDRAW_MS);
	};

	/** The class shown last: a change of class is announced, the first one is not. */
	let shownClass: string | undefined | null = null;
	return {
		render() {
			clearTimeout(settingsTimer);
			for (const section of sections) section.hidden = !ctx.schoolClass;
			rounds.draw();
			drawFill();
			drawSettings(ctx, afterSettingsTyped);
			const schoolClass = ctx.schoolClass;
			if (shownClass !== null && shownClass !== schoolClass?.id)
				ctx.announce(
					schoolClass ? `De checklist van ${schoolClass.name}.` : 'Er is geen klas gekozen.',
				);
			shownClass = schoolClass?.id;
		},
		print: print.fill,
		actions: { ...print.actions, ...exportActions(ctx) },
	};
}

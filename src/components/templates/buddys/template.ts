/**
 * Buddy's on the kit's shell: the parent form (add and edit; a parent goes on the list only with
 * consent), the list of parents, the suggested pairs with a button each, pairs made by hand, and
 * the print sheet. Text goes in as text, never as HTML.
 */
import { buddysType, type Buddys } from '../../../lib/buddys/buddys';
import { safeFileName } from '../../../lib/files/file-name';
import { defineTemplate, type TemplateContext } from '../kit/template';
import { bindPairForm, drawPairs, drawSuggestions } from './pairs';
import { bindParentForm, drawParents } from './parents';
import { fillPrintSheet, printMessage } from './print';

export const template = defineTemplate({
	name: 'buddys',
	type: buddysType,
	backupFileName: () => safeFileName('buddys', 'json'),
	setup,
});

function setup(ctx: TemplateContext<Buddys>) {
	ctx.printRoot.classList.add('bd-print');
	const parentForm = bindParentForm(ctx);
	bindPairForm(ctx);
	parentForm.reset();

	return {
		render(): void {
			// The parent being edited is gone (removed, wiped, or removed in another tab).
			if (parentForm.editing && !ctx.data.parents.some((p) => p.id === parentForm.editing))
				parentForm.reset();
			drawParents(ctx, parentForm);
			drawSuggestions(ctx);
			drawPairs(ctx);
			fillPrintSheet(ctx);
		},
		print: () => fillPrintSheet(ctx),
		actions: {
			print: { print: true, run: () => printMessage(ctx) },
		},
	};
}

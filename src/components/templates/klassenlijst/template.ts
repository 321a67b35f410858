/**
 * The class list on the kit's shell: choose, add, rename and remove classes (`classes.ts`); type,
 * reorder and remove pupils (`pupils.ts`); read a list from a file or pasted names with a preview
 * first (`import-list.ts`). Other templates read this list through the class picker.
 */
import { safeFileName } from '../../../lib/files/file-name';
import { activeClass, classListType, type ClassList } from '../../../lib/roster/class-list';
import { defineTemplate, type TemplateContext } from '../kit/template';
import { bindClasses, drawClasses } from './classes';
import { bindImport } from './import-list';
import { bindPupilForm, drawPupils } from './pupils';

export const template = defineTemplate({
	name: 'klassenlijst',
	type: classListType,
	backupFileName: () => safeFileName('klassenlijst', 'json'),
	setup,
});

function setup(ctx: TemplateContext<ClassList>) {
	const pupilsSection = ctx.part('[data-pupils-section]');
	const importing = bindImport(ctx);
	bindClasses(ctx, importing.drawTargets);
	bindPupilForm(ctx);

	return {
		render(): void {
			const selected = activeClass(ctx.data);
			drawClasses(ctx);
			importing.drawTargets();
			pupilsSection.hidden = !selected;
			if (selected) drawPupils(ctx, selected);
		},
		actions: importing.actions,
	};
}

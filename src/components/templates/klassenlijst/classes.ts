/**
 * The classes: choose the class to edit, rename it in place, add a class, remove one (after a
 * question). Renaming saves without a redraw, so the cursor stays in the field.
 */
import {
	activeClass,
	addClass,
	removeClass,
	renameClass,
	selectClass,
	type ClassList,
} from '../../../lib/roster/class-list';
import { confirmAction } from '../kit/confirm';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { change, firstNameField } from './pupils';

type Ctx = TemplateContext<ClassList>;

export function drawClasses(ctx: Ctx): void {
	const list = ctx.data;
	const selected = activeClass(list);
	const className = ctx.part<HTMLInputElement>('[data-class-name]');
	ctx.part('[data-no-classes]').hidden = list.classes.length > 0;
	ctx.part('[data-class-bar]').hidden = !selected;
	replaceChildren(
		ctx.part('[data-class-select]'),
		list.classes.map((c) =>
			h(
				'option',
				{ value: c.id, selected: c.id === selected?.id },
				`${c.name} (${c.pupils.length})`,
			),
		),
	);
	if (document.activeElement !== className) className.value = selected?.name ?? '';
}

/** `renamed` keeps other parts in step while a class name is typed. */
export function bindClasses(ctx: Ctx, renamed: () => void): void {
	const classSelect = ctx.part<HTMLSelectElement>('[data-class-select]');
	const className = ctx.part<HTMLInputElement>('[data-class-name]');
	const newClassName = ctx.part<HTMLInputElement>('[data-new-class-name]');

	classSelect.addEventListener('change', () =>
		change(ctx, selectClass(ctx.data, classSelect.value)),
	);
	className.addEventListener('input', () => {
		const selected = activeClass(ctx.data);
		if (!selected || !className.value.trim()) return;
		ctx.update(renameClass(ctx.data, selected.id, className.value));
		// Keep the option text and titles in step without redrawing the input being typed in.
		const option = [...classSelect.options].find((o) => o.value === selected.id);
		if (option) option.textContent = `${className.value.trim()} (${selected.pupils.length})`;
		ctx.part('[data-pupils-title]').textContent = `Leerlingen van ${className.value.trim()}`;
		renamed();
	});
	className.addEventListener('blur', () => ctx.redraw());

	ctx.part<HTMLFormElement>('[data-new-class]').addEventListener('submit', (event) => {
		event.preventDefault();
		const name = newClassName.value.trim();
		if (!name) {
			newClassName.focus();
			return;
		}
		try {
			change(ctx, addClass(ctx.data, name), () => firstNameField(ctx));
			newClassName.value = '';
			ctx.announce(`Klas ${name} is toegevoegd.`);
		} catch (error) {
			ctx.announce((error as Error).message);
		}
	});

	ctx.part('[data-remove-class]').addEventListener('click', async () => {
		const selected = activeClass(ctx.data);
		if (!selected) return;
		const sure = await confirmAction({
			title: `${selected.name} verwijderen?`,
			message: `De klas en de ${plural(selected.pupils.length, 'leerling', 'leerlingen')} erin gaan uit de klassenlijst. Dat kun je niet ongedaan maken, tenzij je een reservekopie hebt.`,
			confirmLabel: 'Klas verwijderen',
			danger: true,
		});
		if (!sure) return;
		change(ctx, removeClass(ctx.data, selected.id), () =>
			activeClass(ctx.data) ? classSelect : newClassName,
		);
		ctx.announce(`Klas ${selected.name} is verwijderd.`);
	});
}

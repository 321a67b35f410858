/**
 * The informatiekaart maker on the kit's shell: the card's data, the form (`form.ts`), the live
 * preview at the printed size and the print sheet (`preview.ts`), and the exports (`exports.ts`).
 */
import { cardType, isBlank, type Card, type PrintLayout } from '../../../lib/informatiekaart/card';
import { exampleCard } from '../../../lib/informatiekaart/examples';
import { safeFileName } from '../../../lib/files/file-name';
import type { ConfirmOptions } from '../kit/confirm';
import { bindFields, formContext, startOver, type FormContext } from '../kit/form';
import { bindBackupButtons, defineTemplate, type TemplateContext } from '../kit/template';
import { baseName, cardActions } from './exports';
import { drawForm } from './form';
import { mountPreview } from './preview';

export const template = defineTemplate({
	name: 'informatiekaart',
	type: cardType,
	backupFileName: (card) => safeFileName(baseName(card), 'json', 'informatiekaart'),
	setup,
});

function setup(ctx: TemplateContext<Card>) {
	const preview = mountPreview(ctx);
	const form = formContext(ctx, 'ik', preview.drawSoon);
	const formElement = ctx.part('[data-form]');
	formElement.addEventListener('submit', (event) => event.preventDefault());
	const layout = bindFields<'printLayout'>(ctx.parts('[data-field]'), (_key, value) =>
		form.update({ ...ctx.data, printLayout: value as PrintLayout }),
	);
	ctx.part('[data-new-card]').addEventListener('click', () => void newCard(form, 'empty'));
	ctx.part('[data-example-card]').addEventListener('click', () => void newCard(form, 'example'));
	bindBackupButtons(ctx);

	return {
		render(card: Card) {
			drawForm(formElement, form);
			preview.draw();
			layout.fill(card);
		},
		print: preview.print,
		actions: cardActions(ctx),
	};
}

const ASK: Record<'empty' | 'example', ConfirmOptions> = {
	empty: {
		title: 'Nieuwe kaart beginnen?',
		message: [
			'Wat nu is ingevuld, verdwijnt van dit apparaat.',
			'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".',
		],
		confirmLabel: 'Ja, begin een nieuwe kaart',
		danger: true,
	},
	example: {
		title: 'Voorbeeldkaart invullen?',
		message: [
			'De voorbeeldkaart vervangt wat nu is ingevuld.',
			'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".',
		],
		confirmLabel: 'Ja, vul het voorbeeld in',
		danger: true,
	},
};

/** A new, empty card or the example card; the school type, the languages and the print layout stay. */
function newCard(form: FormContext<Card>, kind: 'empty' | 'example'): Promise<void> {
	const current = form.data;
	const next = kind === 'empty' ? cardType.empty() : exampleCard(current.sector);
	return startOver(
		form,
		isBlank(current) ? null : ASK[kind],
		{
			...next,
			sector: current.sector,
			language: current.language,
			languageLayout: current.languageLayout,
			printLayout: current.printLayout,
		},
		'ik-school-name',
		kind === 'empty'
			? 'Een nieuwe, lege kaart.'
			: 'De voorbeeldkaart staat klaar. Pas de namen en teksten aan en vul de data in.',
	);
}

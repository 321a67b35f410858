/**
 * The kwaliteitskaart maker on the kit's shell: the card's data, the form (`form.ts`), the coverage
 * of the ten success factors, the preview (which is also the print sheet's content, `card-dom.ts`),
 * and the exports. The factor list and the tools per factor come from the build, in the root's
 * `data-factors`.
 */
import {
	cardType,
	isBlank,
	newAgreement,
	newChannel,
	newGoal,
	type Card,
} from '../../../lib/kwaliteitskaart/card';
import { coverage, coverageSummary, type FactorInfo } from '../../../lib/kwaliteitskaart/coverage';
import {
	EXAMPLE_AGREEMENTS,
	EXAMPLE_CHANNELS,
	EXAMPLE_EVALUATION,
	EXAMPLE_GOALS,
	EXAMPLE_INTRO,
	EXAMPLE_SAFEGUARDING,
} from '../../../lib/kwaliteitskaart/examples';
import { safeFileName } from '../../../lib/files/file-name';
import { replaceChildren } from '../kit/dom';
import { downloadFile } from '../kit/download';
import { formContext, startOver, type FormContext } from '../kit/form';
import { bindBackupButtons, defineTemplate, type TemplateContext } from '../kit/template';
import { renderCard, renderCoverage } from './card-dom';
import { drawForm } from './form';

const TYPING_PAUSE_MS = 150;

export const template = defineTemplate({
	name: 'kwaliteitskaart',
	type: cardType,
	backupFileName: (card) =>
		safeFileName(
			['kwaliteitskaart', card.school.name, card.versionDate].filter((p) => p.trim()).join(' '),
			'json',
			'kwaliteitskaart',
		),
	setup,
});

function setup(ctx: TemplateContext<Card>) {
	const factors = JSON.parse(ctx.root.dataset.factors ?? '[]') as FactorInfo[];
	const formElement = ctx.part('[data-form]');
	const summaryLine = ctx.part('[data-coverage-status]');
	ctx.printRoot.classList.add('kk-print');
	let lastSummary: string | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const print = () => replaceChildren(ctx.printRoot, renderCard(ctx.data, factors));
	const drawViews = () => {
		clearTimeout(timer);
		replaceChildren(ctx.part('[data-preview]'), renderCard(ctx.data, factors));
		replaceChildren(ctx.part('[data-coverage]'), renderCoverage(ctx.data, factors));
		print();
		const summary = coverageSummary(coverage(ctx.data, factors), factors.length);
		summaryLine.textContent = summary;
		// Spoken when it changes, not at the start and not while typing in a field.
		if (lastSummary !== undefined && summary !== lastSummary) ctx.announce(summary);
		lastSummary = summary;
	};
	const form = formContext(ctx, 'kk', () => {
		clearTimeout(timer);
		timer = setTimeout(drawViews, TYPING_PAUSE_MS);
	});

	formElement.addEventListener('submit', (event) => event.preventDefault());
	ctx.part('[data-new-card]').addEventListener('click', () => void newCard(form, 'empty'));
	ctx.part('[data-example-card]').addEventListener('click', () => void newCard(form, 'example'));
	bindBackupButtons(ctx);

	return {
		render() {
			drawForm(formElement, form, factors);
			drawViews();
		},
		print,
		actions: {
			print: { print: true, run: () => 'Het printvenster is geopend: kies papierformaat A4.' },
			docx: {
				busy: 'Het Word-bestand wordt gemaakt…',
				run: async () => {
					// The Word writer (and its ZIP library) is fetched only now.
					const [{ cardDocx }, { DOCX_MIME }] = await Promise.all([
						import('../../../lib/kwaliteitskaart/word'),
						import('../../../lib/export/docx'),
					]);
					const name = ['kwaliteitskaart', ctx.data.school.name].filter((p) => p.trim()).join(' ');
					downloadFile(
						cardDocx(ctx.data, factors),
						safeFileName(name, 'docx', 'kwaliteitskaart'),
						DOCX_MIME,
					);
					return 'Het Word-bestand staat in je downloads.';
				},
			},
		},
	};
}

/** A card with every example taken over, as a start to adapt; the school and the version date stay. */
function exampleCard(current: Card): Card {
	return {
		...cardType.empty(),
		school: current.school,
		versionDate: current.versionDate,
		intro: EXAMPLE_INTRO[0]!,
		goals: EXAMPLE_GOALS.map((g) => ({ ...newGoal(), ...g })),
		channels: EXAMPLE_CHANNELS.map((c) => ({ ...newChannel(), ...c })),
		agreements: EXAMPLE_AGREEMENTS.map((a) => ({
			...newAgreement(),
			...a,
			factors: [...a.factors],
		})),
		evaluation: EXAMPLE_EVALUATION[0]!,
		safeguarding: EXAMPLE_SAFEGUARDING[0]!,
	};
}

function newCard(form: FormContext<Card>, kind: 'empty' | 'example'): Promise<void> {
	const empty = kind === 'empty';
	const ask = {
		title: empty ? 'Nieuwe kaart beginnen?' : 'Voorbeeldkaart invullen?',
		message: [
			empty
				? 'Wat nu is ingevuld, verdwijnt van dit apparaat.'
				: 'De voorbeeldkaart vervangt wat nu is ingevuld (de naam, het logo en de versiedatum blijven).',
			'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".',
		],
		confirmLabel: empty ? 'Ja, begin een nieuwe kaart' : 'Ja, vul het voorbeeld in',
		danger: true,
	};
	const next = empty ? cardType.empty() : exampleCard(form.data);
	return startOver(
		form,
		isBlank(form.data) ? null : ask,
		next,
		'kk-school-name',
		empty
			? 'Een nieuwe, lege kaart.'
			: 'De voorbeeldkaart staat klaar. Pas de teksten aan zodat ze bij je school passen.',
	);
}

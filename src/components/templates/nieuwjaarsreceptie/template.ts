/**
 * The nieuwjaarsreceptie planner on the kit's shell: the reception of the chosen class, the
 * invitation in the chosen language with a live preview, and the print sheet with one page per
 * chosen language. A reception longer than an hour is refused with a message.
 */
import { safeFileName } from '../../../lib/files/file-name';
import type { ParentLanguage } from '../../../lib/i18n/languages';
import { DEFAULT_INVITATIONS, invitation, invitationTemplate } from '../../../lib/nieuwjaarsreceptie/invitation';
import { languagesToPrint, missing, nieuwjaarsreceptieType, receptionFor, timeProblem, withReception, type Nieuwjaarsreceptie, type Reception } from '../../../lib/nieuwjaarsreceptie/reception';
import { joinList, plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { bindFields, setInvalid } from '../kit/form';
import { mountLetterEditor, renderLetter } from '../kit/letter-editor';
import { defineTemplate, UserProblem, type TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Nieuwjaarsreceptie>;
type ReceptionField = 'date' | 'start' | 'end' | 'place' | 'programme' | 'teacher' | 'school';

export const template = defineTemplate({
	name: 'nieuwjaarsreceptie',
	type: nieuwjaarsreceptieType,
	perClass: true,
	backupFileName: () => safeFileName('nieuwjaarsreceptie', 'json'),
	setup,
});

function setup(ctx: Ctx) {
	const area = ctx.part('[data-nj-area]');
	const endInput = ctx.part<HTMLInputElement>('#nj-end');
	const printLanguages = ctx.parts<HTMLInputElement>('[data-nj-print-language]');
	ctx.printRoot.classList.add('nj-print');

	const reception = (): Reception => receptionFor(ctx.data, ctx.schoolClass!.id);
	const change = (next: Partial<Reception>) => ctx.update(withReception(ctx.data, { ...reception(), ...next }));

	let timer: ReturnType<typeof setTimeout> | undefined;
	const drawSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(drawDerived, 150);
	};

	const fields = bindFields<ReceptionField>(ctx.parts('[data-field]'), (key, value) => {
		change({ [key]: value });
		if (key === 'start' || key === 'end') drawTimes();
		drawSoon();
	});
	const editor = mountLetterEditor({
		parts: {
			language: ctx.part('[data-nj-language]'),
			text: ctx.part('[data-nj-letter]'),
			label: ctx.part('[data-nj-letter-label]'),
			notice: ctx.part('[data-nj-notice]'),
			reset: ctx.part('[data-nj-reset]'),
		},
		label: 'Tekst van de uitnodiging',
		defaults: DEFAULT_INVITATIONS,
		letters: () => ctx.data.letters,
		template: (language) => invitationTemplate(ctx.data, language),
		onTyped: (letters) => {
			ctx.update({ ...ctx.data, letters });
			drawSoon();
		},
		onReset: (letters) => ctx.replace({ ...ctx.data, letters }),
		onLanguage: () => drawDerived(),
		announce: ctx.announce,
	});

	function drawTimes(): void {
		const problem = timeProblem(reception());
		ctx.part('[data-nj-time-problem]').textContent = problem;
		setInvalid(endInput, !!problem);
	}

	function drawDerived(): void {
		if (!ctx.schoolClass) return;
		drawTimes();
		replaceChildren(ctx.part('[data-nj-preview]'), renderLetter(invitation(ctx.data, reception(), ctx.schoolClass, editor.language), 'div'));
		print();
	}

	/** The print sheet: one invitation per chosen language, only for a reception that can go out. */
	function print(): void {
		if (!ctx.schoolClass) return;
		const current = reception();
		const problem = timeProblem(current);
		const languages = languagesToPrint(current);
		const schoolClass = ctx.schoolClass;
		replaceChildren(
			ctx.printRoot,
			problem
				? h('p', null, problem)
				: languages.length === 0
					? h('p', null, 'Kies minstens één taal om te printen.')
					: languages.map((code) => h('section', { class: 'gk-sheet' }, renderLetter(invitation(ctx.data, current, schoolClass, code), 'article'))),
		);
	}

	for (const box of printLanguages) {
		box.addEventListener('change', () => {
			change({ printLanguages: printLanguages.filter((b) => b.checked).map((b) => b.value as ParentLanguage) });
			print();
		});
	}

	return {
		render(): void {
			area.hidden = !ctx.schoolClass;
			if (!ctx.schoolClass) {
				replaceChildren(ctx.printRoot);
				return;
			}
			const current = reception();
			fields.fill(current);
			for (const box of printLanguages) box.checked = current.printLanguages.includes(box.value as ParentLanguage);
			editor.draw();
			drawDerived();
		},
		print,
		actions: {
			print: {
				print: true,
				run: () => {
					const current = reception();
					const problem = timeProblem(current);
					if (problem) {
						endInput.focus();
						throw new UserProblem(`Er is niets geprint. ${problem}`);
					}
					const languages = languagesToPrint(current);
					if (languages.length === 0) throw new UserProblem('Kies minstens één taal om te printen.');
					const todo = missing(current);
					return `Het printvenster is geopend met ${plural(languages.length, 'uitnodiging', 'uitnodigingen')}.${todo.length ? ` Let op: nog niet ingevuld: ${joinList(todo)}.` : ''}`;
				},
			},
		},
	};
}

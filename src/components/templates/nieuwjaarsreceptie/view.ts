/**
 * The parts of the nieuwjaarsreceptie planner that draw from the data: the time check, the print
 * sheet (one invitation per chosen language) and the message of the print button.
 */
import { invitation } from '../../../lib/nieuwjaarsreceptie/invitation';
import {
	languagesToPrint,
	missing,
	receptionFor,
	timeProblem,
	withReception,
	type Nieuwjaarsreceptie,
	type Reception,
} from '../../../lib/nieuwjaarsreceptie/reception';
import { joinList, plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { setInvalid } from '../kit/form';
import { renderLetter } from '../kit/letter-editor';
import { UserProblem, type TemplateContext } from '../kit/template';

export type Ctx = TemplateContext<Nieuwjaarsreceptie>;

/** The reception of the chosen class (only called while a class is chosen). */
export const receptionOf = (ctx: Ctx): Reception => receptionFor(ctx.data, ctx.schoolClass!.id);

/** Keeps a typed change to the chosen class's reception. */
export const changeReception = (ctx: Ctx, next: Partial<Reception>) =>
	ctx.update(withReception(ctx.data, { ...receptionOf(ctx), ...next }));

/** Says under the times when the reception is longer than an hour, and marks the end time. */
export function drawTimes(ctx: Ctx): void {
	const problem = timeProblem(receptionOf(ctx));
	ctx.part('[data-nj-time-problem]').textContent = problem;
	setInvalid(ctx.part('#nj-end'), !!problem);
}

/** The print sheet: one invitation per chosen language, only for a reception that can go out. */
export function fillPrintSheet(ctx: Ctx): void {
	const schoolClass = ctx.schoolClass;
	if (!schoolClass) return;
	const current = receptionOf(ctx);
	const problem = timeProblem(current);
	const languages = languagesToPrint(current);
	replaceChildren(
		ctx.printRoot,
		problem
			? h('p', null, problem)
			: languages.length === 0
				? h('p', null, 'Kies minstens één taal om te printen.')
				: languages.map((code) =>
						h(
							'section',
							{ class: 'gk-sheet' },
							renderLetter(invitation(ctx.data, current, schoolClass, code), 'article'),
						),
					),
	);
}

/** What the print button says, or why nothing is printed (then the focus goes to what to fix). */
export function printMessage(ctx: Ctx): string {
	const current = receptionOf(ctx);
	const problem = timeProblem(current);
	if (problem) {
		ctx.part('#nj-end').focus();
		throw new UserProblem(`Er is niets geprint. ${problem}`);
	}
	const languages = languagesToPrint(current);
	if (languages.length === 0) throw new UserProblem('Kies minstens één taal om te printen.');
	const todo = missing(current);
	return `Het printvenster is geopend met ${plural(languages.length, 'uitnodiging', 'uitnodigingen')}.${todo.length ? ` Let op: nog niet ingevuld: ${joinList(todo)}.` : ''}`;
}

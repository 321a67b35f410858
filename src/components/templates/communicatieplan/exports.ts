/**
 * The calendar file: the class's agreements that have a date, as events for the teacher's agenda.
 * The calendar code is fetched only when the teacher asks for the file.
 */
import type { Communicatieplan } from '../../../lib/communicatieplan/plan';
import { safeFileName } from '../../../lib/files/file-name';
import { plural, pluralForm } from '../../../lib/text';
import { downloadFile } from '../kit/download';
import { UserProblem, type TemplateAction, type TemplateContext } from '../kit/template';
import { classAgreements } from './overview';

export function calendarAction(ctx: TemplateContext<Communicatieplan>): TemplateAction {
	return {
		busy: 'Het agendabestand wordt gemaakt…',
		run: async () => {
			const schoolClass = ctx.schoolClass;
			if (!schoolClass) throw new UserProblem('Kies eerst een klas.');
			const [{ agreementEvents }, { writeIcs }] = await Promise.all([
				import('../../../lib/communicatieplan/calendar'),
				import('../../../lib/export/ics'),
			]);
			const { events, undated } = agreementEvents(classAgreements(ctx), schoolClass);
			const skipped = undated
				? ` ${plural(undated, 'afspraak heeft', 'afspraken hebben')} geen datum en ${pluralForm(undated, 'staat', 'staan')} er niet in.`
				: '';
			if (events.length === 0)
				throw new UserProblem(
					`Er zijn nog geen afspraken met een datum, dus er is geen agenda gemaakt.${skipped}`,
				);
			const file = writeIcs(events, { calendarName: `Communicatieplan ${schoolClass.name}` });
			downloadFile(
				file,
				safeFileName(`communicatieplan ${schoolClass.name}`, 'ics', 'communicatieplan'),
				'text/calendar',
			);
			return `Het agendabestand met ${plural(events.length, 'afspraak', 'afspraken')} staat in je downloads.${skipped}`;
		},
	};
}

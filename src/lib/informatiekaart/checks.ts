/**
 * What still needs doing before the card goes to parents, as short Dutch sentences the page lists
 * beside the preview. Nothing here blocks an export; the card simply says "datum volgt" where a
 * date is missing.
 */
import { plural } from '../text';
import type { Card } from './card';
import { cardView, firstPart } from './view';

export function cardChecks(card: Card): string[] {
	const checks: string[] = [];
	const view = cardView(card);
	if (!card.school.name.trim()) checks.push('Vul de naam van de school in.');
	if (!view.contact) checks.push('Vul in wie ouders kunnen bereiken, en hoe.');
	else if (card.people.some((p) => !p.name.trim() && p.channels.some((c) => c.detail.trim())))
		checks.push('Een contactpersoon heeft nog geen naam.');
	if (!view.moments)
		checks.push('Zet de contactmomenten op de kaart waarbij je alle ouders verwacht.');

	const momentTitle = (index: number) => {
		const moment = card.moments[index]!;
		const shown = view.moments?.items.find((item) => item.id === moment.id);
		return shown ? firstPart(shown.title) : `Contactmoment ${index + 1}`;
	};
	const undated = card.moments.filter(
		(m) => !m.date && view.moments?.items.some((item) => item.id === m.id),
	).length;
	if (undated > 0)
		checks.push(
			`Bij ${plural(undated, 'contactmoment', 'contactmomenten')} staat nog geen datum (op de kaart: "datum volgt").`,
		);
	card.moments.forEach((moment, index) => {
		if (moment.kind === 'other' && !moment.title.trim())
			checks.push(`Contactmoment ${index + 1} heeft nog geen naam en staat niet op de kaart.`);
		if (moment.date && moment.endDate && moment.endDate < moment.date)
			checks.push(`${momentTitle(index)}: de laatste dag ligt vóór de eerste.`);
		if (moment.start && moment.end && moment.end <= moment.start)
			checks.push(`${momentTitle(index)}: de eindtijd ligt niet na de begintijd.`);
	});

	const undatedDays = card.daysOff.filter(
		(d) => !d.start && (d.kind !== 'other' || d.title.trim()),
	).length;
	if (undatedDays > 0)
		checks.push(
			`Bij ${plural(undatedDays, 'vakantie of studiedag', 'vakanties of studiedagen')} staat nog geen datum.`,
		);
	card.daysOff.forEach((day, index) => {
		if (day.start && day.end && day.end < day.start)
			checks.push(`Vakantie of studiedag ${index + 1}: de laatste dag ligt vóór de eerste.`);
	});
	if (!card.illness.how.trim()) checks.push('Schrijf op hoe ouders hun kind ziek melden.');
	return checks;
}

/**
 * The card's dates as a calendar file for parents and the team: the contact moments (at their
 * time when they have one), and the holidays and study days as all-day events. Rows without a
 * date, or with dates that cannot be right, are left out and named, so the page can say why.
 */
import type { CalendarEvent } from '../export/ics';
import { addMinutes, isValidDate } from '../dates';
import type { Card } from './card';
import { cardView, plain } from './view';

interface CardCalendar {
	events: CalendarEvent[];
	/** What was left out, as Dutch sentences for the page. */
	skipped: string[];
	calendarName: string;
}

export function cardCalendar(card: Card): CardCalendar {
	const view = cardView(card);
	const events: CalendarEvent[] = [];
	const skipped: string[] = [];
	const where = [view.school, view.className].filter(Boolean).join(', ');
	const calendarName = ['Informatiekaart', where].filter(Boolean).join(' ');

	card.moments.forEach((moment) => {
		const shown = view.moments?.items.find((item) => item.id === moment.id);
		if (!shown) return;
		const title = plain(shown.title);
		if (!isValidDate(moment.date)) {
			skipped.push(`${title}: nog geen datum.`);
			return;
		}
		const lastDay =
			isValidDate(moment.endDate) && moment.endDate > moment.date ? moment.endDate : '';
		if (moment.endDate && moment.endDate < moment.date) {
			skipped.push(`${title}: de einddatum ligt vóór de begindatum.`);
			return;
		}
		if (moment.start && moment.end && moment.end <= moment.start) {
			skipped.push(`${title}: de eindtijd ligt niet na de begintijd.`);
			return;
		}
		const description = [moment.note.trim(), where].filter(Boolean).join('\n');
		const base = {
			uid: `informatiekaart-${moment.id}`,
			title,
			...(description ? { description } : {}),
		};
		if (moment.start && !lastDay) {
			// One day with a time: an appointment, one hour long unless an end is given.
			const start = `${moment.date}T${moment.start}`;
			events.push({
				...base,
				start: { dateTime: start },
				end: { dateTime: moment.end ? `${moment.date}T${moment.end}` : addMinutes(start, 60) },
			});
		} else {
			// No time, or several days (a week of conversations, parents pick a time): all-day, with the hours in the description.
			const hours = moment.start ? `${moment.start}${moment.end ? `–${moment.end}` : ''}` : '';
			const text = [hours, description].filter(Boolean).join('\n');
			events.push({
				...base,
				...(text ? { description: text } : {}),
				start: { date: moment.date },
				...(lastDay ? { end: { date: lastDay } } : {}),
			});
		}
	});

	card.daysOff.forEach((day) => {
		const shown = view.daysOff?.items.find((item) => item.id === day.id);
		if (!shown) return;
		const shownTitle = plain(shown.title);
		if (!isValidDate(day.start)) {
			skipped.push(`${shownTitle}: nog geen datum.`);
			return;
		}
		if (day.end && day.end < day.start) {
			skipped.push(`${shownTitle}: de laatste dag ligt vóór de eerste.`);
			return;
		}
		events.push({
			uid: `informatiekaart-${day.id}`,
			title: shownTitle,
			...(where ? { description: where } : {}),
			start: { date: day.start },
			end: { date: isValidDate(day.end) ? day.end : day.start },
		});
	});

	return { events, skipped, calendarName };
}

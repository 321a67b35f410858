/**
 * The year plan: which tools are used when, from the tools' `moments` and the moments' weeks, as a
 * timeline and as calendar reminders. Pure: plain data in, plain data out.
 */
import type { CalendarEvent } from '../export/ics';
import { dutchRange, weekFriday, weekMonday, weekRange } from './school-year';

export interface PlanMoment {
	id: string;
	title: string;
	fromWeek: number;
	toWeek: number;
	description: string;
}

export interface PlanTool {
	id: string;
	title: string;
	/** Site path, such as `/gereedschappen/informatiekaart/`. */
	href: string;
	summary: string;
	moments: readonly string[];
}

export interface TimelineStep {
	moment: PlanMoment;
	/** Monday of the first week and Friday of the last. */
	from: string;
	to: string;
	/** "30 augustus tot en met 17 september 2027". */
	dates: string;
	/** "schoolweek 1 tot en met 3", or empty before the first school week. */
	weeks: string;
	tools: PlanTool[];
}

/** Moments that last the whole year are not a step in time; the page lists them apart. */
export const isWholeYear = (m: PlanMoment) => m.fromWeek <= 1 && m.toWeek >= 40;

/**
 * The moments that have at least one tool, in time order (start, then end), each with its dates in
 * the school year that starts on `start` and its tools in the given order.
 */
export function timeline(
	moments: readonly PlanMoment[],
	tools: readonly PlanTool[],
	start: string,
): TimelineStep[] {
	return [...moments]
		.sort(
			(a, b) =>
				a.fromWeek - b.fromWeek || a.toWeek - b.toWeek || a.title.localeCompare(b.title, 'nl'),
		)
		.map((moment) => {
			const from = weekMonday(start, moment.fromWeek);
			const to = weekFriday(start, moment.toWeek);
			return {
				moment,
				from,
				to,
				dates: dutchRange(from, to),
				weeks: weekRange(moment.fromWeek, moment.toWeek),
				tools: tools.filter((t) => t.moments.includes(moment.id)),
			};
		})
		.filter((step) => step.tools.length > 0);
}

/** Days before a reminder's start that the calendar program warns: a week, time to prepare. */
const REMINDER_DAYS_BEFORE = 7;

/**
 * One all-day reminder per tool and moment, on the Monday the moment starts, with an alarm a week
 * before. Whole-year moments get none (a reminder for "all year" reminds of nothing). UIDs hold the
 * school year, so importing next year's file adds events instead of moving this year's.
 */
export function reminders(
	steps: readonly TimelineStep[],
	siteUrl: string,
	schoolYear: number,
): CalendarEvent[] {
	const base = siteUrl.replace(/\/$/, '');
	return steps
		.filter((step) => !isWholeYear(step.moment))
		.flatMap((step) =>
			step.tools.map((tool): CalendarEvent => ({
				uid: `jaarplanning-${schoolYear}-${tool.id.replaceAll('/', '-')}-${step.moment.id}`,
				title: `${tool.title}: ${step.moment.title.replace(/^./, (c) => c.toLowerCase())}`,
				description: [
					`${step.moment.title} (${step.dates}). ${step.moment.description}`,
					tool.summary,
					`Lees hoe je het aanpakt: ${base}${tool.href}`,
				].join('\n\n'),
				start: { date: step.from },
				alarm: {
					minutesBefore: REMINDER_DAYS_BEFORE * 24 * 60,
					description: `Over een week: ${tool.title}`,
				},
			})),
		);
}

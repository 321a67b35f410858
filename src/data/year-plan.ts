import { getCollection } from 'astro:content';
import { todayIso } from '../lib/dates';
import { comingSchoolYear, firstSchoolMonday } from '../lib/year/school-year';
import { timeline, type PlanMoment, type PlanTool, type TimelineStep } from '../lib/year/year-plan';
import { getTools, pageHref } from './tools';

export interface YearPlan {
	/** The calendar year the school year starts in (2027 for 2027–2028). */
	schoolYear: number;
	/** Monday of the first school week, YYYY-MM-DD. */
	start: string;
	steps: TimelineStep[];
}

/**
 * The school year the site was built for: the next one that has not started on the day of the
 * build, or the one in `SCHOOL_YEAR` (for example `2027`) to build a given year.
 */
function buildSchoolYear(today = new Date()): number {
	const fixed = Number(process.env.SCHOOL_YEAR);
	if (Number.isInteger(fixed) && fixed > 2000) return fixed;
	return comingSchoolYear(todayIso(today));
}

/** The timeline of the coming school year, from the tools' `moments` and `content/moments/`. */
export async function getYearPlan(): Promise<YearPlan> {
	const moments: PlanMoment[] = (await getCollection('moments')).map((m) => ({
		id: m.id,
		...m.data,
	}));
	const tools: PlanTool[] = (await getTools()).map((t) => ({
		id: t.id,
		title: t.data.title,
		href: pageHref(t.id),
		summary: t.data.summary,
		moments: t.data.moments.map((m) => m.id),
	}));
	const schoolYear = buildSchoolYear();
	const start = firstSchoolMonday(schoolYear);
	return { schoolYear, start, steps: timeline(moments, tools, start) };
}

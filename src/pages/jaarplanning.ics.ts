/**
 * `/jaarplanning.ics`: the year plan as calendar reminders (RFC 5545), made at build time for the
 * coming school year. One all-day event per tool and moment, with a reminder a week before.
 */
import type { APIRoute } from 'astro';
import { writeIcs } from '../lib/export/ics';
import { reminders } from '../lib/year/year-plan';
import { getYearPlan } from '../data/year-plan';
import { SITE_URL } from '../config/site';

export const GET: APIRoute = async () => {
	const { schoolYear, steps } = await getYearPlan();
	const text = writeIcs(reminders(steps, SITE_URL, schoolYear), {
		calendarName: `Jaarplanning ouderbetrokkenheid ${schoolYear}-${schoolYear + 1}`,
	});
	return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

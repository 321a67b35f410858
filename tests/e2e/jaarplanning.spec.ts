import ICAL from 'ical.js';
import { expect, test } from './support/test';
import { YearPlanPage } from './pages/year-plan-page';
import { axeViolations } from './support/axe';

test('the timeline runs from before the summer holidays to the end of the year, with the tools of each moment', async ({
	page,
}) => {
	const plan = new YearPlanPage(page);
	await plan.goto();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarplanning');
	const moments = await plan.momentTitles();
	expect(moments[0]).toBe('Voor de zomervakantie');
	expect(moments.at(-1)).toBe('Einde van het schooljaar');
	expect(moments.indexOf('Voor de herfstvakantie')).toBeLessThan(
		moments.indexOf('Na de kerstvakantie'),
	);
	expect(await plan.toolsAt('Eerste twee à drie schoolweken')).toEqual(
		expect.arrayContaining(['Startgesprek']),
	);
	expect(await plan.toolsAt('Eerste schoolweek')).toEqual(
		expect.arrayContaining(['Informatiekaart']),
	);
	expect(await plan.toolsAt('Voor de herfstvakantie')).toEqual(
		expect.arrayContaining(['Checklist oudercontact']),
	);
	expect(await plan.toolsAt('Na de kerstvakantie')).toEqual(
		expect.arrayContaining(['Checklist oudercontact']),
	);
	await expect(plan.step('Eerste schoolweek').locator('.year-plan__dates')).toHaveText(
		/^\d+ augustus( \d{4})? tot en met \d+ (augustus|september) \d{4} \(schoolweek 1\)$/,
	);
	await plan
		.step('Na de kerstvakantie')
		.getByRole('link', { name: 'Checklist oudercontact' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist oudercontact');
});

test('the calendar file imports: every tool and moment as an all-day event with a link and a reminder', async ({
	page,
	request,
}) => {
	const plan = new YearPlanPage(page);
	await plan.goto();
	const href = await plan.download.getAttribute('href');
	const response = await request.get(href!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
	const text = await response.text();
	expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
		true,
	);

	const calendar = new ICAL.Component(ICAL.parse(text));
	expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
	const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
	const [, from, to] = /(\d{4})-(\d{4})$/.exec(name) ?? [];
	expect(Number(to) - Number(from)).toBe(1);
	const events = calendar.getAllSubcomponents('vevent');

	// As many events as the timeline shows tools at a moment (every moment there has a date).
	const expected = await plan.steps.evaluateAll((steps) =>
		steps.flatMap((s) =>
			[...s.querySelectorAll('.year-plan__tools a')].map((a) => ({
				moment: s.querySelector('h3')!.textContent!.trim(),
				tool: a.textContent!.trim(),
				href: a.getAttribute('href')!,
			})),
		),
	);
	expect(events).toHaveLength(expected.length);
	const uids = new Set<string>();
	for (const event of events) {
		const uid = String(event.getFirstPropertyValue('uid'));
		uids.add(uid);
		expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
		const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
		expect(start.isDate).toBe(true);
		// Between June of the first year and July of the second.
		expect(
			start.year === Number(from)
				? start.month >= 6
				: start.year === Number(to) && start.month <= 7,
		).toBe(true);
		expect(start.dayOfWeek()).toBe(ICAL.Time.MONDAY);
		const summary = String(event.getFirstPropertyValue('summary'));
		const match = expected.find(
			(e) => summary === `${e.tool}: ${e.moment.replace(/^./, (c) => c.toLowerCase())}`,
		);
		expect(match, summary).toBeTruthy();
		expect(String(event.getFirstPropertyValue('description'))).toContain(match!.href);
		const alarm = event.getFirstSubcomponent('valarm');
		expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(
			-7 * 24 * 3600,
		);
	}
	expect(uids.size).toBe(events.length);
});

test('the year plan is linked from the tool index and the sidebar, and axe finds nothing', async ({
	page,
}) => {
	await page.goto('/gereedschappen/');
	await page
		.getByRole('main')
		.getByRole('link', { name: 'jaarplanning', exact: true })
		.first()
		.click();
	await expect(page).toHaveURL(/\/jaarplanning\/$/);
	await expect(
		page
			.getByRole('navigation', { name: 'Hoofdnavigatie' })
			.getByRole('link', { name: 'Jaarplanning' }),
	).toHaveAttribute('aria-current', 'page');
	expect(await axeViolations(page)).toEqual([]);
});

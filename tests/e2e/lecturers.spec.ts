import { expect, test } from './support/test';
import { LecturersPage } from './pages/lecturers-page';
import { builtToolIds, toolPath } from './support/built-site';

test('every tool has an assignment, tied to teacher indicators that read as on the factor pages', async ({
	page,
}) => {
	test.slow(); // visits the factor page of every indicator
	const lecturers = new LecturersPage(page);
	await lecturers.goto();
	const assignments = await lecturers.assignments();

	const indicators = new Map<string, string>();
	for (const id of builtToolIds()) {
		const assignment = assignments.find((a) => a.links.includes(toolPath(id)));
		expect(assignment, `een opdracht die naar ${toolPath(id)} linkt`).toBeDefined();
		expect(assignment!.indicators.length, `${assignment!.title}: indicatoren`).toBeGreaterThan(0);
		for (const { factorPath, text } of assignment!.indicators) indicators.set(factorPath, text);
	}

	// The indicator texts come from the factor data, so they match the factor pages word for word.
	for (const [factorPath, text] of indicators) {
		await page.goto(factorPath);
		await expect(page.locator('.factor-page__indicator')).toHaveText(text);
	}
});

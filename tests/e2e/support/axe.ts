import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe with our tags, plus the experimental rule that checks visible labels against accessible names (WCAG 2.5.3). */
export const axe = (page: Page) =>
	new AxeBuilder({ page })
		.withTags(TAGS)
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } });

/** What axe finds on the page as it is now, one line per rule: an empty list is a clean page. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await axe(page).analyze();
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
	);
}

import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import { formatBytes } from '../../src/lib/text';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('the Downloads page lists each file with its format and its real size, and the link downloads it', async ({
	page,
}) => {
	await page.goto('/downloads/');
	const group = page.getByRole('region', { name: 'Informatiekaart' });
	const row = group.getByRole('row', { name: /Lege informatiekaart als Word-sjabloon/ });
	const size = formatBytes(statSync(`${dist}downloads/informatiekaart-leeg.docx`).size);
	await expect(row.getByRole('cell')).toHaveText([
		'Lege informatiekaart als Word-sjabloon (A5)',
		'Word (.docx)',
		size,
	]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('link').click(),
	]);
	expect(download.suggestedFilename()).toBe('informatiekaart-leeg.docx');
	const saved = readFileSync((await download.path())!);
	expect(saved.subarray(0, 2).toString()).toBe('PK');
});

test('a tool page offers its own downloads and links to the overview', async ({ page }) => {
	await page.goto('/gereedschappen/informatiekaart/');
	const card = page.getByRole('region', { name: 'Gereedschapskaart' });
	await expect(
		card.getByRole('link', { name: /Lege informatiekaart om te printen \(A5\) \(PDF, \d+ kB\)/ }),
	).toHaveAttribute('href', '/downloads/informatiekaart-leeg.pdf');
	await card.getByRole('link', { name: 'Alle downloads op een rij' }).click();
	await expect(page).toHaveURL(/\/downloads\/#informatiekaart$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Informatiekaart' })).toBeInViewport();
});

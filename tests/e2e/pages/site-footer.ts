import type { Locator, Page } from '@playwright/test';

/** The links under every page to the privacy and accessibility statements (Footer override). */
export class SiteFooter {
	readonly nav: Locator;
	readonly privacy: Locator;
	readonly accessibility: Locator;

	constructor(readonly page: Page) {
		this.nav = page.getByRole('navigation', { name: 'Over deze site' });
		this.privacy = this.nav.getByRole('link', { name: 'Privacyverklaring', exact: true });
		this.accessibility = this.nav.getByRole('link', {
			name: 'Toegankelijkheidsverklaring',
			exact: true,
		});
	}
}

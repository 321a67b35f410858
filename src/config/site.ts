/**
 * Facts about the site itself. The public address can be set per deployment with `SITE_URL`;
 * it is used for the sitemap, canonical links and the "cite this page" block.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://gereedschapskist-ouderbetrokkenheid.nl';
export const SITE_TITLE = 'Gereedschapskist Ouderbetrokkenheid';
export const SITE_DESCRIPTION =
	'Praktische gereedschappen voor samenwerken met ouders, gekoppeld aan de tien succesfactoren (Lusse, 2013).';

/**
 * Where readers report a problem with privacy or accessibility: the e-mail address of whoever
 * publishes this copy of the site. Set per deployment with `SITE_CONTACT_EMAIL`; without it the
 * statements point readers to the publisher without an address.
 */
export const SITE_CONTACT_EMAIL = process.env.SITE_CONTACT_EMAIL ?? '';

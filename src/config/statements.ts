/** The statements every page links to in its footer (see the Footer override). */
export const STATEMENT_LINKS = [
	{ href: '/privacy/', label: 'Privacyverklaring' },
	{ href: '/toegankelijkheid/', label: 'Toegankelijkheidsverklaring' },
] as const;

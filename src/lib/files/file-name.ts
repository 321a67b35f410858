/**
 * A file name for a download made from what a user typed (a school or class name): lower case,
 * letters without accents, digits and hyphens, so it works on every system and in every mail program.
 */
export function safeFileName(name: string, extension: string, fallback = 'bestand'): string {
	const base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${base || fallback}.${extension.replace(/^\./, '')}`;
}

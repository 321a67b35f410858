/**
 * The filters of the search dialog (Pagefind), from the content model: which filter values a page
 * carries. Pure data in, pure data out; `SearchFilters.astro` writes them as `data-pagefind-filter`.
 * The keys are what the dialog shows as group names, so they are Dutch.
 */

export const FILTER_KEYS = {
	kind: 'Soort pagina',
	factor: 'Succesfactor',
	cluster: 'Cluster',
	sector: 'Sector',
	audience: 'Voor wie',
} as const;

/** What the "Soort pagina" filter calls each page type. */
export const PAGE_KIND_LABELS = {
	tool: 'Gereedschap',
	template: 'Sjabloon om in te vullen',
	'factor-page': 'Succesfactor',
	guide: 'Uitleg en overzicht',
} as const;

export type PageType = keyof typeof PAGE_KIND_LABELS;

/** The facts about a page that its filters come from (labels, already looked up). */
export interface PageFacets {
	type: PageType;
	/** Factors, as "5. In gesprek, twee kanten op". */
	factors?: string[];
	clusters?: string[];
	sectors?: string[];
	audiences?: string[];
}

interface SearchFilter {
	key: string;
	value: string;
}

/** The filters of one page, each value once, in a stable order. */
export function searchFilters(page: PageFacets): SearchFilter[] {
	const out: SearchFilter[] = [{ key: FILTER_KEYS.kind, value: PAGE_KIND_LABELS[page.type] }];
	const add = (key: string, values: string[] = []) => {
		for (const value of new Set(values)) if (value.trim()) out.push({ key, value: value.trim() });
	};
	add(FILTER_KEYS.factor, page.factors);
	add(FILTER_KEYS.cluster, page.clusters);
	add(FILTER_KEYS.sector, page.sectors);
	add(FILTER_KEYS.audience, page.audiences);
	return out;
}

/**
 * The attribute value Pagefind reads as "this page has filter `key` with value `value`". The inline
 * form takes everything after the first colon as the value (commas included), so the key must not
 * hold a colon.
 */
export function filterAttribute({ key, value }: SearchFilter): string {
	if (key.includes(':'))
		throw new Error(`Een zoekfilter mag geen dubbele punt in de naam hebben: "${key}".`);
	return `${key}:${value}`;
}

/**
 * APA 7 references and page citations, as segments that a component renders (emphasis, links)
 * without building HTML from strings. Dutch conventions: "z.d." for no date, "Geraadpleegd op … , van".
 */
import { formatDate } from './dates';

/** The kinds of work a source can be (mirrors `sourceSchema`'s `kind`). */
type SourceKind = 'boek' | 'rapport' | 'artikel' | 'webpagina' | 'instrument' | 'rede';

interface Reference {
	authors: readonly string[];
	year: number | string;
	title: string;
	kind: SourceKind;
	publisher?: string;
	url?: string;
}

/** A piece of a formatted citation. `fill` marks a part the reader fills in (the access date). */
export interface Segment {
	text: string;
	emphasis?: boolean;
	href?: string;
	fill?: boolean;
}

/** What APA puts in square brackets after a title to say what kind of work it is. */
const DESCRIPTORS: Partial<Record<SourceKind, string>> = {
	rede: 'Openbare les',
};

/** The author list as APA writes it: "A", "A, & B", "A, B, & C". */
export function formatAuthors(authors: readonly string[]): string {
	if (authors.length === 0) throw new Error('Een bron zonder auteur kan niet worden geciteerd.');
	if (authors.length === 1) return authors[0];
	return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

/** Ends a part with a full stop unless it already ends with punctuation that closes a sentence. */
const closed = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** An APA 7 reference-list entry. The place of publication is left out, as APA 7 does. */
export function referenceSegments(ref: Reference): Segment[] {
	const authors = formatAuthors(ref.authors);
	const segments: Segment[] = [{ text: `${closed(authors)} (${ref.year}). ` }];
	const descriptor = DESCRIPTORS[ref.kind];
	const italic = ref.kind !== 'artikel';
	if (descriptor) {
		segments.push({ text: ref.title, emphasis: italic }, { text: ` [${descriptor}]. ` });
	} else {
		segments.push({ text: closed(ref.title), emphasis: italic }, { text: ' ' });
	}
	// A publisher that is also the (group) author is not repeated.
	if (ref.publisher && !ref.authors.includes(ref.publisher))
		segments.push({ text: `${closed(ref.publisher)} ` });
	if (ref.url) segments.push({ text: ref.url, href: ref.url });
	const last = segments[segments.length - 1];
	last.text = last.text.trimEnd();
	return segments;
}

/** The short citation in running text: "(Lusse, 2013)", "(Lusse & Diender, 2014)", "(Bakker et al., 2013)". */
export function inTextCitation(ref: Pick<Reference, 'authors' | 'year'>): string {
	const surname = (author: string) => author.split(',')[0].trim();
	const names =
		ref.authors.length === 1
			? surname(ref.authors[0])
			: ref.authors.length === 2
				? `${surname(ref.authors[0])} & ${surname(ref.authors[1])}`
				: `${surname(ref.authors[0])} et al.`;
	return `(${names}, ${ref.year})`;
}

interface PageCitation {
	/** The site, which stands as group author of its pages. */
	siteTitle: string;
	/** The page's title. */
	title: string;
	/** The page's stable, absolute URL. */
	url: string;
	/** Date of the page's last change; without it APA writes "z.d.". */
	changed?: Date;
}

/**
 * APA 7 for a web page whose content may change: group author, date of the version, title in
 * italics, and a retrieval date, which only the reader knows (a `fill` segment).
 */
export function pageCitationSegments(page: PageCitation): Segment[] {
	const date = page.changed
		? `${page.changed.getUTCFullYear()}, ${formatDate(page.changed, 'dayMonth')}`
		: 'z.d.';
	return [
		{ text: `${closed(page.siteTitle)} (${date}). ` },
		{ text: closed(page.title), emphasis: true },
		{ text: ' Geraadpleegd op ' },
		{ text: 'dag maand jaar', fill: true },
		{ text: ', van ' },
		{ text: page.url, href: page.url },
	];
}

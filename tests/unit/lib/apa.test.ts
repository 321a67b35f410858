import { describe, expect, test } from 'vitest';
import {
	formatAuthors,
	inTextCitation,
	pageCitationSegments,
	referenceSegments,
	type Segment,
} from '../../../src/lib/apa';
import { formatDate } from '../../../src/lib/dates';

/** Plain text of segments, as a reader copies it. */
const segmentsText = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

describe('APA 7 references', () => {
	test('a book by one author: year in brackets, title in italics, publisher, no place', () => {
		const segments = referenceSegments({
			authors: ['Lusse, M.'],
			year: 2013,
			title: 'Een kwestie van vertrouwen',
			kind: 'boek',
			publisher: 'Rotterdam University Press',
		});
		expect(segmentsText(segments)).toBe(
			'Lusse, M. (2013). Een kwestie van vertrouwen. Rotterdam University Press.',
		);
		expect(segments.find((s) => s.emphasis)?.text).toBe('Een kwestie van vertrouwen.');
	});

	test('two and more authors are joined with a comma and an ampersand', () => {
		expect(formatAuthors(['Lusse, M.', 'Diender, A.'])).toBe('Lusse, M., & Diender, A.');
		expect(formatAuthors(['A, B.', 'C, D.', 'E, F.'])).toBe('A, B., C, D., & E, F.');
		expect(() => formatAuthors([])).toThrow(/zonder auteur/);
	});

	test('a group author that is also the publisher is named once; the URL ends the entry without a full stop', () => {
		const text = segmentsText(
			referenceSegments({
				authors: ['CPS Onderwijsontwikkeling en advies'],
				year: 'z.d.',
				title: 'Ouderbetrokkenheid 3.0',
				kind: 'boek',
				publisher: 'CPS Onderwijsontwikkeling en advies',
				url: 'https://www.cps.nl/ouderbetrokkenheid',
			}),
		);
		expect(text).toBe(
			'CPS Onderwijsontwikkeling en advies. (z.d.). Ouderbetrokkenheid 3.0. https://www.cps.nl/ouderbetrokkenheid',
		);
	});

	test('a public lecture gets its description in square brackets after the title', () => {
		const text = segmentsText(
			referenceSegments({
				authors: ['Lusse, M.'],
				year: '2015, in voorbereiding',
				title: 'Van je ouders moet je het hebben',
				kind: 'rede',
				publisher: 'Rotterdam University Press',
			}),
		);
		expect(text).toBe(
			'Lusse, M. (2015, in voorbereiding). Van je ouders moet je het hebben [Openbare les]. Rotterdam University Press.',
		);
	});

	test('a title that ends in a question mark gets no extra full stop', () => {
		expect(
			segmentsText(
				referenceSegments({ authors: ['X, Y.'], year: 2020, title: 'Wat werkt?', kind: 'rapport' }),
			),
		).toBe('X, Y. (2020). Wat werkt?');
	});

	test('citations in running text', () => {
		expect(inTextCitation({ authors: ['Lusse, M.'], year: 2013 })).toBe('(Lusse, 2013)');
		expect(inTextCitation({ authors: ['Lusse, M.', 'Diender, A.'], year: 2014 })).toBe(
			'(Lusse & Diender, 2014)',
		);
		expect(
			inTextCitation({ authors: ['Bakker, J.', 'Denessen, E.', 'Dennissen, M.'], year: 2013 }),
		).toBe('(Bakker et al., 2013)');
	});
});

describe('citing a page of the site', () => {
	const page = {
		siteTitle: 'Gereedschapskist Ouderbetrokkenheid',
		title: 'Startgesprek',
		url: 'https://example.nl/gereedschappen/basisvormen/startgesprek/',
	};

	test('with the date of the last change and a retrieval date for the reader to fill in', () => {
		const segments = pageCitationSegments({ ...page, changed: new Date('2026-11-22T18:05:09Z') });
		expect(segmentsText(segments)).toBe(
			'Gereedschapskist Ouderbetrokkenheid. (2026, 22 november). Startgesprek. Geraadpleegd op dag maand jaar, van https://example.nl/gereedschappen/basisvormen/startgesprek/',
		);
		expect(segments.filter((s) => s.fill).map((s) => s.text)).toEqual(['dag maand jaar']);
		expect(segments.at(-1)).toEqual({ text: page.url, href: page.url });
	});

	test('without a known date APA writes z.d.', () => {
		expect(segmentsText(pageCitationSegments(page))).toMatch(
			/^Gereedschapskist Ouderbetrokkenheid\. \(z\.d\.\)\. Startgesprek\./,
		);
	});

	test('dates are Dutch and read in UTC, so the build machine’s time zone cannot shift the day', () => {
		expect(formatDate(new Date('2026-01-01T00:30:00Z'), 'dayMonthYear')).toBe('1 januari 2026');
		expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'dayMonthYear')).toBe('31 december 2025');
	});
});

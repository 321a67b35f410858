import { describe, expect, it } from 'vitest';
import { docxText } from '../../../../src/lib/export/docx';
import { readZip } from '../../../../src/lib/files/zip';
import { PARENT_LANGUAGE_CODES } from '../../../../src/lib/i18n/languages';
import { blankInvitationDocx } from '../../../../src/lib/nieuwjaarsreceptie/blank';
import {
	DEFAULT_INVITATIONS,
	invitation,
	INVITATION_PLACEHOLDERS,
} from '../../../../src/lib/nieuwjaarsreceptie/invitation';
import {
	emptyReception,
	missing,
	nieuwjaarsreceptieType,
	timeProblem,
	withReception,
} from '../../../../src/lib/nieuwjaarsreceptie/reception';
import { upgrade } from '../../../../src/lib/storage/record-type';

const reception = {
	...emptyReception('k1'),
	date: '2026-09-10',
	start: '15:00',
	end: '16:00',
	place: 'lokaal 5',
	teacher: 'Juf Anouk',
	school: 'De Regenboog',
};

describe('the times', () => {
	it('an hour at most, said in Dutch with the latest end time', () => {
		expect(timeProblem(reception)).toBe('');
		expect(timeProblem({ start: '15:00', end: '16:01' })).toBe(
			'Een nieuwjaarsreceptie duurt hooguit een uur. Kies een eindtijd tot en met 16:00.',
		);
		expect(timeProblem({ start: '15:00', end: '14:00' })).toBe(
			'De eindtijd ligt niet na de begintijd.',
		);
		expect(timeProblem({ start: '', end: '' })).toBe('');
	});

	it('names what is still to be filled in', () => {
		expect(missing(emptyReception('k1'))).toEqual([
			'de datum',
			'de begin- en eindtijd',
			'de plaats',
		]);
		expect(missing(reception)).toEqual([]);
	});
});

describe('the invitation', () => {
	it('exists in six languages with the date, times and place', () => {
		for (const code of PARENT_LANGUAGE_CODES) {
			for (const key of ['klas', 'datum', 'begintijd', 'eindtijd', 'plaats', 'programma'])
				expect(DEFAULT_INVITATIONS[code], `${code} {${key}}`).toContain(`{${key}}`);
			for (const [, key] of DEFAULT_INVITATIONS[code].matchAll(/\{([a-z]+)\}/g))
				expect(Object.keys(INVITATION_PLACEHOLDERS)).toContain(key);
		}
	});

	it('is filled in for the class, in the language, right to left in Arabic', () => {
		const nl = invitation({ letters: {} }, reception, { name: 'Groep 5' }, 'nl');
		expect(nl.paragraphs.flat()).toEqual(
			expect.arrayContaining([
				'Datum: donderdag 10 september 2026',
				'Tijd: 15:00 tot 16:00 uur',
				'Plaats: lokaal 5',
				'Juf Anouk',
				'De Regenboog',
			]),
		);
		const ar = invitation({ letters: {} }, reception, { name: 'Groep 5' }, 'ar');
		expect(ar.dir).toBe('rtl');
		expect(ar.paragraphs.flat().join(' ')).toContain('15:00');
		const own = invitation(
			{ letters: { nl: 'Welkom {klas}, {onbekend}' } },
			reception,
			{ name: 'Groep 5' },
			'nl',
		);
		expect(own.paragraphs).toEqual([['Welkom Groep 5, {onbekend}']]);
	});

	it('the blank Word file has the six languages, one per page, and is the same every build', () => {
		const bytes = blankInvitationDocx();
		const xml = new TextDecoder().decode(readZip(bytes, () => true).get('word/document.xml')!);
		expect(xml.split('<w:br w:type="page"/>')).toHaveLength(6);
		expect(docxText(xml).join('\n')).not.toMatch(/\{[a-z]+\}/);
		expect(blankInvitationDocx()).toEqual(bytes);
	});
});

describe('the stored data', () => {
	it('reads its own data back and refuses an unknown language', () => {
		const data = withReception(nieuwjaarsreceptieType.empty(), {
			...reception,
			printLanguages: ['nl', 'ar'],
		});
		expect(upgrade(nieuwjaarsreceptieType, 1, JSON.parse(JSON.stringify(data)))).toEqual(data);
		expect(() =>
			upgrade(nieuwjaarsreceptieType, 1, {
				...data,
				receptions: [{ ...reception, printLanguages: ['xx'] }],
			}),
		).toThrow(/kloppen niet/);
	});
});

import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../src/lib/dates';
import { docxText } from '../../../../src/lib/export/docx';
import { readZip } from '../../../../src/lib/files/zip';
import { PARENT_LANGUAGE_CODES } from '../../../../src/lib/i18n/languages';
import { blankLetterDocx, BLANK_LINE } from '../../../../src/lib/startgesprek/blank';
import { scheduleEvents } from '../../../../src/lib/startgesprek/calendar';
import {
	DEFAULT_LETTERS,
	fillLetter,
	letterTemplate,
	PLACEHOLDERS,
} from '../../../../src/lib/startgesprek/letters';
import { classLetters } from '../../../../src/lib/startgesprek/letters-list';
import { emptyPlan, newDay, startgesprekType } from '../../../../src/lib/startgesprek/plan';
import { autoAssign, swapPupils } from '../../../../src/lib/startgesprek/schedule';
import { lettersDocx } from '../../../../src/lib/startgesprek/word';
import { upgrade } from '../../../../src/lib/storage/record-type';

const schoolClass = {
	id: 'k1',
	name: 'Groep 5',
	pupils: [
		{ id: 'l1', firstName: 'Sam', infix: 'de', lastName: 'Vries' },
		{ id: 'l2', firstName: 'Aya', infix: '', lastName: 'Amrani' },
		{ id: 'l3', firstName: 'Olena', infix: '', lastName: 'Koval' },
	],
};
const plan = autoAssign(
	{
		...emptyPlan('k1'),
		teacher: 'Juf Anouk',
		place: 'lokaal 5',
		school: 'De Regenboog',
		days: [newDay('2026-09-01', '13:00', '14:00', 'a')],
	},
	schoolClass.pupils,
);

describe('the default letters', () => {
	it('exist in all six languages and name the date, the time and the pupil', () => {
		for (const language of PARENT_LANGUAGE_CODES) {
			const text = DEFAULT_LETTERS[language];
			for (const key of ['leerling', 'datum', 'tijd', 'eindtijd', 'plaats', 'leerkracht'])
				expect(text, `${language}: {${key}}`).toContain(`{${key}}`);
			// Only known placeholders.
			for (const [, key] of text.matchAll(/\{([a-z]+)\}/g))
				expect(Object.keys(PLACEHOLDERS)).toContain(key);
		}
	});

	it('say what the conversation is for (Dutch)', () => {
		expect(DEFAULT_LETTERS.nl).toMatch(/startgesprek/);
		expect(DEFAULT_LETTERS.nl).toMatch(/willen bereiken/);
		expect(DEFAULT_LETTERS.nl).toMatch(/hoe en wanneer/);
	});

	it('the teacher’s own text replaces the default; an empty one falls back to it', () => {
		expect(letterTemplate({ letters: { nl: 'Eigen tekst' } }, 'nl')).toBe('Eigen tekst');
		expect(letterTemplate({ letters: { nl: '  ' } }, 'nl')).toBe(DEFAULT_LETTERS.nl);
		expect(letterTemplate({ letters: {} }, 'ar')).toBe(DEFAULT_LETTERS.ar);
	});
});

describe('filling in a letter', () => {
	it('replaces the placeholders, leaves out lines whose placeholders are all empty, tidies a half-empty line', () => {
		const text =
			'Beste {leerling},\n\nPlaats: {plaats}\nTijd: {tijd}\n\n{klas}, {school}\n{onbekend}';
		expect(fillLetter(text, { leerling: 'Sam', tijd: '13:00', klas: 'Groep 5' })).toEqual([
			['Beste Sam,'],
			['Tijd: 13:00'],
			['Groep 5', '{onbekend}'],
		]);
	});

	it('writes dates in the letter’s language, with Latin digits in Arabic', () => {
		expect(formatDate('2026-09-01', 'long', 'nl')).toBe('dinsdag 1 september 2026');
		expect(formatDate('2026-09-01', 'long', 'en')).toMatch(/^Tuesday,? 1 September 2026$/);
		expect(formatDate('2026-09-01', 'long', 'tr')).toMatch(/1 Eylül 2026 Salı/);
		expect(formatDate('2026-09-01', 'long', 'pl')).toMatch(/wtorek, 1 września 2026/);
		expect(formatDate('2026-09-01', 'long', 'uk')).toMatch(/вівторок/);
		expect(formatDate('2026-09-01', 'long', 'ar')).toMatch(/الثلاثاء/);
		expect(formatDate('2026-09-01', 'long', 'ar')).toContain('2026');
	});

	it('one letter per pupil with a time, in schedule order, each in the family’s language', () => {
		const swapped = {
			...swapPupils(plan, 'l1', 'l2'),
			languages: { l2: 'ar' as const, l3: 'uk' as const },
		};
		const letters = classLetters({ letters: {} }, swapped, schoolClass);
		expect(letters.map((l) => [l.pupilName, l.start, l.language, l.dir])).toEqual([
			['Aya Amrani', '13:00', 'ar', 'rtl'],
			['Sam de Vries', '13:20', 'nl', 'ltr'],
			['Olena Koval', '13:40', 'uk', 'ltr'],
		]);
		expect(letters[1]!.paragraphs.flat()).toContain('Tijd: 13:20 tot 13:40 uur');
		expect(letters[1]!.paragraphs.flat()).toContain('Datum: dinsdag 1 september 2026');
		expect(letters[2]!.paragraphs.flat()).toContain('Дитина: Olena');
	});
});

describe('the Word file and the calendar', () => {
	it('puts every letter on its own page; Arabic paragraphs right to left', () => {
		const letters = classLetters(
			{ letters: {} },
			{ ...plan, languages: { l2: 'ar' } },
			schoolClass,
		);
		const xml = new TextDecoder().decode(
			readZip(lettersDocx(letters, 'Brieven', new Date('2026-01-01')), () => true).get(
				'word/document.xml',
			)!,
		);
		const pages = xml.split('<w:br w:type="page"/>');
		expect(pages).toHaveLength(3);
		expect(pages[1]).toContain('<w:bidi/>');
		expect(pages[1]).toContain('<w:rtl/>');
		expect(pages[0]).not.toContain('<w:bidi/>');
		expect(docxText(xml).join('\n')).toContain('Beste ouders en verzorgers van Sam,');
	});

	it('has one event per pupil with a time, with a stable id and the place', () => {
		const events = scheduleEvents(plan, schoolClass);
		expect(events.map((e) => [e.uid, e.title, e.start, e.end, e.location])).toEqual([
			[
				'startgesprek-k1-l1',
				'Startgesprek Sam de Vries',
				{ dateTime: '2026-09-01T13:00' },
				{ dateTime: '2026-09-01T13:20' },
				'lokaal 5',
			],
			[
				'startgesprek-k1-l2',
				'Startgesprek Aya Amrani',
				{ dateTime: '2026-09-01T13:20' },
				{ dateTime: '2026-09-01T13:40' },
				'lokaal 5',
			],
			[
				'startgesprek-k1-l3',
				'Startgesprek Olena Koval',
				{ dateTime: '2026-09-01T13:40' },
				{ dateTime: '2026-09-01T14:00' },
				'lokaal 5',
			],
		]);
	});
});

describe('the blank letter', () => {
	const bytes = blankLetterDocx();
	const xml = new TextDecoder().decode(readZip(bytes, () => true).get('word/document.xml')!);

	it('has the default letter in six languages, one per page, with lines to write on', () => {
		const pages = xml.split('<w:br w:type="page"/>');
		expect(pages).toHaveLength(6);
		const text = docxText(xml).join('\n');
		expect(text).toContain(`Beste ouders en verzorgers van ${BLANK_LINE},`);
		expect(text).toContain(`Datum: ${BLANK_LINE}`);
		expect(text).toContain('Sayın Veliler');
		expect(text).not.toMatch(/\{[a-z]+\}/);
		expect(pages[3]).toContain('<w:bidi/>');
	});

	it('is the same file at every build', () => {
		expect(blankLetterDocx()).toEqual(bytes);
	});
});

describe('the stored plan', () => {
	it('reads its own data back', () => {
		const data = { plans: [plan], letters: { tr: 'Merhaba {leerling}' } };
		expect(upgrade(startgesprekType, 1, JSON.parse(JSON.stringify(data)))).toEqual(data);
	});

	it('refuses a slot length out of range or an unknown language, in Dutch', () => {
		expect(() =>
			upgrade(startgesprekType, 1, { plans: [{ ...plan, slotMinutes: 500 }], letters: {} }),
		).toThrow(/kloppen niet/);
		expect(() =>
			upgrade(startgesprekType, 1, { plans: [{ ...plan, languages: { l1: 'xx' } }], letters: {} }),
		).toThrow(/kloppen niet/);
	});
});

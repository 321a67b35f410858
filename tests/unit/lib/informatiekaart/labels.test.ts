import { describe, expect, it } from 'vitest';
import { PARENT_LANGUAGE_CODES } from '../../../../src/lib/i18n/languages';
import {
	CHANNELS,
	DAY_OFF_KINDS,
	MOMENT_KINDS,
	ROLES,
} from '../../../../src/lib/informatiekaart/card';
import {
	CARD_LABELS,
	label,
	placeholders,
	type LabelKey,
} from '../../../../src/lib/informatiekaart/labels';

const dutchKeys = Object.keys(CARD_LABELS.nl).sort();

describe('card labels', () => {
	it('exist for all six parent languages', () => {
		expect(Object.keys(CARD_LABELS).sort()).toEqual([...PARENT_LANGUAGE_CODES].sort());
	});

	for (const language of PARENT_LANGUAGE_CODES) {
		it(`${language} has exactly the Dutch keys, none empty, with the same placeholders`, () => {
			const labels = CARD_LABELS[language];
			expect(Object.keys(labels).sort()).toEqual(dutchKeys);
			for (const key of dutchKeys as LabelKey[]) {
				expect(labels[key].trim(), `${language}.${key}`).not.toBe('');
				expect(placeholders(labels[key]), `${language}.${key}`).toEqual(
					placeholders(CARD_LABELS.nl[key]),
				);
			}
		});
	}

	it('has a label for every kind in the card model (except "other", which uses the team’s own words)', () => {
		const kinds = [
			...ROLES.map((k) => `role.${k}`),
			...CHANNELS.map((k) => `channel.${k}`),
			...MOMENT_KINDS.map((k) => `moment.${k}`),
			...DAY_OFF_KINDS.map((k) => `dayOff.${k}`),
		].filter((k) => !k.endsWith('.other'));
		expect(kinds.filter((k) => !(k in CARD_LABELS.nl))).toEqual([]);
	});

	it('are translations, not copies of the Dutch', () => {
		for (const language of PARENT_LANGUAGE_CODES.filter((l) => l !== 'nl')) {
			const same = (
				[
					'contactHeading',
					'momentsHeading',
					'illnessHeading',
					'holidaysHeading',
					'cardTitle',
				] as const
			).filter((key) => CARD_LABELS[language][key] === CARD_LABELS.nl[key]);
			expect(same, language).toEqual([]);
		}
		expect(CARD_LABELS.ar.contactHeading).toMatch(/[\u0600-\u06ff]/);
		expect(CARD_LABELS.uk.contactHeading).toMatch(/[\u0400-\u04ff]/);
	});

	it('fills in placeholders', () => {
		expect(label('nl', 'illnessBefore', { time: '08:15' })).toBe('Meld het vóór 08:15.');
		expect(label('tr', 'schoolYear', { year: '2026-2027' })).toBe('2026-2027 öğretim yılı');
	});
});

import { describe, expect, it } from 'vitest';
import { BLANK_ROWS, blankChecklistXlsx } from '../../../../src/lib/checklist/blank';
import {
	DEFAULT_ROUND_NAMES,
	DEFAULT_SCALE,
	SCHOOL_SET,
} from '../../../../src/lib/checklist/items';
import { readXlsx } from '../../../../src/lib/export/xlsx';
import { generatedDownloads } from '../../../../src/lib/downloads/generated';

describe('blank checklist, Excel', () => {
	const bytes = blankChecklistXlsx();
	const sheets = readXlsx(bytes);

	it('has an explanation sheet and a sheet per default round', () => {
		expect(sheets.map((s) => s.name)).toEqual(['Uitleg', ...DEFAULT_ROUND_NAMES]);
	});

	it('takes its columns from the item definitions, grouped as on the page', () => {
		const [header, ...rows] = sheets[1]!.rows;
		expect(header).toEqual([
			'Nr.',
			'Leerling',
			'Contact: Ouder op gesprek en ouderavond',
			'Samenwerking: Ouder zoekt mij makkelijk op',
			'Samenwerking: Ik zoek de ouder makkelijk op',
			'Achtergrond van de leerling: Ik ken het gezin',
			'Achtergrond van de leerling: Thuis leert en krijgt het kind steun',
			'Achtergrond van de leerling: Ik ken andere belangrijke volwassenen',
			'Notitie',
			'Verbeterstap',
		]);
		expect(header!.slice(2, -2).map((h) => h.split(': ')[1])).toEqual(
			SCHOOL_SET.items.map((i) => i.short),
		);
		expect(rows).toHaveLength(BLANK_ROWS);
		expect(rows.map((r) => r[0])).toEqual(
			Array.from({ length: BLANK_ROWS }, (_, i) => String(i + 1)),
		);
		expect(sheets[2]!.rows[0]).toEqual(header);
	});

	it('explains the scale and every item in full', () => {
		const text = sheets[0]!.rows.map((r) => r.join('|'));
		for (const point of DEFAULT_SCALE) expect(text).toContain(`${point.value}|${point.label}`);
		for (const item of SCHOOL_SET.items)
			expect(text.some((line) => line.endsWith(`|${item.short}|${item.text}`))).toBe(true);
	});

	it('is the same file on every build, and registered as a generated download', async () => {
		expect(blankChecklistXlsx()).toEqual(bytes);
		expect(await generatedDownloads['checklist-oudercontact-leeg.xlsx']!()).toEqual(bytes);
	});
});

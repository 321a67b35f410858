import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dateField, idField, textField, timeField } from '../../../../src/lib/storage/fields';

const messageOf = (schema: z.ZodMiniType, value: unknown) =>
	z.safeParse(schema, value).error?.issues[0]?.message;

describe('record fields', () => {
	it('takes an id of 1 to 40 characters', () => {
		expect(z.safeParse(idField, 'k1').success).toBe(true);
		expect(z.safeParse(idField, '').success).toBe(false);
		expect(z.safeParse(idField, 'x'.repeat(41)).success).toBe(false);
	});
	it('bounds a text and allows it empty', () => {
		expect(z.safeParse(textField(3), '').success).toBe(true);
		expect(z.safeParse(textField(3), 'abcd').success).toBe(false);
	});
	it('takes a date or nothing, and names the example when it is wrong', () => {
		expect(z.safeParse(dateField('2026-09-10'), '2026-09-01').success).toBe(true);
		expect(z.safeParse(dateField('2026-09-10'), '').success).toBe(true);
		expect(messageOf(dateField('2026-09-10'), '1-9-2026')).toBe(
			'verwacht een datum als 2026-09-10',
		);
	});
	it('takes a 24-hour time or nothing', () => {
		expect(z.safeParse(timeField('15:30'), '23:59').success).toBe(true);
		expect(z.safeParse(timeField('15:30'), '').success).toBe(true);
		expect(z.safeParse(timeField('15:30'), '24:00').success).toBe(false);
		expect(messageOf(timeField('15:30'), '9.30')).toBe('verwacht een tijd als 15:30');
	});
});

import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../../../src/lib/roster/class-list';
import { emptyPlan, newDay, type ClassPlan } from '../../../../src/lib/startgesprek/plan';
import {
	addPresetDays,
	allSlots,
	autoAssign,
	conflicts,
	dayProblems,
	dayRows,
	hasConflicts,
	movePupil,
	presetDates,
	slotKey,
	swapPupils,
} from '../../../../src/lib/startgesprek/schedule';

const pupils = (n: number): Pupil[] =>
	Array.from({ length: n }, (_, i) => ({
		id: `l${i + 1}`,
		firstName: `Kind${i + 1}`,
		infix: '',
		lastName: '',
	}));

function plan(days: ClassPlan['days'], slotMinutes = 20): ClassPlan {
	return { ...emptyPlan('k1'), days, slotMinutes };
}

describe('slots of a day', () => {
	it('fill the window in steps of the slot length; the last one ends at or before the end', () => {
		const rows = dayRows(newDay('2026-09-01', '13:00', '14:10', 'd1'), 20);
		expect(rows.map((r) => `${r.start}-${r.end}`)).toEqual([
			'13:00-13:20',
			'13:20-13:40',
			'13:40-14:00',
		]);
		expect(rows[0]).toMatchObject({ kind: 'slot', key: 'd1@13:00', date: '2026-09-01' });
	});

	it('start again after a break, which shows once as a row', () => {
		const day = {
			...newDay('2026-09-01', '13:00', '15:00', 'd1'),
			breaks: [{ id: 'p', start: '13:50', end: '14:05' }],
		};
		expect(dayRows(day, 20).map((r) => `${r.kind}:${r.start}`)).toEqual([
			'slot:13:00',
			'slot:13:20',
			'break:13:50',
			'slot:14:05',
			'slot:14:25',
		]);
	});

	it('a day without a date or with the end before the start gives no slots and says why in Dutch', () => {
		expect(dayRows(newDay('', '13:00', '15:00'), 20)).toEqual([]);
		expect(dayProblems(newDay('', '13:00', '15:00'))).toEqual(['Kies een datum.']);
		expect(dayProblems(newDay('2026-02-30', '13:00', '15:00'))).toEqual([
			'Deze datum bestaat niet.',
		]);
		expect(dayProblems(newDay('2026-09-01', '15:00', '13:00'))).toEqual([
			'De eindtijd ligt niet na de begintijd.',
		]);
		expect(dayRows(newDay('2026-09-01', '15:00', '13:00'), 20)).toEqual([]);
	});

	it('all slots of a plan are in order of date, whatever order the days were added in', () => {
		const p = plan([
			newDay('2026-09-03', '13:00', '13:40', 'b'),
			newDay('2026-09-01', '13:00', '13:40', 'a'),
		]);
		expect(allSlots(p).map((s) => s.key)).toEqual(['a@13:00', 'a@13:20', 'b@13:00', 'b@13:20']);
	});
});

describe('assigning', () => {
	const base = plan([
		newDay('2026-09-01', '13:00', '14:00', 'a'),
		newDay('2026-09-03', '13:00', '14:00', 'b'),
	]);

	it('gives the pupils the slots in class order, and says who is left when there are too few', () => {
		const assigned = autoAssign(base, pupils(7));
		expect(assigned.assignments.map((a) => a.slot)).toEqual([
			'a@13:00',
			'a@13:20',
			'a@13:40',
			'b@13:00',
			'b@13:20',
			'b@13:40',
		]);
		const found = conflicts(assigned, pupils(7));
		expect(found.withoutSlot).toEqual(['l7']);
		expect(found.shortBy).toBe(1);
		expect(hasConflicts(found)).toBe(true);
	});

	it('keeps existing times when only the pupils without a time are placed', () => {
		const moved = movePupil(autoAssign(base, pupils(3)), 'l1', 'b@13:40');
		const filled = autoAssign(movePupil(moved, 'l2', ''), pupils(4), { keep: true });
		expect(new Map(filled.assignments.map((a) => [a.pupilId, a.slot]))).toEqual(
			new Map([
				['l1', 'b@13:40'],
				['l3', 'a@13:40'],
				['l2', 'a@13:00'],
				['l4', 'a@13:20'],
			]),
		);
	});

	it('moving onto a taken slot is a double booking, listed in class order', () => {
		const assigned = autoAssign(base, pupils(3));
		const clash = movePupil(assigned, 'l3', 'a@13:00');
		const found = conflicts(clash, pupils(3));
		expect(found.doubleBooked).toEqual([
			{ slot: expect.objectContaining({ key: 'a@13:00' }), pupilIds: ['l1', 'l3'] },
		]);
	});

	it('swapping two families exchanges their slots, also when one has none', () => {
		const assigned = autoAssign(base, pupils(2));
		const swapped = swapPupils(assigned, 'l1', 'l2');
		expect(swapped.assignments.find((a) => a.pupilId === 'l1')?.slot).toBe('a@13:20');
		expect(swapped.assignments.find((a) => a.pupilId === 'l2')?.slot).toBe('a@13:00');
		const withNone = swapPupils(assigned, 'l1', 'l9');
		expect(withNone.assignments.find((a) => a.pupilId === 'l9')?.slot).toBe('a@13:00');
		expect(withNone.assignments.some((a) => a.pupilId === 'l1')).toBe(false);
		expect(swapPupils(assigned, 'l1', 'l1')).toBe(assigned);
	});

	it('a slot that no longer exists after the times change is reported, not dropped', () => {
		const assigned = autoAssign(base, pupils(2));
		const shorter = { ...assigned, slotMinutes: 30 };
		const found = conflicts(shorter, pupils(2));
		expect(found.lostSlot).toEqual(['l2']);
		expect(slotKey('a', '13:00')).toBe('a@13:00');
	});
});

describe('presets', () => {
	// 31 August 2026 is a Monday.
	it('the first two or three school weeks: the chosen weekdays from the first school day on', () => {
		expect(presetDates('weeks2', '2026-08-31', [2, 4])).toEqual([
			'2026-09-01',
			'2026-09-03',
			'2026-09-08',
			'2026-09-10',
		]);
		expect(presetDates('weeks3', '2026-08-31', [1])).toEqual([
			'2026-08-31',
			'2026-09-07',
			'2026-09-14',
		]);
		// Starting on a Wednesday: the rest of that week counts as the first week.
		expect(presetDates('weeks2', '2026-09-02', [1, 3])).toEqual([
			'2026-09-02',
			'2026-09-07',
			'2026-09-09',
		]);
	});

	it('the last days of the summer holiday: the chosen weekdays of the five working days before', () => {
		expect(presetDates('holiday', '2026-08-31', [1, 2, 3, 4, 5])).toEqual([
			'2026-08-24',
			'2026-08-25',
			'2026-08-26',
			'2026-08-27',
			'2026-08-28',
		]);
		expect(presetDates('holiday', '2026-08-31', [4])).toEqual(['2026-08-27']);
		expect(presetDates('holiday', 'geen datum', [4])).toEqual([]);
	});

	it('adding preset days skips dates the plan has already', () => {
		const p = plan([newDay('2026-09-01', '13:00', '16:00', 'a')]);
		let n = 0;
		const next = addPresetDays(p, ['2026-09-01', '2026-09-03'], '14:00', '17:00', () => `x${++n}`);
		expect(next.days.map((d) => [d.id, d.date, d.start, d.end])).toEqual([
			['a', '2026-09-01', '13:00', '16:00'],
			['x1', '2026-09-03', '14:00', '17:00'],
		]);
	});
});

/**
 * The choice of a scan to compare the current one with: none, or any other scan. Choosing only
 * changes the data; the results are drawn again by the caller.
 */
import {
	comparedScan,
	currentScan,
	scanName,
	scansByDate,
	type Scan,
	type ScanBook,
} from '../../../lib/zelfscan/scan';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

/** "de scan van 1 oktober 2025 (Team)", for inside a sentence. */
export const theScan = (scan: Scan): string => {
	const name = scanName(scan);
	return `de ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
};

export function drawCompare(ctx: TemplateContext<ScanBook>, onChange: () => void): void {
	const box = ctx.part('[data-compare]');
	const current = currentScan(ctx.data);
	const others = scansByDate(ctx.data).filter((s) => s.id !== current.id);
	if (others.length === 0) {
		replaceChildren(
			box,
			h(
				'p',
				{ class: 'gk-field__hint' },
				'Heb je eerder een scan gedaan, bijvoorbeeld vorig jaar? Begin dan een nieuwe scan of lees de oude in; dan kun je ze hier vergelijken.',
			),
		);
		return;
	}
	const select = h(
		'select',
		{ id: 'zs-compare' },
		h('option', { value: '' }, 'Niet vergelijken'),
		others.map((s) => h('option', { value: s.id }, scanName(s))),
	);
	select.value = comparedScan(ctx.data)?.id ?? '';
	select.addEventListener('change', () => {
		ctx.update({ ...ctx.data, compareId: select.value });
		onChange();
		const other = comparedScan(ctx.data);
		ctx.announce(other ? `Vergeleken met ${theScan(other)}.` : 'Niet meer vergeleken.');
	});
	replaceChildren(
		box,
		h(
			'div',
			{ class: 'gk-field zs-compare' },
			h('label', { for: 'zs-compare' }, 'Vergelijken met'),
			select,
		),
	);
}

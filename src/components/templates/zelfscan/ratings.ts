/**
 * The ten factors, per cluster: each with its four level descriptions as radio buttons and a note
 * of evidence. The form itself is in the page (drawn at build time by `ZelfscanTool.astro`); here
 * it is filled from the current scan and listened to. Choosing a level or typing only changes the
 * data (`edit`); nothing is redrawn.
 */
import { currentScan, updateCurrent, type Scan, type ScanBook } from '../../../lib/zelfscan/scan';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<ScanBook>;
type Rating = Scan['ratings'][number];

/** The factor (1–10) a control in the form belongs to, or undefined. */
const factorOf = (control: Element): number | undefined => {
	const number = Number(control.closest<HTMLElement>('[data-factor]')?.dataset.factor);
	return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** Listens to the whole form once: a level chosen or a note typed changes that factor's rating. */
export function bindRatings(ctx: Ctx, edit: (next: ScanBook) => void): void {
	const change = (factor: number, changed: Partial<Rating>) =>
		edit(
			updateCurrent(ctx.data, (s) => ({
				...s,
				ratings: s.ratings.map((r, i) => (i === factor - 1 ? { ...r, ...changed } : r)),
			})),
		);
	const form = ctx.part('[data-form]');
	form.addEventListener('change', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
		const factor = factorOf(input);
		if (factor) change(factor, { level: Number(input.value) });
	});
	form.addEventListener('input', (event) => {
		const note = event.target;
		if (!(note instanceof HTMLTextAreaElement)) return;
		const factor = factorOf(note);
		if (factor) change(factor, { note: note.value });
	});
}

/** Shows the current scan's ratings in the form. */
export function fillRatings(ctx: Ctx): void {
	const scan = currentScan(ctx.data);
	for (const box of ctx.parts('[data-form] [data-factor]')) {
		const rating = scan.ratings[Number(box.dataset.factor) - 1];
		if (!rating) continue;
		for (const input of box.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
			input.checked = Number(input.value) === rating.level;
		box.querySelector('textarea')!.value = rating.note;
	}
}

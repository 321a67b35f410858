/**
 * The agreements of one pupil: the pupil to show, a fieldset per agreement (what, the form of
 * contact, when, with or without the pupil, who takes the initiative: `agreement-fields.ts`), add
 * and remove. Typing saves without redrawing the form (the cursor stays put); adding or removing an
 * agreement redraws the page and puts the focus where the teacher goes next.
 */
import {
	agreementsOf,
	MAX_AGREEMENTS,
	newAgreement,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { agreementItem, type Change } from './agreement-fields';

type Ctx = TemplateContext<Communicatieplan>;

export interface Agreements {
	/** Fills the pupil choice (with each pupil's number of agreements), keeping the chosen pupil. */
	drawPupilChoice(): void;
	/** Draws the chosen pupil's agreements. */
	drawPupil(): void;
}

export function mountAgreements(ctx: Ctx, change: Change): Agreements {
	const pupilSelect = ctx.part<HTMLSelectElement>('[data-cp-pupil]');
	const list = ctx.part('[data-cp-agreements]');
	const none = ctx.part('[data-cp-none]');
	const addButton = ctx.part<HTMLButtonElement>('[data-cp-add]');
	const pupils = (): readonly Pupil[] => ctx.schoolClass?.pupils ?? [];
	const currentPupil = () => pupils().find((p) => p.id === pupilSelect.value) ?? pupils()[0];

	const drawPupil = () => {
		const pupil = currentPupil();
		const schoolClass = ctx.schoolClass;
		if (!pupil || !schoolClass) {
			replaceChildren(list);
			none.hidden = false;
			addButton.disabled = true;
			return;
		}
		const mine = agreementsOf(ctx.data, schoolClass.id, pupil.id);
		none.hidden = mine.length > 0;
		none.textContent = `Voor ${displayName(pupil)} staan nog geen afspraken.`;
		addButton.disabled = ctx.data.agreements.length >= MAX_AGREEMENTS;
		const remove = (agreement: Agreement, index: number) =>
			void removeAgreement(ctx, agreement, index, pupil, addButton);
		replaceChildren(
			list,
			mine.map((agreement, index) =>
				agreementItem(agreement, index, pupil.firstName, change, remove),
			),
		);
	};

	addButton.addEventListener('click', () => {
		const pupil = currentPupil();
		const schoolClass = ctx.schoolClass;
		if (!pupil || !schoolClass) return;
		const agreement = newAgreement(schoolClass.id, pupil.id);
		ctx.replace({ ...ctx.data, agreements: [...ctx.data.agreements, agreement] });
		document.getElementById(`cp-${agreement.id}-what`)?.focus();
		ctx.announce(
			`Afspraak ${agreementsOf(ctx.data, schoolClass.id, pupil.id).length} toegevoegd voor ${displayName(pupil)}.`,
		);
	});
	pupilSelect.addEventListener('change', () => {
		drawPupil();
		const pupil = currentPupil();
		if (pupil) ctx.announce(`Afspraken van ${displayName(pupil)}.`);
	});

	return {
		drawPupil,
		drawPupilChoice() {
			const chosen = pupilSelect.value;
			const classId = ctx.schoolClass?.id ?? '';
			replaceChildren(
				pupilSelect,
				pupils().map((p) => {
					const count = agreementsOf(ctx.data, classId, p.id).length;
					return h(
						'option',
						{ value: p.id, selected: p.id === chosen },
						`${displayName(p)} (${count === 0 ? 'nog geen afspraken' : plural(count, 'afspraak', 'afspraken')})`,
					);
				}),
			);
		},
	};
}

/** Removes an agreement (asking first when it is filled in) and moves the focus to the next one. */
async function removeAgreement(
	ctx: Ctx,
	agreement: Agreement,
	index: number,
	pupil: Pupil,
	addButton: HTMLElement,
): Promise<void> {
	const current = ctx.data.agreements.find((a) => a.id === agreement.id);
	const filled = current && (current.what.trim() || current.date || current.moment.trim());
	if (
		filled &&
		!(await confirmAction({
			title: 'Afspraak verwijderen?',
			message: `Afspraak ${index + 1} van ${pupil.firstName} verdwijnt.`,
			confirmLabel: 'Ja, verwijder',
			danger: true,
		}))
	)
		return;
	const mine = agreementsOf(ctx.data, agreement.classId, pupil.id);
	const next = mine[index + 1] ?? mine[index - 1];
	ctx.replace({
		...ctx.data,
		agreements: ctx.data.agreements.filter((a) => a.id !== agreement.id),
	});
	(next ? document.getElementById(`cp-${next.id}-what`) : addButton)?.focus();
	ctx.announce(`Afspraak ${index + 1} is verwijderd.`);
}

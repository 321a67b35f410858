/**
 * Printing: a page per pupil, to give to the family, for every pupil with agreements or for one.
 * The sheet follows every change, so printing from the browser's menu shows it too.
 */
import {
	agreementsOf,
	formLabel,
	INITIATIVES,
	whenLabel,
	type Agreement,
	type Communicatieplan,
} from '../../../lib/communicatieplan/plan';
import { displayName, type Pupil, type SchoolClass } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import { UserProblem, type TemplateAction, type TemplateContext } from '../kit/template';

type Ctx = TemplateContext<Communicatieplan>;

const NOTHING = 'Er zijn nog geen afspraken om af te drukken.';

interface PlanPrint {
	/** Fills the choice of who to print (keeping the choice), then the sheet. */
	draw(): void;
	/** Fills the print sheet. */
	fill(): void;
	action: TemplateAction;
}

export function mountPrint(ctx: Ctx): PlanPrint {
	const who = ctx.part<HTMLSelectElement>('[data-cp-print-who]');
	const sheets = () => ctx.printRoot.querySelectorAll('.cp-sheet').length;

	const fill = () => {
		const schoolClass = ctx.schoolClass;
		if (!schoolClass) return;
		const pupils = who.value
			? schoolClass.pupils.filter((p) => p.id === who.value)
			: schoolClass.pupils;
		const pages = pupils
			.map((pupil) => ({ pupil, agreements: agreementsOf(ctx.data, schoolClass.id, pupil.id) }))
			.filter((entry) => entry.agreements.length > 0)
			.map(({ pupil, agreements }) => pupilSheet(ctx.data, schoolClass, pupil, agreements));
		replaceChildren(ctx.printRoot, pages.length ? pages : h('p', null, NOTHING));
	};
	who.addEventListener('change', fill);

	return {
		fill,
		draw() {
			const schoolClass = ctx.schoolClass;
			if (!schoolClass) return;
			const chosen = who.value;
			const withAgreements = schoolClass.pupils.filter(
				(p) => agreementsOf(ctx.data, schoolClass.id, p.id).length > 0,
			);
			replaceChildren(
				who,
				h(
					'option',
					{ value: '', selected: chosen === '' },
					`Alle leerlingen met afspraken (${withAgreements.length})`,
				),
				withAgreements.map((p) =>
					h('option', { value: p.id, selected: p.id === chosen }, displayName(p)),
				),
			);
			fill();
		},
		action: {
			print: true,
			run: () => {
				const pages = sheets();
				if (!pages) throw new UserProblem(NOTHING);
				return `Het printvenster is geopend met ${plural(pages, 'pagina', "pagina's")}, één per leerling.`;
			},
		},
	};
}

function pupilSheet(
	data: Communicatieplan,
	schoolClass: SchoolClass,
	pupil: Pupil,
	agreements: Agreement[],
): HTMLElement {
	return h(
		'section',
		{ class: 'gk-sheet cp-sheet' },
		h('h1', null, `Communicatieplan van ${displayName(pupil)}`),
		h(
			'p',
			{ class: 'cp-sheet__sub' },
			[schoolClass.name, data.school.trim()].filter(Boolean).join(' · '),
			h('br'),
			'Zo houden we dit schooljaar contact. Dit hebben we samen afgesproken in het startgesprek.',
		),
		h(
			'ol',
			null,
			agreements.map((a) =>
				h(
					'li',
					null,
					h('strong', null, a.what.trim() || formLabel(a)),
					h(
						'dl',
						null,
						h('dt', null, 'Hoe'),
						h('dd', null, formLabel(a)),
						h('dt', null, 'Wanneer'),
						h('dd', null, whenLabel(a)),
						h('dt', null, `${pupil.firstName} erbij`),
						h('dd', null, a.withPupil ? 'ja' : 'nee'),
						h('dt', null, 'Wie neemt contact op'),
						h('dd', null, INITIATIVES[a.initiative]),
					),
				),
			),
		),
		data.teacher.trim()
			? h('p', { class: 'cp-sheet__sign' }, `Met vriendelijke groet, ${data.teacher.trim()}`)
			: null,
	);
}

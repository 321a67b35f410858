/**
 * The kwaliteitskaart maker in the browser: the card's data (loaded, saved as the user types, in the
 * kit's record), the form, the coverage of the ten success factors, the preview (which is also the
 * print sheet's content), and the exports. The factor list and the tools per factor come from the
 * build, in the root's `data-factors`.
 */
import { cardType, isBlank, type Card } from '../../../lib/kwaliteitskaart/card';
import { coverage, coverageSummary, type FactorInfo } from '../../../lib/kwaliteitskaart/coverage';
import { EXAMPLE_AGREEMENTS, EXAMPLE_CHANNELS, EXAMPLE_EVALUATION, EXAMPLE_GOALS, EXAMPLE_INTRO, EXAMPLE_SAFEGUARDING } from '../../../lib/kwaliteitskaart/examples';
import { newAgreement, newChannel, newGoal } from '../../../lib/kwaliteitskaart/card';
import { safeFileName } from '../../../lib/files/file-name';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { downloadFile } from '../kit/download';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { renderCard, renderCoverage } from './card-dom';
import { drawForm, type FormHost } from './form';

const root = required(document, '[data-kwaliteitskaart]');
const factors = JSON.parse(root.dataset.factors ?? '[]') as FactorInfo[];
const dataBlock = required(root, '[data-template-data]');
const form = required(root, '[data-form]');
const formStatus = required(root, '[data-form-status]');
const preview = required(root, '[data-preview]');
const coverageBox = required(root, '[data-coverage]');
const coverageStatus = required(root, '[data-coverage-status]');
const exportStatus = required(root, '[data-export-status]');

// The print sheet sits directly in <body>, so printing can hide everything else.
const printRoot = h('div', { class: 'kk-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

let current: Card;
let record: RecordController<Card> | undefined;

const announce = (element: HTMLElement, message: string) => {
	element.textContent = '';
	requestAnimationFrame(() => (element.textContent = message));
};
const say = (message: string) => announce(formStatus, message);

let lastSummary = '';
function drawViews(): void {
	replaceChildren(preview, renderCard(current, factors));
	replaceChildren(printRoot, renderCard(current, factors));
	replaceChildren(coverageBox, renderCoverage(current, factors));
	const summary = coverageSummary(coverage(current, factors), factors.length);
	// Spoken only when it changes, so typing in a field does not repeat it.
	if (summary !== lastSummary) {
		lastSummary = summary;
		coverageStatus.textContent = summary;
	}
}

const TYPING_PAUSE_MS = 150;
let viewTimer: ReturnType<typeof setTimeout> | undefined;
const scheduleViews = () => {
	clearTimeout(viewTimer);
	viewTimer = setTimeout(drawViews, TYPING_PAUSE_MS);
};

const host: FormHost = {
	get card() {
		return current;
	},
	factors,
	change(next) {
		current = next;
		record?.update(next);
		scheduleViews();
	},
	restructure(next, focusId, message) {
		current = next;
		record?.replace(next);
		if (focusId) document.getElementById(focusId)?.focus();
		if (message) say(message);
	},
	say,
};

record = mountRecord(dataBlock, {
	type: cardType,
	render(card) {
		current = card;
		clearTimeout(viewTimer);
		drawForm(form, host);
		drawViews();
	},
	backupFileName: (card) => safeFileName(['kwaliteitskaart', card.school.name, card.versionDate].filter((p) => p.trim()).join(' '), 'json', 'kwaliteitskaart'),
});

/** A card with every example taken over, as a start to adapt. */
function exampleCard(): Card {
	return {
		...cardType.empty(),
		school: current.school,
		versionDate: current.versionDate,
		intro: EXAMPLE_INTRO[0]!,
		goals: EXAMPLE_GOALS.map((g) => ({ ...newGoal(), ...g })),
		channels: EXAMPLE_CHANNELS.map((c) => ({ ...newChannel(), ...c })),
		agreements: EXAMPLE_AGREEMENTS.map((a) => ({ ...newAgreement(), ...a, factors: [...a.factors] })),
		evaluation: EXAMPLE_EVALUATION[0]!,
		safeguarding: EXAMPLE_SAFEGUARDING[0]!,
	};
}

async function startOver(kind: 'empty' | 'example'): Promise<void> {
	if (!isBlank(current)) {
		const sure = await confirmAction({
			title: kind === 'empty' ? 'Nieuwe kaart beginnen?' : 'Voorbeeldkaart invullen?',
			message: [kind === 'empty' ? 'Wat nu is ingevuld, verdwijnt van dit apparaat.' : 'De voorbeeldkaart vervangt wat nu is ingevuld (de naam, het logo en de versiedatum blijven).', 'Wil je het bewaren? Klik dan eerst op "Kaart bewaren (.json)".'],
			confirmLabel: kind === 'empty' ? 'Ja, begin een nieuwe kaart' : 'Ja, vul het voorbeeld in',
			danger: true,
		});
		if (!sure) {
			say('Er is niets veranderd.');
			return;
		}
	}
	host.restructure(kind === 'empty' ? cardType.empty() : exampleCard(), 'kk-school-name', kind === 'empty' ? 'Een nieuwe, lege kaart.' : 'De voorbeeldkaart staat klaar. Pas de teksten aan zodat ze bij je school passen.');
}

required(root, '[data-new-card]').addEventListener('click', () => void startOver('empty'));
required(root, '[data-example-card]').addEventListener('click', () => void startOver('example'));
form.addEventListener('submit', (event) => event.preventDefault());

// Exports.
const baseName = () => ['kwaliteitskaart', current.school.name].filter((p) => p.trim()).join(' ');
window.addEventListener('beforeprint', () => replaceChildren(printRoot, renderCard(current, factors)));
required(root, '[data-export-print]').addEventListener('click', () => {
	record?.flush();
	replaceChildren(printRoot, renderCard(current, factors));
	announce(exportStatus, 'Het printvenster is geopend: kies papierformaat A4.');
	window.print();
});
const docxButton = required<HTMLButtonElement>(root, '[data-export-docx]');
docxButton.addEventListener('click', async () => {
	record?.flush();
	docxButton.disabled = true;
	try {
		// The Word writer (and its ZIP library) is fetched only now.
		const [{ cardDocx }, { DOCX_MIME }] = await Promise.all([import('../../../lib/kwaliteitskaart/word'), import('../../../lib/export/docx')]);
		downloadFile(cardDocx(current, factors), safeFileName(baseName(), 'docx', 'kwaliteitskaart'), DOCX_MIME);
		announce(exportStatus, 'Het Word-bestand staat in je downloads.');
	} catch {
		announce(exportStatus, 'Het Word-bestand kon niet worden gemaakt. Herlaad de pagina en probeer het opnieuw; je gegevens blijven bewaard.');
	} finally {
		docxButton.disabled = false;
	}
});
// The card as a file is the data block's backup: one way to save and load, with its checks.
required(root, '[data-export-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-export]').click());
required(root, '[data-import-json]').addEventListener('click', () => required<HTMLButtonElement>(dataBlock, '[data-backup-import]').click());

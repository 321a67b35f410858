/**
 * The nieuwjaarsreceptie planner in the browser: the reception of the chosen class kept in the
 * kit's record, the invitation in the chosen language with a live preview, and the print sheet
 * with one page per chosen language. A reception longer than an hour is refused with a message.
 */
import { safeFileName } from '../../../lib/files/file-name';
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import { DEFAULT_INVITATIONS, invitation, invitationTemplate, type Invitation } from '../../../lib/nieuwjaarsreceptie/invitation';
import { languagesToPrint, missing, nieuwjaarsreceptieType, receptionFor, timeProblem, withReception, type Nieuwjaarsreceptie, type Reception } from '../../../lib/nieuwjaarsreceptie/reception';
import type { SchoolClass } from '../../../lib/roster/class-list';
import { resetLetter } from '../kit/letter-reset';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { mountClassPicker } from '../klassenlijst/class-picker';

const root = required(document, '[data-nieuwjaarsreceptie]');
const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);
const area = el('[data-nj-area]');
const status = el('[data-nj-status]');
const timeFields = [...root.querySelectorAll<HTMLInputElement>('[data-nj-field]')];
const textFields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-nj-text]')];
const timeProblemLine = el('[data-nj-time-problem]');
const endInput = el<HTMLInputElement>('#nj-end');
const language = el<HTMLSelectElement>('[data-nj-language]');
const letter = el<HTMLTextAreaElement>('[data-nj-letter]');
const letterLabel = el('[data-nj-letter-label]');
const notice = el('[data-nj-notice]');
const preview = el('[data-nj-preview]');
const printLanguages = [...root.querySelectorAll<HTMLInputElement>('[data-nj-print-language]')];
const printStatus = el('[data-nj-print-status]');

const printRoot = h('div', { class: 'sg-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

const picker = mountClassPicker(required(document, '[data-class-picker]'));
let schoolClass: SchoolClass | undefined;
let record: RecordController<Nieuwjaarsreceptie>;
const data = () => record.data;
const reception = (): Reception => receptionFor(data(), schoolClass!.id);

const say = (target: HTMLElement, message: string) => {
	target.textContent = '';
	requestAnimationFrame(() => (target.textContent = message));
};

function change(next: Partial<Reception>): void {
	record.update(withReception(data(), { ...reception(), ...next }));
	scheduleDraw();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleDraw(): void {
	clearTimeout(timer);
	timer = setTimeout(drawDerived, 150);
}

function renderInvitation(item: Invitation, tag: 'article' | 'div'): HTMLElement {
	return h(tag, { class: 'sg-letter', lang: item.language, dir: item.dir }, item.paragraphs.map((lines) => h('p', { dir: 'auto' }, lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])))));
}

function drawTimes(): void {
	const problem = timeProblem(reception());
	timeProblemLine.textContent = problem;
	endInput.toggleAttribute('aria-invalid', !!problem);
	if (problem) endInput.setAttribute('aria-invalid', 'true');
}

function drawDerived(): void {
	if (!schoolClass) return;
	drawTimes();
	const current = reception();
	const shown = language.value as ParentLanguage;
	replaceChildren(preview, renderInvitation(invitation(data(), current, schoolClass, shown), 'div'));
	preparePrint();
}

/** The print sheet: one invitation per chosen language, only for a reception that can go out. */
function preparePrint(): void {
	if (!schoolClass) return;
	const current = reception();
	const problem = timeProblem(current);
	const languages = languagesToPrint(current);
	replaceChildren(
		printRoot,
		problem
			? h('p', null, problem)
			: languages.length === 0
				? h('p', null, 'Kies minstens één taal om te printen.')
				: languages.map((code) => h('section', { class: 'sg-sheet' }, renderInvitation(invitation(data(), current, schoolClass!, code), 'article'))),
	);
}

function drawLetterEditor(): void {
	const code = language.value as ParentLanguage;
	letter.value = invitationTemplate(data(), code);
	letter.lang = code;
	letter.dir = PARENT_LANGUAGES[code].dir;
	letterLabel.textContent = `Tekst van de uitnodiging (${PARENT_LANGUAGES[code].name})`;
	notice.hidden = code === 'nl';
}

for (const input of timeFields) {
	input.addEventListener('change', () => {
		const key = input.dataset.njField as 'date' | 'start' | 'end';
		change({ [key]: input.value });
		drawTimes();
	});
}
for (const input of textFields) input.addEventListener('input', () => change({ [input.dataset.njText as 'place']: input.value }));

letter.addEventListener('input', () => {
	const code = language.value as ParentLanguage;
	const letters = { ...data().letters };
	if (letter.value === DEFAULT_INVITATIONS[code] || !letter.value.trim()) delete letters[code];
	else letters[code] = letter.value;
	record.update({ ...data(), letters });
	scheduleDraw();
});
language.addEventListener('change', () => {
	drawLetterEditor();
	drawDerived();
});

el('[data-nj-reset]').addEventListener('click', async () => {
	const letters = await resetLetter(data().letters, language.value as ParentLanguage, (message) => say(status, message));
	if (!letters) return;
	record.update({ ...data(), letters });
	drawLetterEditor();
	drawDerived();
	say(status, 'De standaardtekst staat er weer.');
});

for (const box of printLanguages) {
	box.addEventListener('change', () => {
		const chosen = printLanguages.filter((b) => b.checked).map((b) => b.value as ParentLanguage);
		record.update(withReception(data(), { ...reception(), printLanguages: chosen }));
		preparePrint();
	});
}

window.addEventListener('beforeprint', preparePrint);
el('[data-nj-print]').addEventListener('click', () => {
	if (!schoolClass) return;
	record.flush();
	preparePrint();
	const current = reception();
	const problem = timeProblem(current);
	if (problem) {
		say(printStatus, `Er is niets geprint. ${problem}`);
		endInput.focus();
		return;
	}
	const languages = languagesToPrint(current);
	if (languages.length === 0) {
		say(printStatus, 'Kies minstens één taal om te printen.');
		return;
	}
	const todo = missing(current);
	say(printStatus, `Het printvenster is geopend met ${languages.length} ${languages.length === 1 ? 'uitnodiging' : 'uitnodigingen'}.${todo.length ? ` Let op: nog niet ingevuld: ${todo.join(', ')}.` : ''}`);
	window.print();
});

function drawAll(): void {
	area.hidden = !schoolClass;
	if (!schoolClass) {
		replaceChildren(printRoot);
		return;
	}
	const current = reception();
	for (const input of timeFields) input.value = current[input.dataset.njField as 'date' | 'start' | 'end'];
	for (const input of textFields) input.value = current[input.dataset.njText as 'place' | 'programme' | 'teacher' | 'school'];
	for (const box of printLanguages) box.checked = current.printLanguages.includes(box.value as ParentLanguage);
	drawLetterEditor();
	drawDerived();
}

record = mountRecord(required(document, '[data-template-data]'), {
	type: nieuwjaarsreceptieType,
	render: () => {
		if (schoolClass) drawAll();
	},
	backupFileName: () => safeFileName('nieuwjaarsreceptie', 'json'),
});

picker.onChange((chosen) => {
	schoolClass = chosen;
	drawAll();
});

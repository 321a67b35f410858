/**
 * The startgesprek planner in the browser. The plan of the chosen class is kept in the kit's record
 * (saved as the teacher types); the pupils come from the class list through the class picker.
 *
 * Typing in a text field saves without redrawing the form (the cursor stays put). A change to the
 * days or the assignments redraws what follows from it, and the focus goes back to the control
 * the teacher was using.
 */
import { PARENT_LANGUAGE_CODES, PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import { safeFileName } from '../../../lib/files/file-name';
import { newId } from '../../../lib/ids';
import { displayName, type Pupil, type SchoolClass } from '../../../lib/roster/class-list';
import { DEFAULT_LETTERS, letterFor, letterTemplate, type Letter } from '../../../lib/startgesprek/letters';
import { classLetters } from '../../../lib/startgesprek/letters-list';
import { DEFAULT_SLOT_MINUTES, MAX_BREAKS_PER_DAY, MAX_DAYS, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES, newDay, planFor, startgesprekType, withPlan, type ClassPlan, type Day, type Startgesprek } from '../../../lib/startgesprek/plan';
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
	slotOf,
	sortedDays,
	swapPupils,
	type Preset,
	type Slot,
} from '../../../lib/startgesprek/schedule';
import { confirmAction } from '../kit/confirm';
import { resetLetter } from '../kit/letter-reset';
import { h, replaceChildren, required } from '../kit/dom';
import { downloadFile } from '../kit/download';
import { mountRecord, type RecordController } from '../kit/record-controller';
import { mountClassPicker } from '../klassenlijst/class-picker';

const root = required(document, '[data-startgesprek]');
const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);

const planArea = el('[data-plan-area]');
const status = el('[data-sg-status]');
const slotMinutesInput = el<HTMLInputElement>('[data-slot-minutes]');
const daysList = el('[data-days]');
const noDays = el('[data-no-days]');
const summary = el('[data-summary]');
const conflictList = el('[data-conflict-list]');
const conflictBox = el('[data-conflicts]');
const swapA = el<HTMLSelectElement>('[data-swap-a]');
const swapB = el<HTMLSelectElement>('[data-swap-b]');
const pupilRows = el('[data-pupil-rows]');
const scheduleArea = el('[data-schedule]');
const letterLanguage = el<HTMLSelectElement>('[data-letter-language]');
const letterText = el<HTMLTextAreaElement>('[data-letter-text]');
const letterLabel = el('[data-letter-label]');
const translationNotice = el('[data-translation-notice]');
const previewPupil = el<HTMLSelectElement>('[data-preview-pupil]');
const letterPreview = el('[data-letter-preview]');
const exportStatus = el('[data-export-status]');
const printModes = [...root.querySelectorAll<HTMLInputElement>('[data-print-mode]')];
const textInputs = [...root.querySelectorAll<HTMLInputElement>('[data-plan-text]')];

// The print sheet sits directly in <body>, so printing can hide everything else.
const printRoot = h('div', { class: 'gk-print', 'aria-hidden': 'true', 'data-mode': 'letters' });
document.body.append(printRoot);

const picker = mountClassPicker(required(document, '[data-class-picker]'));
let schoolClass: SchoolClass | undefined;
/** The schedule as printed (with a column for notes), made with the one on screen. */
let printSchedule: HTMLElement | null = null;
let record: RecordController<Startgesprek>;

const data = () => record.data;
const plan = (): ClassPlan => planFor(data(), schoolClass!.id);
const pupils = (): Pupil[] => schoolClass?.pupils ?? [];

const say = (message: string) => {
	// Cleared first, so the same message is announced again.
	status.textContent = '';
	requestAnimationFrame(() => (status.textContent = message));
};

/* Dates and times as the page shows them. */
const shortDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (date: string) => new Date(`${date}T12:00:00Z`);
const slotLabel = (slot: Slot) => `${shortDate.format(asDate(slot.date))}, ${slot.start}–${slot.end}`;
const nameOf = (pupilId: string) => {
	const pupil = pupils().find((p) => p.id === pupilId);
	return pupil ? displayName(pupil) : 'een leerling die niet meer in de klas staat';
};
const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

/** Runs a redraw and puts the focus back on the control with the same id. */
function keepingFocus(draw: () => void): void {
	const active = document.activeElement;
	const id = active instanceof HTMLElement && root.contains(active) ? active.id : '';
	draw();
	if (id && document.activeElement?.id !== id) document.getElementById(id)?.focus();
}

/** Saves a changed plan of the current class (typing: no redraw of the form). */
function changePlan(next: ClassPlan): void {
	record.update(withPlan(data(), next));
}

/** Saves a changed plan and redraws what follows from it. */
function restructure(next: ClassPlan, { days = false } = {}): void {
	changePlan(next);
	keepingFocus(() => {
		if (days) drawDays();
		else refreshDayStatuses();
		drawDerived();
	});
}

/* ---------- 2. Days ---------- */

function dayHeading(day: Day, index: number): string {
	return day.date && !dayProblems(day).includes('Deze datum bestaat niet.') ? `Dag ${index + 1}: ${longDate.format(asDate(day.date))}` : `Dag ${index + 1}`;
}

function dayStatus(day: Day, slotMinutes: number): { text: string; problem: boolean } {
	const problems = dayProblems(day);
	if (problems.length) return { text: problems.join(' '), problem: true };
	const count = dayRows(day, slotMinutes).filter((r) => r.kind === 'slot').length;
	return count === 0
		? { text: `Op deze dag past geen gesprek van ${slotMinutes} minuten.`, problem: true }
		: { text: `${count} ${count === 1 ? 'gesprek' : 'gesprekken'} op deze dag.`, problem: false };
}

function refreshDayStatuses(): void {
	const current = plan();
	current.days.forEach((day, index) => {
		const item = daysList.querySelector<HTMLElement>(`[data-day="${day.id}"]`);
		if (!item) return;
		item.querySelector('[data-day-heading]')!.textContent = dayHeading(day, index);
		const info = dayStatus(day, current.slotMinutes);
		const line = item.querySelector<HTMLElement>('[data-day-status]')!;
		line.textContent = info.text;
		line.classList.toggle('gk-problem', info.problem);
	});
}

function updateDay(dayId: string, change: (day: Day) => Day): ClassPlan {
	const current = plan();
	return { ...current, days: current.days.map((d) => (d.id === dayId ? change(d) : d)) };
}

function timeField(id: string, label: string, value: string, onChange: (value: string) => void, type: 'time' | 'date' = 'time'): HTMLElement {
	const input = h('input', { id, type, value });
	input.addEventListener('change', () => onChange(input.value));
	return h('div', { class: 'gk-field' }, h('label', { for: id }, label), input);
}

function drawDays(): void {
	const current = plan();
	noDays.hidden = current.days.length > 0;
	replaceChildren(
		daysList,
		current.days.map((day, index) => {
			const info = dayStatus(day, current.slotMinutes);
			const breaks = day.breaks.map((pause, b) => {
				const remove = h('button', { type: 'button', class: 'gk-button', id: `sg-${pause.id}-remove` }, `Pauze ${b + 1} verwijderen`);
				remove.addEventListener('click', () => {
					restructure(updateDay(day.id, (d) => ({ ...d, breaks: d.breaks.filter((x) => x.id !== pause.id) })), { days: true });
					document.getElementById(`sg-${day.id}-add-break`)?.focus();
					say(`Pauze ${b + 1} is verwijderd.`);
				});
				const set = (key: 'start' | 'end') => (value: string) =>
					restructure(updateDay(day.id, (d) => ({ ...d, breaks: d.breaks.map((x) => (x.id === pause.id ? { ...x, [key]: value } : x)) })));
				return h(
					'div',
					{ class: 'sg-break', role: 'group', 'aria-label': `Pauze ${b + 1}` },
					timeField(`sg-${pause.id}-start`, `Pauze ${b + 1} van`, pause.start, set('start')),
					timeField(`sg-${pause.id}-end`, 'tot', pause.end, set('end')),
					remove,
				);
			});
			const addBreak = h('button', { type: 'button', class: 'gk-button', id: `sg-${day.id}-add-break`, disabled: day.breaks.length >= MAX_BREAKS_PER_DAY }, 'Pauze toevoegen');
			addBreak.addEventListener('click', () => {
				const breakId = newId('p');
				restructure(updateDay(day.id, (d) => ({ ...d, breaks: [...d.breaks, { id: breakId, start: '', end: '' }] })), { days: true });
				document.getElementById(`sg-${breakId}-start`)?.focus();
				say('Pauze toegevoegd. Vul de begin- en eindtijd in.');
			});
			const removeDay = h('button', { type: 'button', class: 'gk-button gk-button--danger', id: `sg-${day.id}-remove` }, 'Dag verwijderen');
			removeDay.addEventListener('click', () => {
				const next = plan();
				const keys = new Set(dayRows(day, next.slotMinutes).flatMap((r) => (r.kind === 'slot' ? [r.key] : [])));
				const affected = next.assignments.filter((a) => keys.has(a.slot)).length;
				restructure({ ...next, days: next.days.filter((d) => d.id !== day.id) }, { days: true });
				(document.getElementById(`sg-${next.days[index + 1]?.id ?? next.days[index - 1]?.id}-date`) ?? required(root, '[data-add-day]')).focus();
				say(affected ? `De dag is verwijderd. ${affected} ${affected === 1 ? 'leerling heeft' : 'leerlingen hebben'} nu geen tijd meer.` : 'De dag is verwijderd.');
			});
			const set = (key: 'date' | 'start' | 'end') => (value: string) => restructure(updateDay(day.id, (d) => ({ ...d, [key]: value })));
			return h(
				'li',
				{ class: 'sg-day', 'data-day': day.id },
				h('fieldset', null,
					h('legend', { 'data-day-heading': '' }, dayHeading(day, index)),
					h('div', { class: 'sg-day__fields' },
						timeField(`sg-${day.id}-date`, 'Datum', day.date, set('date'), 'date'),
						timeField(`sg-${day.id}-start`, 'Eerste gesprek om', day.start, set('start')),
						timeField(`sg-${day.id}-end`, 'Klaar om', day.end, set('end')),
					),
					breaks,
					h('p', { class: ['sg-day__status', info.problem && 'gk-problem'], 'data-day-status': '' }, info.text),
					h('div', { class: 'gk-buttons' }, addBreak, removeDay),
				),
			);
		}),
	);
	required<HTMLButtonElement>(root, '[data-add-day]').disabled = current.days.length >= MAX_DAYS;
}

required(root, '[data-add-day]').addEventListener('click', () => {
	const current = plan();
	const last = current.days.at(-1);
	const day = newDay('', last?.start ?? '13:00', last?.end ?? '16:00');
	restructure({ ...current, days: [...current.days, day] }, { days: true });
	document.getElementById(`sg-${day.id}-date`)?.focus();
	say(`Dag ${current.days.length + 1} toegevoegd. Kies de datum.`);
});

slotMinutesInput.addEventListener('change', () => {
	const value = Math.round(Number(slotMinutesInput.value));
	if (!Number.isFinite(value) || value < MIN_SLOT_MINUTES || value > MAX_SLOT_MINUTES) {
		slotMinutesInput.value = String(plan().slotMinutes);
		say(`Kies een duur tussen ${MIN_SLOT_MINUTES} en ${MAX_SLOT_MINUTES} minuten.`);
		return;
	}
	restructure({ ...plan(), slotMinutes: value });
	say(`Een gesprek duurt nu ${value} minuten.`);
});

const presetMessage = el('[data-preset-message]');
required(root, '[data-preset-add]').addEventListener('click', () => {
	const first = el<HTMLInputElement>('[data-preset-first-day]').value;
	const period = el<HTMLSelectElement>('[data-preset-period]').value as Preset;
	const weekdays = [...root.querySelectorAll<HTMLInputElement>('[data-preset-weekday]:checked')].map((c) => Number(c.value));
	const start = el<HTMLInputElement>('[data-preset-start]').value;
	const end = el<HTMLInputElement>('[data-preset-end]').value;
	const problem = !first ? 'Vul de eerste schooldag in.' : weekdays.length === 0 ? 'Kies minstens één dag van de week.' : !start || !end || end <= start ? 'Vul een begintijd in en een eindtijd die daarna ligt.' : '';
	if (problem) {
		presetMessage.textContent = problem;
		return;
	}
	const current = plan();
	const dates = presetDates(period, first, weekdays);
	const room = MAX_DAYS - current.days.length;
	const next = addPresetDays(current, dates, start, end);
	const added = next.days.slice(current.days.length, current.days.length + room);
	restructure({ ...next, days: [...current.days, ...added] }, { days: true });
	presetMessage.textContent = added.length
		? `${added.length} ${added.length === 1 ? 'dag' : 'dagen'} toegevoegd. Haal weg wat je niet nodig hebt.`
		: 'Er zijn geen nieuwe dagen toegevoegd: die dagen staan er al.';
	say(presetMessage.textContent);
});

/* ---------- 3. Assigning ---------- */

function drawDerived(): void {
	const current = plan();
	const slots = allSlots(current);
	const list = pupils();
	const found = conflicts(current, list);

	summary.textContent = `${list.length} ${list.length === 1 ? 'leerling' : 'leerlingen'} in ${schoolClass!.name}, ${slots.length} ${slots.length === 1 ? 'tijd' : 'tijden'} in de planning.`;

	const items: HTMLElement[] = [];
	for (const { slot, pupilIds } of found.doubleBooked) items.push(h('li', { class: 'gk-problem' }, `Dubbel geboekt: ${slotLabel(slot)} hebben ${joinNames(pupilIds.map(nameOf))} dezelfde tijd.`));
	if (found.lostSlot.length) items.push(h('li', { class: 'gk-problem' }, `De tijd bestaat niet meer (dag of tijden gewijzigd): ${joinNames(found.lostSlot.map(nameOf))}. Geef ${found.lostSlot.length === 1 ? 'deze leerling' : 'deze leerlingen'} een nieuwe tijd.`));
	if (found.withoutSlot.length) items.push(h('li', { class: 'gk-problem' }, `Nog geen tijd: ${joinNames(found.withoutSlot.map(nameOf))}.`));
	if (found.shortBy > 0) items.push(h('li', { class: 'gk-problem' }, `Er ${found.shortBy === 1 ? 'is 1 tijd' : `zijn ${found.shortBy} tijden`} te weinig voor de hele klas. Voeg een dag toe, maak een dag langer of de gesprekken korter.`));
	if (list.length === 0) items.push(h('li', null, 'Deze klas heeft nog geen leerlingen. Voeg ze toe in je klassenlijst.'));
	else if (!hasConflicts(found)) items.push(h('li', { class: 'gk-ok' }, 'Elke leerling heeft een eigen tijd. Er is niets dubbel geboekt.'));
	replaceChildren(conflictList, items);
	conflictBox.classList.toggle('sg-conflicts--problem', hasConflicts(found) || found.shortBy > 0);

	// Swap selects: every pupil, with their time.
	const option = (p: Pupil, selected: string) => {
		const slot = slotOf(current, p.id, slots);
		return h('option', { value: p.id, selected: p.id === selected }, `${displayName(p)} (${slot ? slotLabel(slot) : 'geen tijd'})`);
	};
	const [a, b] = [swapA.value, swapB.value];
	replaceChildren(swapA, list.map((p) => option(p, a)));
	replaceChildren(swapB, list.map((p) => option(p, b)));
	if (!b && list.length > 1) swapB.value = list[1]!.id;

	// One row per pupil: their time and the language of their letter.
	const occupants = new Map<string, string[]>();
	for (const pupil of list) {
		const slot = current.assignments.find((x) => x.pupilId === pupil.id)?.slot;
		if (slot) occupants.set(slot, [...(occupants.get(slot) ?? []), pupil.id]);
	}
	replaceChildren(
		pupilRows,
		list.map((pupil) => {
			const own = current.assignments.find((x) => x.pupilId === pupil.id)?.slot ?? '';
			const name = displayName(pupil);
			const timeSelect = h(
				'select',
				{ id: `sg-time-${pupil.id}`, 'aria-label': `Tijd van ${name}` },
				h('option', { value: '', selected: own === '' }, 'Geen tijd'),
				own && !slots.some((s) => s.key === own) ? h('option', { value: own, selected: true }, 'Tijd bestaat niet meer') : null,
				slots.map((slot) => {
					const others = (occupants.get(slot.key) ?? []).filter((id) => id !== pupil.id).map(nameOf);
					return h('option', { value: slot.key, selected: slot.key === own }, `${slotLabel(slot)}${others.length ? ` (bezet: ${others.join(', ')})` : ''}`);
				}),
			);
			timeSelect.addEventListener('change', () => {
				const next = movePupil(plan(), pupil.id, timeSelect.value);
				restructure(next);
				const slot = slots.find((s) => s.key === timeSelect.value);
				const clash = slot ? next.assignments.filter((x) => x.slot === slot.key && x.pupilId !== pupil.id).map((x) => nameOf(x.pupilId)) : [];
				say(slot ? `${name}: ${slotLabel(slot)}.${clash.length ? ` Let op: ${joinNames(clash)} heeft dezelfde tijd.` : ''}` : `${name} heeft geen tijd meer.`);
			});
			const languageSelect = h(
				'select',
				{ id: `sg-lang-${pupil.id}`, 'aria-label': `Taal van de brief voor ${name}` },
				PARENT_LANGUAGE_CODES.map((code) => h('option', { value: code, selected: (current.languages[pupil.id] ?? 'nl') === code }, PARENT_LANGUAGES[code].name)),
			);
			languageSelect.addEventListener('change', () => {
				const now = plan();
				const languages = { ...now.languages };
				if (languageSelect.value === 'nl') delete languages[pupil.id];
				else languages[pupil.id] = languageSelect.value as ParentLanguage;
				restructure({ ...now, languages });
				say(`De brief voor ${name} is nu in het ${PARENT_LANGUAGES[languageSelect.value as ParentLanguage].name}.`);
			});
			const problem = own === '' || !slots.some((s) => s.key === own) || (occupants.get(own)?.length ?? 0) > 1;
			return h('tr', { class: [problem && 'gk-row--problem'] }, h('th', { scope: 'row' }, name), h('td', null, timeSelect), h('td', null, languageSelect));
		}),
	);

	drawSchedule(current, occupants);
	drawLetters();
}

function drawSchedule(current: ClassPlan, occupants: Map<string, string[]>): void {
	const days = sortedDays(current).filter((d) => dayRows(d, current.slotMinutes).length > 0);
	const table = (print: boolean) =>
		days.length === 0
			? [h('p', { class: 'gk-empty' }, 'Nog geen rooster: vul bij de dagen een datum en tijden in.')]
			: days.map((day) =>
					h(
						'table',
						{ class: 'gk-table sg-schedule' },
						h('caption', null, longDate.format(asDate(day.date))),
						h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Tijd'), h('th', { scope: 'col' }, 'Leerling'), h('th', { scope: 'col' }, 'Taal van de brief'), print ? h('th', { scope: 'col' }, 'Aantekeningen') : null)),
						h(
							'tbody',
							null,
							dayRows(day, current.slotMinutes).map((row) => {
								if (row.kind === 'break') return h('tr', { class: 'sg-schedule__break' }, h('td', null, `${row.start}–${row.end}`), h('td', { colspan: print ? 3 : 2 }, 'Pauze'));
								const who = occupants.get(row.key) ?? [];
								const names = who.map(nameOf);
								const languages = [...new Set(who.map((id) => PARENT_LANGUAGES[current.languages[id] ?? 'nl'].name))];
								return h(
									'tr',
									{ class: [who.length > 1 && 'gk-row--problem'] },
									h('td', null, `${row.start}–${row.end}`),
									h('td', null, names.length ? `${names.join(' en ')}${who.length > 1 ? ' (dubbel geboekt)' : ''}` : 'vrij'),
									h('td', null, who.length ? languages.join(', ') : ''),
									print ? h('td', null, '') : null,
								);
							}),
						),
					),
				);
	replaceChildren(scheduleArea, table(false));
	const scheduleSheet = h('section', { class: 'gk-sheet sg-sheet--schedule' }, h('h1', null, `Startgesprekken ${schoolClass!.name}`), current.teacher || current.place ? h('p', null, [current.teacher, current.place].filter(Boolean).join(' · ')) : null, table(true));
	printSchedule = scheduleSheet;
}

/* ---------- 5. The letter ---------- */

function renderLetter(letter: Letter, tag: 'article' | 'div' = 'article'): HTMLElement {
	return h(tag, { class: 'gk-letter', lang: letter.language, dir: letter.dir }, letter.paragraphs.map((lines) => h('p', { dir: 'auto' }, lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])))));
}

function drawLetterEditor(): void {
	const language = letterLanguage.value as ParentLanguage;
	const info = PARENT_LANGUAGES[language];
	letterText.value = letterTemplate(data(), language);
	letterText.lang = language;
	letterText.dir = info.dir;
	letterLabel.textContent = `Tekst van de brief (${info.name})`;
	translationNotice.hidden = language === 'nl';
}

function drawLetters(): void {
	if (!schoolClass) return;
	const current = plan();
	const slots = allSlots(current);
	const list = pupils();
	// The preview: the chosen pupil, or the first with a time.
	const chosen = previewPupil.value;
	replaceChildren(previewPupil, list.map((p) => h('option', { value: p.id, selected: p.id === chosen }, displayName(p))));
	const pupil = list.find((p) => p.id === previewPupil.value) ?? list.find((p) => slotOf(current, p.id, slots)) ?? list[0];
	if (pupil) previewPupil.value = pupil.id;
	replaceChildren(
		letterPreview,
		pupil
			? [
					renderLetter(letterFor(data(), current, schoolClass, pupil, slotOf(current, pupil.id, slots)), 'div'),
					slotOf(current, pupil.id, slots) ? null : h('p', { class: 'gk-problem gk-preview__note' }, `${displayName(pupil)} heeft nog geen tijd; daarom staan er geen datum en tijd in deze brief, en wordt hij niet afgedrukt.`),
				]
			: h('p', { class: 'gk-empty' }, 'Er zijn nog geen leerlingen in deze klas.'),
	);
	preparePrint();
}

/** The print sheet: every letter on its own page, or the schedule. */
function preparePrint(): void {
	if (!schoolClass) return;
	const mode = printModes.find((m) => m.checked)?.value ?? 'letters';
	printRoot.dataset.mode = mode;
	if (mode === 'schedule') replaceChildren(printRoot, printSchedule);
	else {
		const letters = classLetters(data(), plan(), schoolClass);
		replaceChildren(printRoot, letters.length ? letters.map((letter) => h('section', { class: 'gk-sheet' }, renderLetter(letter))) : h('p', null, 'Er zijn nog geen leerlingen ingedeeld.'));
	}
}

let letterTimer: ReturnType<typeof setTimeout> | undefined;
letterText.addEventListener('input', () => {
	const language = letterLanguage.value as ParentLanguage;
	const letters = { ...data().letters };
	if (letterText.value === DEFAULT_LETTERS[language] || !letterText.value.trim()) delete letters[language];
	else letters[language] = letterText.value;
	record.update({ ...data(), letters });
	clearTimeout(letterTimer);
	letterTimer = setTimeout(drawLetters, 150);
});
letterLanguage.addEventListener('change', drawLetterEditor);
previewPupil.addEventListener('change', drawLetters);

required(root, '[data-letter-reset]').addEventListener('click', async () => {
	const letters = await resetLetter(data().letters, letterLanguage.value as ParentLanguage, say);
	if (!letters) return;
	record.update({ ...data(), letters });
	drawLetterEditor();
	drawLetters();
	say('De standaardtekst staat er weer.');
});

/* ---------- Assign and swap ---------- */

required(root, '[data-auto-assign]').addEventListener('click', async () => {
	const current = plan();
	const list = pupils();
	if (allSlots(current).length === 0) {
		say('Er zijn nog geen tijden. Voeg eerst dagen met tijden toe.');
		return;
	}
	if (current.assignments.some((a) => list.some((p) => p.id === a.pupilId))) {
		const sure = await confirmAction({
			title: 'Alle tijden opnieuw verdelen?',
			message: ['De leerlingen krijgen een tijd in de volgorde van de klassenlijst. Wat je met de hand hebt veranderd, gaat verloren.', 'Wil je alleen leerlingen zonder tijd een plek geven? Kies dan "Leerlingen zonder tijd indelen".'],
			confirmLabel: 'Ja, verdeel opnieuw',
			danger: true,
		});
		if (!sure) return;
	}
	const next = autoAssign(current, list);
	restructure(next);
	const missing = conflicts(next, list).withoutSlot.length;
	say(`${next.assignments.length} ${next.assignments.length === 1 ? 'leerling heeft' : 'leerlingen hebben'} een tijd gekregen.${missing ? ` ${missing} nog niet: er zijn te weinig tijden.` : ''}`);
});

required(root, '[data-fill-free]').addEventListener('click', () => {
	const current = plan();
	const list = pupils();
	const before = current.assignments.length;
	const next = autoAssign(current, list, { keep: true });
	restructure(next);
	const missing = conflicts(next, list).withoutSlot.length;
	const given = next.assignments.filter((a) => !current.assignments.some((b) => b.pupilId === a.pupilId && b.slot === a.slot)).length;
	say(given ? `${given} ${given === 1 ? 'leerling heeft' : 'leerlingen hebben'} een vrije tijd gekregen.${missing ? ` ${missing} nog niet: er zijn te weinig tijden.` : ''}` : before ? 'Iedereen had al een tijd.' : 'Er zijn geen vrije tijden.');
});

required(root, '[data-swap-button]').addEventListener('click', () => {
	const [first, second] = [swapA.value, swapB.value];
	if (!first || !second || first === second) {
		say('Kies twee verschillende leerlingen om te ruilen.');
		return;
	}
	restructure(swapPupils(plan(), first, second));
	const slots = allSlots(plan());
	const label = (id: string) => {
		const slot = slotOf(plan(), id, slots);
		return `${nameOf(id)} ${slot ? slotLabel(slot) : 'geen tijd'}`;
	};
	say(`Geruild. Nu: ${label(first)}; ${label(second)}.`);
});

/* ---------- Text fields ---------- */

for (const input of textInputs) {
	input.addEventListener('input', () => {
		changePlan({ ...plan(), [input.dataset.planText as 'teacher']: input.value });
		clearTimeout(letterTimer);
		letterTimer = setTimeout(drawLetters, 150);
	});
}

/* ---------- 6. Print and downloads ---------- */

const exportSay = (message: string) => {
	exportStatus.textContent = '';
	requestAnimationFrame(() => (exportStatus.textContent = message));
};
const baseName = () => safeFileName(`startgesprekken ${schoolClass?.name ?? ''}`, 'x', 'startgesprekken').replace(/\.x$/, '');

for (const mode of printModes) mode.addEventListener('change', preparePrint);
window.addEventListener('beforeprint', preparePrint);

required(root, '[data-print]').addEventListener('click', () => {
	record.flush();
	preparePrint();
	const letters = schoolClass ? classLetters(data(), plan(), schoolClass).length : 0;
	exportSay(printRoot.dataset.mode === 'schedule' ? 'Het printvenster is geopend met het rooster.' : `Het printvenster is geopend met ${letters} ${letters === 1 ? 'brief' : 'brieven'}, elk op een eigen pagina.`);
	window.print();
});

const docxButton = el<HTMLButtonElement>('[data-export-docx]');
docxButton.addEventListener('click', async () => {
	if (!schoolClass) return;
	record.flush();
	const letters = classLetters(data(), plan(), schoolClass);
	if (letters.length === 0) {
		exportSay('Er zijn nog geen leerlingen ingedeeld, dus er zijn geen brieven. Deel eerst de gezinnen in.');
		return;
	}
	docxButton.disabled = true;
	try {
		// The Word writer (and its ZIP code) is fetched only now.
		const [{ lettersDocx }, { DOCX_MIME }] = await Promise.all([import('../../../lib/startgesprek/word'), import('../../../lib/export/docx')]);
		downloadFile(lettersDocx(letters, `Uitnodigingen startgesprek ${schoolClass.name}`), `${baseName()}-brieven.docx`, DOCX_MIME);
		exportSay(`Het Word-bestand met ${letters.length} ${letters.length === 1 ? 'brief' : 'brieven'} staat in je downloads.`);
	} catch {
		exportSay('Het Word-bestand kon niet worden gemaakt. Herlaad de pagina en probeer het opnieuw; je gegevens blijven bewaard.');
	} finally {
		docxButton.disabled = false;
	}
});

el('[data-export-ics]').addEventListener('click', async () => {
	if (!schoolClass) return;
	record.flush();
	const [{ scheduleEvents }, { writeIcs }] = await Promise.all([import('../../../lib/startgesprek/calendar'), import('../../../lib/export/ics')]);
	const events = scheduleEvents(plan(), schoolClass);
	if (events.length === 0) {
		exportSay('Er zijn nog geen leerlingen ingedeeld, dus er is geen agenda gemaakt.');
		return;
	}
	downloadFile(writeIcs(events, { calendarName: `Startgesprekken ${schoolClass.name}` }), `${baseName()}.ics`, 'text/calendar');
	exportSay(`Het agendabestand met ${events.length} ${events.length === 1 ? 'gesprek' : 'gesprekken'} staat in je downloads.`);
});

/* ---------- Drawing the whole page ---------- */

function drawAll(): void {
	planArea.hidden = !schoolClass;
	if (!schoolClass) {
		replaceChildren(printRoot);
		return;
	}
	const current = plan();
	for (const input of textInputs) input.value = current[input.dataset.planText as 'teacher' | 'school' | 'place'];
	slotMinutesInput.value = String(current.slotMinutes || DEFAULT_SLOT_MINUTES);
	drawDays();
	drawLetterEditor();
	drawDerived();
}

record = mountRecord(required(document, '[data-template-data]'), {
	type: startgesprekType,
	render: () => drawAll(),
	backupFileName: () => safeFileName('startgesprekken', 'json'),
});

picker.onChange((chosen) => {
	schoolClass = chosen;
	keepingFocus(drawAll);
});

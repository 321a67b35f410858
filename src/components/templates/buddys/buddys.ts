/**
 * Buddy's in the browser: the parent form (add and edit; a parent goes on the list only with
 * consent), the list of parents, the suggested pairs with a button each, pairs made by hand, and
 * the print sheet. Everything is kept in the kit's record; text goes in as text, never as HTML.
 */
import { languageList, pairProblem, parentProblem, suggestPairs, TOPICS, unmatchedNeeds, withoutPair, withoutParent, withPair, withParent, buddysType, type BuddyPair, type BuddyParent, type Buddys, type Topic } from '../../../lib/buddys/buddys';
import { safeFileName } from '../../../lib/files/file-name';
import { newId } from '../../../lib/ids';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren, required } from '../kit/dom';
import { mountRecord, type RecordController } from '../kit/record-controller';

const root = required(document, '[data-buddys]');
const el = <E extends HTMLElement = HTMLElement>(selector: string) => required<E>(root, selector);
const status = el('[data-bd-status]');
const parentForm = el<HTMLFormElement>('[data-bd-parent-form]');
const formTitle = el('[data-bd-form-title]');
const saveParentButton = el<HTMLButtonElement>('[data-bd-save-parent]');
const cancelEdit = el<HTMLButtonElement>('[data-bd-cancel-edit]');
const parentProblemLine = el('[data-bd-parent-problem]');
const parentsBox = el('[data-bd-parents]');
const suggestionsBox = el('[data-bd-suggestions]');
const pairForm = el<HTMLFormElement>('[data-bd-pair-form]');
const pairProblemLine = el('[data-bd-pair-problem]');
const pairsBox = el('[data-bd-pairs]');
const printStatus = el('[data-bd-print-status]');
const nameInput = el<HTMLInputElement>('#bd-name');
const consentBox = el<HTMLInputElement>('#bd-consent');
const consentDate = el<HTMLInputElement>('#bd-consent-date');
const parentSelects = [...root.querySelectorAll<HTMLSelectElement>('[data-bd-parent-select]')];

const printRoot = h('div', { class: 'gk-print bd-print', 'aria-hidden': 'true' });
document.body.append(printRoot);

let record: RecordController<Buddys> | undefined;
/** The data as last drawn: `mountRecord` draws once before it returns the controller. */
let drawn: Buddys = buddysType.empty();
const data = () => record?.data ?? drawn;
const update = (next: Buddys) => record!.update(next);
/** The parent being edited in the form, or undefined when the form adds a new one. */
let editing: string | undefined;

const say = (target: HTMLElement, message: string) => {
	target.textContent = '';
	requestAnimationFrame(() => (target.textContent = message));
};

const today = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const showDate = (value: string) => (value ? dateFormat.format(new Date(`${value}T00:00:00Z`)) : '');

const field = (name: string) => parentForm.elements.namedItem(name) as HTMLInputElement;
const checked = (name: string) => [...parentForm.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value as Topic);
const parentName = (id: string) => data().parents.find((p) => p.id === id)?.name ?? '';
const topicList = (topics: Topic[], note: string) => [...topics.map((t) => TOPICS[t].label), ...(note.trim() ? [note.trim()] : [])].join(', ');

function resetParentForm(): void {
	parentForm.reset();
	editing = undefined;
	consentDate.value = today();
	formTitle.textContent = 'Ouder toevoegen';
	saveParentButton.textContent = 'Ouder toevoegen';
	cancelEdit.hidden = true;
	parentProblemLine.textContent = '';
	nameInput.removeAttribute('aria-invalid');
	consentBox.removeAttribute('aria-invalid');
}

function fillParentForm(parent: BuddyParent): void {
	resetParentForm();
	editing = parent.id;
	for (const name of ['name', 'child', 'contact', 'languages', 'offerNote', 'needNote', 'consentDate'] as const) field(name).value = parent[name];
	for (const box of parentForm.querySelectorAll<HTMLInputElement>('input[name="offers"]')) box.checked = parent.offers.includes(box.value as Topic);
	for (const box of parentForm.querySelectorAll<HTMLInputElement>('input[name="needs"]')) box.checked = parent.needs.includes(box.value as Topic);
	consentBox.checked = parent.consent;
	formTitle.textContent = `${parent.name} bewerken`;
	saveParentButton.textContent = 'Wijzigingen opslaan';
	cancelEdit.hidden = false;
	nameInput.focus();
}

parentForm.addEventListener('submit', (event) => {
	event.preventDefault();
	const name = nameInput.value.trim();
	const problem = parentProblem({ name, consent: consentBox.checked });
	nameInput.toggleAttribute('aria-invalid', !name);
	consentBox.toggleAttribute('aria-invalid', !!name && !consentBox.checked);
	if (problem) {
		say(parentProblemLine, problem);
		(name ? consentBox : nameInput).focus();
		return;
	}
	const parent: BuddyParent = {
		id: editing ?? newId('o'),
		name,
		child: field('child').value.trim(),
		contact: field('contact').value.trim(),
		languages: field('languages').value.trim(),
		offers: checked('offers'),
		needs: checked('needs'),
		offerNote: field('offerNote').value.trim(),
		needNote: field('needNote').value.trim(),
		consent: true,
		consentDate: /^\d{4}-\d{2}-\d{2}$/.test(consentDate.value) ? consentDate.value : '',
	};
	const wasEditing = !!editing;
	update(withParent(data(), parent));
	resetParentForm();
	drawLists();
	say(status, wasEditing ? `De gegevens van ${name} zijn bijgewerkt.` : `${name} staat op de lijst.`);
	nameInput.focus();
});

cancelEdit.addEventListener('click', () => {
	resetParentForm();
	nameInput.focus();
});

async function removeParent(parent: BuddyParent): Promise<void> {
	const pairs = data().pairs.filter((p) => p.helperId === parent.id || p.seekerId === parent.id).length;
	const sure = await confirmAction({
		title: `${parent.name} van de lijst halen?`,
		message: pairs ? `${parent.name} en ${pairs === 1 ? 'de koppeling' : `de ${pairs} koppelingen`} met deze ouder verdwijnen van dit apparaat.` : `${parent.name} verdwijnt van dit apparaat.`,
		confirmLabel: 'Ja, verwijder deze ouder',
		danger: true,
	});
	if (!sure) return;
	if (editing === parent.id) resetParentForm();
	update(withoutParent(data(), parent.id));
	drawLists();
	say(status, `${parent.name} staat niet meer op de lijst.`);
	nameInput.focus();
}

function drawParents(): void {
	const { parents } = data();
	if (parents.length === 0) {
		replaceChildren(parentsBox, h('p', { class: 'gk-empty' }, 'Er staan nog geen ouders op de lijst.'));
		return;
	}
	replaceChildren(
		parentsBox,
		h(
			'table',
			{ class: 'gk-table bd-parents' },
			h('caption', null, `Ouders op de lijst (${parents.length})`),
			h('thead', null, h('tr', null, ['Ouder', 'Talen', 'Kan helpen met', 'Zoekt hulp bij', 'Toestemming', 'Wijzigen'].map((head) => h('th', { scope: 'col' }, head)))),
			h(
				'tbody',
				null,
				parents.map((parent) => {
					const edit = h('button', { type: 'button', class: 'gk-button', 'aria-label': `${parent.name} bewerken` }, 'Bewerken');
					const remove = h('button', { type: 'button', class: 'gk-button gk-button--danger', 'aria-label': `${parent.name} verwijderen` }, 'Verwijderen…');
					edit.addEventListener('click', () => fillParentForm(parent));
					remove.addEventListener('click', () => removeParent(parent));
					return h(
						'tr',
						null,
						h('th', { scope: 'row' }, h('span', { dir: 'auto' }, parent.name), parent.child ? h('span', { class: 'bd-sub', dir: 'auto' }, parent.child) : null, parent.contact ? h('span', { class: 'bd-sub', dir: 'auto' }, parent.contact) : null),
						h('td', { dir: 'auto', 'data-label': 'Talen' }, parent.languages || '–'),
						h('td', { dir: 'auto', 'data-label': 'Kan helpen met' }, topicList(parent.offers, parent.offerNote) || '–'),
						h('td', { dir: 'auto', 'data-label': 'Zoekt hulp bij' }, topicList(parent.needs, parent.needNote) || '–'),
						h('td', { 'data-label': 'Toestemming' }, parent.consentDate ? `Ja, ${showDate(parent.consentDate)}` : 'Ja'),
						h('td', null, h('span', { class: 'bd-actions' }, edit, remove)),
					);
				}),
			),
		),
	);
}

function makePair(pair: Omit<BuddyPair, 'id' | 'since'>): boolean {
	const problem = pairProblem(data(), pair);
	if (problem) {
		say(pairProblemLine, problem);
		return false;
	}
	pairProblemLine.textContent = '';
	update(withPair(data(), { ...pair, id: newId('k'), since: today() }));
	return true;
}

function drawSuggestions(): void {
	const suggestions = suggestPairs(data());
	const open = unmatchedNeeds(data());
	const items = suggestions.map((suggestion) => {
		const { helper, seeker, topic, sharedLanguages } = suggestion;
		const label = `${helper.name} kan ${seeker.name} helpen: ${TOPICS[topic].label.toLocaleLowerCase('nl')}`;
		const button = h('button', { type: 'button', class: 'gk-button', 'aria-label': `Koppelen: ${label}` }, 'Koppelen');
		button.addEventListener('click', () => {
			if (!makePair({ helperId: helper.id, seekerId: seeker.id, topic, note: '' })) return;
			drawLists();
			say(status, `${helper.name} en ${seeker.name} zijn gekoppeld.`);
			// Keep the keyboard user in the list: the next suggestion, or else the heading of the pairs.
			const next = suggestionsBox.querySelector<HTMLButtonElement>('button');
			(next ?? required<HTMLElement>(root, '#bd-pairs-h')).focus();
		});
		const why = [`${helper.name} ${TOPICS[topic].offer}`, `${seeker.name} ${TOPICS[topic].need}`];
		if (sharedLanguages.length) why.push(`ze spreken allebei ${sharedLanguages.join(' en ')}`);
		return h('li', null, h('p', null, h('strong', { dir: 'auto' }, label), h('br'), h('span', { class: 'bd-sub', dir: 'auto' }, `${why.join('; ')}.`)), button);
	});
	replaceChildren(
		suggestionsBox,
		items.length ? h('ul', { class: 'bd-suggestions', 'aria-label': 'Voorstellen' }, items) : h('p', { class: 'gk-empty' }, data().parents.length ? 'Er zijn geen nieuwe voorstellen: alles wat ouders zoeken, is gekoppeld of niemand op de lijst biedt het.' : 'Zet ouders op de lijst met wat ze bieden en zoeken; dan verschijnen hier voorstellen.'),
		open.length
			? h(
					'div',
					{ class: 'bd-open' },
					h('h3', null, 'Nog niemand op de lijst voor'),
					h('ul', null, open.map(({ seeker, topic }) => h('li', { dir: 'auto' }, `${seeker.name}: ${TOPICS[topic].label.toLocaleLowerCase('nl')}${topic === 'taal' && seeker.languages ? ` (${languageList(seeker.languages).join(', ')})` : ''}`))),
					h('p', { class: 'gk-field__hint' }, 'Vraag in de startgesprekken of iemand hierbij kan helpen.'),
				)
			: null,
	);
}

function pairRows(pairs: BuddyPair[], withActions: boolean): HTMLTableRowElement[] {
	const byId = new Map(data().parents.map((p) => [p.id, p]));
	return pairs.map((pair) => {
		const helper = byId.get(pair.helperId)!;
		const seeker = byId.get(pair.seekerId)!;
		// On screen each cell carries its column's name, shown before it when a phone stacks the row.
		const label = (name: string) => (withActions ? name : null);
		const cells = [
			h('td', { dir: 'auto', 'data-label': label('Wie helpt') }, helper.name, !withActions && helper.contact ? h('span', { class: 'bd-sub' }, helper.contact) : null),
			h('td', { dir: 'auto', 'data-label': label('Wie krijgt hulp') }, seeker.name, !withActions && seeker.contact ? h('span', { class: 'bd-sub' }, seeker.contact) : null),
			h('td', { 'data-label': label('Waarover') }, pair.topic ? TOPICS[pair.topic].label : 'Iets anders'),
			h('td', { dir: 'auto', 'data-label': label('Notitie') }, pair.note || '–'),
			h('td', { 'data-label': label('Sinds') }, showDate(pair.since) || '–'),
		];
		if (withActions) {
			const remove = h('button', { type: 'button', class: 'gk-button', 'aria-label': `Ontkoppelen: ${helper.name} en ${seeker.name}` }, 'Ontkoppelen');
			remove.addEventListener('click', () => {
				update(withoutPair(data(), pair.id));
				drawLists();
				say(status, `${helper.name} en ${seeker.name} zijn ontkoppeld.`);
				required<HTMLElement>(root, '#bd-pairs-h').focus();
			});
			cells.push(h('td', null, remove));
		}
		return h('tr', null, cells);
	});
}

const pairHeads = ['Wie helpt', 'Wie krijgt hulp', 'Waarover', 'Notitie', 'Sinds'];

function drawPairs(): void {
	const { pairs } = data();
	replaceChildren(
		pairsBox,
		pairs.length
			? h('table', { class: 'gk-table bd-pairs' }, h('caption', null, `Koppelingen (${pairs.length})`), h('thead', null, h('tr', null, [...pairHeads, 'Wijzigen'].map((head) => h('th', { scope: 'col' }, head)))), h('tbody', null, pairRows(pairs, true)))
			: h('p', { class: 'gk-empty' }, 'Er zijn nog geen ouders gekoppeld.'),
	);
	const options = () => [h('option', { value: '' }, 'Kies een ouder'), ...data().parents.map((p) => h('option', { value: p.id }, p.child ? `${p.name} (${p.child})` : p.name))];
	for (const select of parentSelects) {
		const value = select.value;
		replaceChildren(select, options());
		select.value = data().parents.some((p) => p.id === value) ? value : '';
	}
}

pairForm.addEventListener('submit', (event) => {
	event.preventDefault();
	const form = new FormData(pairForm);
	const pair = { helperId: String(form.get('helperId') ?? ''), seekerId: String(form.get('seekerId') ?? ''), topic: String(form.get('topic') ?? '') as Topic | '', note: String(form.get('note') ?? '').trim() };
	if (!makePair(pair)) {
		(pairForm.elements.namedItem(pair.helperId ? 'seekerId' : 'helperId') as HTMLSelectElement).focus();
		return;
	}
	drawLists();
	(pairForm.elements.namedItem('note') as HTMLInputElement).value = '';
	say(status, `${parentName(pair.helperId)} en ${parentName(pair.seekerId)} zijn gekoppeld.`);
});

/** The print sheet: the pairs with both parents' contact details, then the list of parents. */
function preparePrint(): void {
	const { parents, pairs } = data();
	replaceChildren(
		printRoot,
		h(
			'section',
			{ class: 'gk-sheet bd-sheet' },
			h('h1', null, 'Buddy’s: koppelingen'),
			pairs.length
				? h('table', { class: 'gk-table' }, h('thead', null, h('tr', null, pairHeads.map((head) => h('th', { scope: 'col' }, head)))), h('tbody', null, pairRows(pairs, false)))
				: h('p', null, 'Er zijn nog geen ouders gekoppeld.'),
			h('h2', null, `Ouders op de lijst (${parents.length})`),
			parents.length
				? h(
						'table',
						{ class: 'gk-table' },
						h('thead', null, h('tr', null, ['Ouder', 'Contact', 'Talen', 'Kan helpen met', 'Zoekt hulp bij', 'Toestemming'].map((head) => h('th', { scope: 'col' }, head)))),
						h(
							'tbody',
							null,
							parents.map((p) =>
								h(
									'tr',
									null,
									h('td', { dir: 'auto' }, p.name, p.child ? h('span', { class: 'bd-sub' }, p.child) : null),
									h('td', { dir: 'auto' }, p.contact),
									h('td', { dir: 'auto' }, p.languages),
									h('td', { dir: 'auto' }, topicList(p.offers, p.offerNote)),
									h('td', { dir: 'auto' }, topicList(p.needs, p.needNote)),
									h('td', null, showDate(p.consentDate) || 'ja'),
								),
							),
						),
					)
				: h('p', null, 'Er staan nog geen ouders op de lijst.'),
			h('p', { class: 'bd-print-note' }, 'Deze lijst bevat persoonsgegevens van ouders die daarvoor toestemming gaven. Bewaar hem veilig en gooi hem weg als hij niet meer nodig is.'),
		),
	);
}

window.addEventListener('beforeprint', preparePrint);
el('[data-bd-print]').addEventListener('click', () => {
	record?.flush();
	preparePrint();
	const { parents, pairs } = data();
	if (parents.length === 0) {
		say(printStatus, 'Er is niets te printen: er staan nog geen ouders op de lijst.');
		return;
	}
	say(printStatus, `Het printvenster is geopend met ${pairs.length} ${pairs.length === 1 ? 'koppeling' : 'koppelingen'} en ${parents.length} ${parents.length === 1 ? 'ouder' : 'ouders'}.`);
	window.print();
});

function drawLists(): void {
	drawParents();
	drawSuggestions();
	drawPairs();
	preparePrint();
}

record = mountRecord(required(document, '[data-template-data]'), {
	type: buddysType,
	render: (next) => {
		drawn = next;
		if (editing && !data().parents.some((p) => p.id === editing)) resetParentForm();
		drawLists();
	},
	backupFileName: () => safeFileName('buddys', 'json'),
});
resetParentForm();

/**
 * Importing a class list as schools have it: an export from the pupil administration (ParnasSys,
 * Magister, Somtoday…) as CSV or Excel, or a column of names pasted from a spreadsheet. Columns are
 * found by their headings in any order (roepnaam / voornaam, tussenvoegsel, achternaam, groep /
 * klas, or one column with whole names); rows are turned into a plan that the page shows before
 * anything changes. Applying the plan is a separate step.
 */
import { FileProblem } from '../files/problem';
import { joinList, plural } from '../text';
import {
	addClass,
	addPupil,
	displayName,
	MAX_CLASSES,
	MAX_PUPILS_PER_CLASS,
	type ClassList,
	type NewPupil,
} from './class-list';

type ColumnRole = 'firstName' | 'infix' | 'lastName' | 'fullName' | 'group';

/** Headings schools use for each column, written without accents, spaces or punctuation. */
const HEADINGS: Record<ColumnRole, string[]> = {
	firstName: [
		'roepnaam',
		'voornaam',
		'roepnaamleerling',
		'voornaamleerling',
		'firstname',
		'givenname',
		'voornamen',
	],
	infix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tv', 'tussenv'],
	lastName: [
		'achternaam',
		'familienaam',
		'geslachtsnaam',
		'achternaamleerling',
		'lastname',
		'surname',
		'achternaamzondervoorvoegsel',
	],
	fullName: [
		'naam',
		'leerling',
		'naamleerling',
		'leerlingnaam',
		'volledigenaam',
		'name',
		'leerlingen',
	],
	group: [
		'groep',
		'klas',
		'stamgroep',
		'klasgroep',
		'groepklas',
		'jaargroep',
		'mentorgroep',
		'basisgroep',
		'lesgroep',
		'class',
		'stamklas',
	],
};

/** What the page calls each column in the preview. */
export const COLUMN_LABELS: Record<ColumnRole, string> = {
	firstName: 'roepnaam',
	infix: 'tussenvoegsel',
	lastName: 'achternaam',
	fullName: 'naam',
	group: 'groep of klas',
};

/** Dutch (and common other) name particles, longest first so "van der" wins over "van". */
const PARTICLES = [
	'in het',
	'uit het',
	'van de',
	'van der',
	'van den',
	'van het',
	"van 't",
	'op de',
	'op den',
	'in de',
	'in den',
	"in 't",
	'aan de',
	'aan den',
	'bij de',
	'uit de',
	'voor de',
	'de',
	'den',
	'der',
	'het',
	"'t",
	'te',
	'ten',
	'ter',
	'van',
	'von',
	'vom',
	'zu',
	'del',
	'della',
	'di',
	'da',
	'das',
	'do',
	'dos',
	'du',
	'la',
	'le',
	'el',
	'al',
	'ul',
	'bin',
	'ben',
	'op',
	'in',
	'uit',
	'aan',
	'bij',
	'over',
	'onder',
].sort((a, b) => b.length - a.length);

const normaliseHeading = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');

/** The role of a heading, or undefined when it is another column (date of birth, number…). */
export function headingRole(text: string): ColumnRole | undefined {
	const heading = normaliseHeading(text);
	if (!heading) return undefined;
	for (const role of Object.keys(HEADINGS) as ColumnRole[])
		if (HEADINGS[role].includes(heading)) return role;
	return undefined;
}

/**
 * A whole name split into roepnaam, tussenvoegsel and achternaam: "Sam de Vries", "de Vries, Sam",
 * "Vries, Sam de", "Fatima El Amrani". Particles after the first word count as tussenvoegsel.
 */
export function splitFullName(raw: string): NewPupil {
	const text = raw.replace(/\s+/g, ' ').trim();
	const comma = text.indexOf(',');
	if (comma >= 0) {
		// "Vries, Sam de" or "de Vries, Sam": surname before the comma.
		let surname = text.slice(0, comma).trim();
		let given = text.slice(comma + 1).trim();
		let infix = '';
		const leading = PARTICLES.find((p) => surname.toLowerCase().startsWith(`${p} `));
		if (leading) {
			infix = surname.slice(0, leading.length);
			surname = surname.slice(leading.length + 1).trim();
		} else {
			const trailing = PARTICLES.find((p) => given.toLowerCase().endsWith(` ${p}`));
			if (trailing) {
				infix = given.slice(given.length - trailing.length);
				given = given.slice(0, given.length - trailing.length - 1).trim();
			}
		}
		return { firstName: given, infix, lastName: surname };
	}
	const words = text.split(' ');
	if (words.length === 1) return { firstName: text, infix: '', lastName: '' };
	const firstName = words[0]!;
	let rest = words.slice(1).join(' ');
	let infix = '';
	for (let changed = true; changed;) {
		changed = false;
		const particle = PARTICLES.find((p) => rest.toLowerCase().startsWith(`${p} `));
		if (particle) {
			infix = [infix, rest.slice(0, particle.length)].filter(Boolean).join(' ');
			rest = rest.slice(particle.length + 1);
			changed = true;
		}
	}
	return { firstName, infix, lastName: rest };
}

interface ImportTarget {
	/** Pupils without a group column go into this existing class… */
	classId?: string;
	/** …or into a new class with this name. */
	newClassName?: string;
}

interface PlannedClass {
	name: string;
	/** The existing class the pupils go into; undefined for a new class. */
	classId?: string;
	/** Pupils to add. */
	add: NewPupil[];
	/** Pupils already in the class (same name), skipped. */
	duplicates: NewPupil[];
}

export interface ImportPlan {
	/** Which column of the file is used for what, for the preview ("kolom 2: achternaam"). */
	columns: { index: number; heading: string; role: ColumnRole }[];
	classes: PlannedClass[];
	/** Lines that are left out, with the reason (line numbers as in the file). */
	skipped: { line: number; reason: string }[];
	/** Total pupils that would be added. */
	total: number;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
const sameName = (a: NewPupil, b: NewPupil) =>
	displayName(a).toLocaleLowerCase('nl') === displayName(b).toLocaleLowerCase('nl');

/** Finds the header row (within the first lines) and the role of each column. */
function findColumns(
	rows: readonly (readonly string[])[],
): { headerIndex: number; columns: ImportPlan['columns'] } | undefined {
	for (let index = 0; index < Math.min(rows.length, 10); index++) {
		const row = rows[index]!;
		if (isBlank(row)) continue;
		const columns: ImportPlan['columns'] = [];
		const used = new Set<ColumnRole>();
		row.forEach((heading, column) => {
			const role = headingRole(heading);
			// The first column with a role wins: "Voornaam" and "Roepnaam" both present → roepnaam if first.
			if (role && !used.has(role)) {
				used.add(role);
				columns.push({ index: column, heading: heading.trim(), role });
			}
		});
		const hasName = used.has('firstName') || used.has('lastName') || used.has('fullName');
		if (hasName) {
			// Prefer roepnaam over voornamen (official names) when both are there.
			const roepnaam = row.findIndex((h) => normaliseHeading(h) === 'roepnaam');
			if (roepnaam >= 0) {
				const first = columns.find((c) => c.role === 'firstName')!;
				first.index = roepnaam;
				first.heading = row[roepnaam]!.trim();
			}
			// With separate name columns, a "naam" column is not needed.
			const fullName = columns.findIndex((c) => c.role === 'fullName');
			if (fullName >= 0 && (used.has('firstName') || used.has('lastName')))
				columns.splice(fullName, 1);
			return { headerIndex: index, columns: columns.sort((a, b) => a.index - b.index) };
		}
	}
	return undefined;
}

/** The name columns of the rows; a single column without a heading is taken as whole names. */
function columnsOf(
	rows: readonly (readonly string[])[],
	filled: readonly (readonly string[])[],
): { headerIndex: number; columns: ImportPlan['columns'] } {
	const found = findColumns(rows);
	if (found) return found;
	const widest = Math.max(...filled.map((row) => row.filter((cell) => cell.trim() !== '').length));
	if (widest > 1) {
		throw new FileProblem(
			'De kolommen met namen zijn niet gevonden. Zet in de eerste regel kopjes als "roepnaam", "tussenvoegsel", "achternaam" en eventueel "groep" of "klas", of plak één kolom met hele namen.',
		);
	}
	// One column without a heading: whole names, pasted from a spreadsheet.
	const column = filled[0]!.findIndex((cell) => cell.trim() !== '');
	return { headerIndex: -1, columns: [{ index: column, heading: '', role: 'fullName' }] };
}

type ColumnIndex = number | undefined;

/** The pupil in one row: from the separate name columns, or split from a whole name. */
function pupilOf(
	cell: (at: ColumnIndex) => string,
	[first, infix, last, full]: readonly ColumnIndex[],
): NewPupil {
	if (first === undefined && last === undefined) return splitFullName(cell(full));
	const pupil = { firstName: cell(first), infix: cell(infix), lastName: cell(last) };
	// An export with only "naam" filled in for some rows.
	if (!pupil.firstName && !pupil.lastName && full !== undefined) return splitFullName(cell(full));
	return pupil;
}

/** Why a row's pupil cannot be imported, or empty when it can. */
function skipReason(pupil: NewPupil): string {
	if (!pupil.firstName && !pupil.lastName) return 'geen naam';
	if (pupil.firstName.length > 60 || pupil.lastName.length > 80 || pupil.infix.length > 30)
		return 'naam is te lang';
	return '';
}

/** Throws when the import brings nothing, or more classes or pupils than the class list keeps. */
function checkPlanned(classes: readonly PlannedClass[], total: number, list: ClassList): void {
	if (total === 0 && classes.every((c) => c.duplicates.length === 0)) {
		throw new FileProblem(
			'Er staan geen namen in die te gebruiken zijn. Controleer of de kolom met namen gevuld is.',
		);
	}
	const newClasses = classes.filter((c) => !c.classId).length;
	if (list.classes.length + newClasses > MAX_CLASSES)
		throw new FileProblem(
			`Dit zijn te veel klassen. Je kunt er hier tot ${MAX_CLASSES} bijhouden.`,
		);
	for (const c of classes) {
		const already = c.classId ? list.classes.find((x) => x.id === c.classId)!.pupils.length : 0;
		if (already + c.add.length > MAX_PUPILS_PER_CLASS) {
			throw new FileProblem(
				`Klas "${c.name}" zou ${already + c.add.length} leerlingen krijgen. Een klas heeft hier hoogstens ${MAX_PUPILS_PER_CLASS} leerlingen. Staat de goede kolom "groep" of "klas" in het bestand?`,
			);
		}
	}
}

/**
 * What importing these rows would do to the class list: which classes get which pupils, which are
 * already there, which lines are skipped and why. Throws a `FileProblem` when the rows cannot be a
 * class list at all (no name column, nothing to import, too many pupils).
 */
export function planImport(
	rows: readonly (readonly string[])[],
	list: ClassList,
	target: ImportTarget = {},
): ImportPlan {
	const filled = rows.filter((row) => !isBlank(row));
	if (filled.length === 0)
		throw new FileProblem(
			'Er staan geen namen in. Kies een bestand met een klassenlijst of plak een kolom met namen.',
		);
	const found = columnsOf(rows, filled);
	const column = (role: ColumnRole) => found.columns.find((c) => c.role === role)?.index;
	const names = (['firstName', 'infix', 'lastName', 'fullName'] as const).map(column);
	const group = column('group');
	const hasGroups = group !== undefined;

	const fallbackName = target.classId
		? list.classes.find((c) => c.id === target.classId)?.name
		: undefined;
	const defaultClassName = fallbackName ?? (target.newClassName?.trim() || 'Nieuwe klas');
	const planned = new Map<string, PlannedClass>();
	const skipped: ImportPlan['skipped'] = [];

	const classFor = (name: string): PlannedClass => {
		const key = name.toLocaleLowerCase('nl');
		let entry = planned.get(key);
		if (!entry) {
			const existing =
				!hasGroups && target.classId
					? list.classes.find((c) => c.id === target.classId)
					: list.classes.find((c) => c.name.toLocaleLowerCase('nl') === key);
			entry = { name: existing?.name ?? name, classId: existing?.id, add: [], duplicates: [] };
			planned.set(key, entry);
		}
		return entry;
	};

	rows.forEach((row, index) => {
		if (index <= found.headerIndex || isBlank(row)) return;
		const cell = (at: ColumnIndex) =>
			at === undefined ? '' : (row[at] ?? '').replace(/\s+/g, ' ').trim();
		const pupil = pupilOf(cell, names);
		const reason = skipReason(pupil);
		if (reason) {
			skipped.push({ line: index + 1, reason });
			return;
		}
		const className = hasGroups ? cell(group) || defaultClassName : defaultClassName;
		const entry = classFor(className);
		const existing = entry.classId ? list.classes.find((c) => c.id === entry.classId)!.pupils : [];
		if (existing.some((p) => sameName(p, pupil)) || entry.add.some((p) => sameName(p, pupil)))
			entry.duplicates.push(pupil);
		else entry.add.push(pupil);
	});

	const classes = [...planned.values()];
	const total = classes.reduce((sum, c) => sum + c.add.length, 0);
	checkPlanned(classes, total, list);
	return { columns: found.columns, classes, skipped, total };
}

/** The class list after the import: new classes are made, pupils added at the end of their class. */
export function applyImport(list: ClassList, plan: ImportPlan): ClassList {
	let next = list;
	let lastClassId: string | undefined;
	for (const planned of plan.classes) {
		let classId = planned.classId;
		if (!classId) {
			next = addClass(next, planned.name);
			classId = next.activeClassId!;
		}
		for (const pupil of planned.add) next = addPupil(next, classId, pupil);
		lastClassId ??= classId;
	}
	return lastClassId ? { ...next, activeClassId: lastClassId } : next;
}

/** One sentence per class for the preview: "Groep 5 (nieuwe klas): 24 leerlingen erbij, 2 staan er al in." */
export function describePlan(plan: ImportPlan): string[] {
	const lines = plan.classes.map((c) => {
		const added = `${plural(c.add.length, 'leerling', 'leerlingen')} erbij`;
		const dup = c.duplicates.length
			? `, ${plural(c.duplicates.length, 'staat er al in en wordt', 'staan er al in en worden')} overgeslagen`
			: '';
		return `${c.name}${c.classId ? '' : ' (nieuwe klas)'}: ${added}${dup}.`;
	});
	if (plan.skipped.length) {
		const count =
			plan.skipped.length === 1 ? 'Eén regel wordt' : `${plan.skipped.length} regels worden`;
		lines.push(
			`${count} overgeslagen: ${joinList(plan.skipped.map((s) => `regel ${s.line} (${s.reason})`))}.`,
		);
	}
	return lines;
}

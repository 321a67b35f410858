/**
 * The class list (klassenlijst): the teacher's classes and their pupils, kept once in the browser
 * and read by every template that works per pupil (the checklist, the startgesprek planner, the
 * communicatieplan). Templates keep their own data per pupil id; names live only here.
 *
 * Pure functions on plain data: every change returns a new list.
 */
import * as z from 'zod/mini';
import { idField } from '../storage/fields';
import { newId } from '../ids';
import type { RecordType } from '../storage/record-type';

/** Most classes and pupils kept: far beyond a teacher's week, a guard against a runaway import. */
export const MAX_CLASSES = 40;
export const MAX_PUPILS_PER_CLASS = 80;

const name = (max: number) => z.string().check(z.trim(), z.maxLength(max));

const pupilSchema = z.object({
	id: idField,
	/** Roepnaam: the name the pupil is called by. */
	firstName: name(60),
	/** Tussenvoegsel: "de", "van der", "el"; empty when there is none. */
	infix: z._default(name(30), ''),
	/** Achternaam without the tussenvoegsel. */
	lastName: z._default(name(80), ''),
});

const schoolClassSchema = z.object({
	id: idField,
	/** As the school says it: "Groep 5", "3 havo B", "Mentorgroep 2C". */
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
	pupils: z.array(pupilSchema).check(z.maxLength(MAX_PUPILS_PER_CLASS)),
});

const classListSchema = z.object({
	classes: z.array(schoolClassSchema).check(z.maxLength(MAX_CLASSES)),
	/** The class the templates show; null when there are none. */
	activeClassId: z.nullable(z.string()),
});

export type Pupil = z.output<typeof pupilSchema>;
export type SchoolClass = z.output<typeof schoolClassSchema>;
export type ClassList = z.output<typeof classListSchema>;
/** A pupil as typed or imported, before it has an id. */
export type NewPupil = Omit<Pupil, 'id'>;

export const classListType: RecordType<ClassList> = {
	id: 'klassenlijst',
	label: 'de klassenlijst',
	version: 1,
	schema: classListSchema,
	empty: () => ({ classes: [], activeClassId: null }),
};

/** "Sam de Vries": the name as it is said. */
export function displayName(pupil: Pick<Pupil, 'firstName' | 'infix' | 'lastName'>): string {
	return [pupil.firstName, pupil.infix, pupil.lastName].filter(Boolean).join(' ');
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares pupils by surname, then first name, as a Dutch class list is ordered. */
function comparePupils(a: Pupil, b: Pupil): number {
	return (
		collator.compare(a.lastName, b.lastName) ||
		collator.compare(a.firstName, b.firstName) ||
		collator.compare(a.infix, b.infix)
	);
}

/** The class the templates show, or undefined when there is none. */
export function activeClass(list: ClassList): SchoolClass | undefined {
	return list.classes.find((c) => c.id === list.activeClassId) ?? list.classes[0];
}

/** Finds a class by id. */
function findClass(list: ClassList, classId: string): SchoolClass | undefined {
	return list.classes.find((c) => c.id === classId);
}

function mapClass(
	list: ClassList,
	classId: string,
	change: (c: SchoolClass) => SchoolClass,
): ClassList {
	return { ...list, classes: list.classes.map((c) => (c.id === classId ? change(c) : c)) };
}

export function addClass(list: ClassList, className: string, id = newId('k')): ClassList {
	if (list.classes.length >= MAX_CLASSES)
		throw new RangeError(`Je kunt tot ${MAX_CLASSES} klassen bijhouden.`);
	return {
		classes: [...list.classes, { id, name: className.trim() || 'Nieuwe klas', pupils: [] }],
		activeClassId: id,
	};
}

export function renameClass(list: ClassList, classId: string, className: string): ClassList {
	return mapClass(list, classId, (c) => ({ ...c, name: className.trim() || c.name }));
}

export function removeClass(list: ClassList, classId: string): ClassList {
	const classes = list.classes.filter((c) => c.id !== classId);
	const activeClassId =
		list.activeClassId === classId ? (classes[0]?.id ?? null) : list.activeClassId;
	return { classes, activeClassId };
}

export function selectClass(list: ClassList, classId: string): ClassList {
	return findClass(list, classId) ? { ...list, activeClassId: classId } : list;
}

export function addPupil(
	list: ClassList,
	classId: string,
	pupil: NewPupil,
	id = newId('l'),
): ClassList {
	return mapClass(list, classId, (c) => {
		if (c.pupils.length >= MAX_PUPILS_PER_CLASS)
			throw new RangeError(`Een klas heeft hier hoogstens ${MAX_PUPILS_PER_CLASS} leerlingen.`);
		return {
			...c,
			pupils: [
				...c.pupils,
				{
					id,
					firstName: pupil.firstName.trim(),
					infix: pupil.infix.trim(),
					lastName: pupil.lastName.trim(),
				},
			],
		};
	});
}

export function updatePupil(
	list: ClassList,
	classId: string,
	pupilId: string,
	change: Partial<NewPupil>,
): ClassList {
	return mapClass(list, classId, (c) => ({
		...c,
		pupils: c.pupils.map((p) =>
			p.id === pupilId
				? {
						...p,
						...Object.fromEntries(Object.entries(change).map(([k, v]) => [k, String(v).trim()])),
					}
				: p,
		),
	}));
}

export function removePupil(list: ClassList, classId: string, pupilId: string): ClassList {
	return mapClass(list, classId, (c) => ({
		...c,
		pupils: c.pupils.filter((p) => p.id !== pupilId),
	}));
}

/** Moves a pupil to another place in the class (0 is the top); out-of-range places are clamped. */
export function movePupil(
	list: ClassList,
	classId: string,
	pupilId: string,
	toIndex: number,
): ClassList {
	return mapClass(list, classId, (c) => {
		const from = c.pupils.findIndex((p) => p.id === pupilId);
		if (from < 0) return c;
		const pupils = [...c.pupils];
		const [pupil] = pupils.splice(from, 1);
		pupils.splice(Math.max(0, Math.min(toIndex, pupils.length)), 0, pupil!);
		return { ...c, pupils };
	});
}

/** Sorts a class on surname, as school systems list it. */
export function sortClass(list: ClassList, classId: string): ClassList {
	return mapClass(list, classId, (c) => ({ ...c, pupils: [...c.pupils].sort(comparePupils) }));
}

/**
 * Data kept per class: a template that plans something for each class of the class list (the
 * startgesprek planner, the nieuwjaarsreceptie) stores one item per class in a list, keyed by the
 * class's id. These read and replace that item; every change returns a new list.
 */

/** The list with `item` in place of the one with the same `key`, or with `item` added at the end. */
export function replaceOrAdd<T, K extends keyof T>(list: readonly T[], item: T, key: K): T[] {
	const exists = list.some((other) => other[key] === item[key]);
	return exists ? list.map((other) => (other[key] === item[key] ? item : other)) : [...list, item];
}

/** The item of the class, or a new one made by `empty` (not yet stored). */
export function itemOfClass<T extends { classId: string }>(
	list: readonly T[],
	classId: string,
	empty: (classId: string) => T,
): T {
	return list.find((item) => item.classId === classId) ?? empty(classId);
}

/** The list with the class's item replaced (or added). */
export function withItemOfClass<T extends { classId: string }>(list: readonly T[], item: T): T[] {
	return replaceOrAdd(list, item, 'classId');
}

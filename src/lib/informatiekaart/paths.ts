/**
 * Reading and changing a value deep inside the card by its path (`['moments', 2, 'date']`), without
 * changing the card in place: the form reports every change as a new card, which the record saves.
 */
export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

export function getIn(value: unknown, path: Path): unknown {
	let current = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key as string];
	}
	return current;
}

/** A copy of `value` with the value at `path` replaced; every object and array on the way is copied. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
	if (path.length === 0) return next as T;
	const [key, ...rest] = path;
	const container = value as unknown as Container;
	if (Array.isArray(container)) {
		if (typeof key !== 'number' || key < 0 || key >= container.length)
			throw new Error(`setIn: geen plek ${String(key)} in de lijst.`);
		const copy = container.slice();
		copy[key] = setIn(copy[key], rest, next);
		return copy as unknown as T;
	}
	if (container === null || typeof container !== 'object')
		throw new Error(`setIn: geen object bij ${String(key)}.`);
	return {
		...container,
		[key as string]: setIn((container as Record<string, unknown>)[key as string], rest, next),
	} as T;
}

/** The list at `path` changed by `change` (which gets a copy it may change). */
export function updateList<T, Item>(value: T, path: Path, change: (items: Item[]) => void): T {
	const items = getIn(value, path);
	if (!Array.isArray(items)) throw new Error(`updateList: geen lijst bij ${path.join('.')}.`);
	const copy = items.slice() as Item[];
	change(copy);
	return setIn(value, path, copy);
}

/** Moves the item at `from` to `to` (both within the list). */
export function move<Item>(items: Item[], from: number, to: number): void {
	if (from < 0 || from >= items.length || to < 0 || to >= items.length) return;
	const [item] = items.splice(from, 1);
	items.splice(to, 0, item!);
}

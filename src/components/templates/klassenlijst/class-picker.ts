/**
 * The class picker's behaviour: reads the class list from this device, lets the user choose the
 * class (remembered in the class list, so every template opens on the same class), and tells the
 * template when the class or its pupils change, also when the list is edited in another tab.
 */
import {
	activeClass,
	classListType,
	selectClass,
	type ClassList,
	type SchoolClass,
} from '../../../lib/roster/class-list';
import { RecordStore, type KeyValueStorage } from '../../../lib/storage/store';
import { plural } from '../../../lib/text';
import { browserStorage } from '../kit/browser-storage';
import { h, replaceChildren, required } from '../kit/dom';

export interface ClassPicker {
	/** The whole class list as stored now. */
	readonly list: ClassList;
	/** The chosen class, or undefined when the list has none. */
	readonly current: SchoolClass | undefined;
	/** Called whenever the chosen class or its pupils change, and at once unless `now` is false. */
	onChange(
		listener: (schoolClass: SchoolClass | undefined, list: ClassList) => void,
		options?: { now?: boolean },
	): void;
}

export function mountClassPicker(
	root: HTMLElement,
	options: { storage?: KeyValueStorage | null } = {},
): ClassPicker {
	const store = new RecordStore(
		classListType,
		options.storage === undefined ? browserStorage() : options.storage,
	);
	const field = required(root, '[data-class-picker-field]');
	const select = required<HTMLSelectElement>(root, '[data-class-picker-select]');
	const count = required(root, '[data-class-picker-count]');
	const empty = required(root, '[data-class-picker-empty]');
	const listeners: ((schoolClass: SchoolClass | undefined, list: ClassList) => void)[] = [];
	let list = store.load().data;

	const draw = () => {
		const chosen = activeClass(list);
		field.hidden = !chosen;
		empty.hidden = !!chosen;
		replaceChildren(
			select,
			list.classes.map((c) => h('option', { value: c.id, selected: c.id === chosen?.id }, c.name)),
		);
		count.textContent = chosen ? `${plural(chosen.pupils.length, 'leerling', 'leerlingen')}.` : '';
	};
	const notify = () => {
		for (const listener of listeners) listener(activeClass(list), list);
	};

	select.addEventListener('change', () => {
		list = selectClass(list, select.value);
		// Remember the choice; if the class list changed in another tab meanwhile, take that and choose again.
		if (!store.save(list).ok) {
			list = selectClass(store.adopt().data, select.value);
			store.save(list);
		}
		draw();
		notify();
	});

	window.addEventListener('storage', (event) => {
		if (event.key !== store.key && event.key !== null) return;
		list = store.adopt().data;
		draw();
		notify();
	});

	draw();
	return {
		get list() {
			return list;
		},
		get current() {
			return activeClass(list);
		},
		onChange(listener, { now = true } = {}) {
			listeners.push(listener);
			if (now) listener(activeClass(list), list);
		},
	};
}

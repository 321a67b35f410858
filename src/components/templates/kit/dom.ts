/**
 * Building DOM from data, for template scripts. Text goes in as text nodes only: whatever a user
 * typed (a school name like `<img src=x onerror=…>`) shows as those characters and never becomes
 * markup. There is deliberately no way to pass HTML, and no way to set inline `style` or `on…`
 * handlers (the Content-Security-Policy would block them anyway).
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
	class?: string | (string | false | null | undefined)[];
	/** Other attributes: strings are set as is, `true` as an empty attribute, `false`/`null` left out. */
	[attribute: string]: unknown;
}

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Props | null = null,
	...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(props ?? {})) {
		if (value === false || value === null || value === undefined) continue;
		if (/^on/i.test(name) || name === 'style' || name === 'srcdoc')
			throw new Error(`h(): attribuut "${name}" is niet toegestaan.`);
		if (name === 'class') {
			const classes = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value);
			if (classes) element.className = classes;
		} else if (
			(name === 'href' || name === 'src') &&
			/^\s*(javascript|data|vbscript):/i.test(String(value)) &&
			!(name === 'src' && /^\s*data:image\/(png|jpeg);base64,/i.test(String(value)))
		) {
			throw new Error(`h(): ${name} met dit soort adres is niet toegestaan.`);
		} else element.setAttribute(name, value === true ? '' : String(value));
	}
	append(element, children);
	return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
	for (const child of children.flat()) {
		if (child === null || child === undefined || child === false) continue;
		parent.appendChild(
			typeof child === 'string' || typeof child === 'number'
				? document.createTextNode(String(child))
				: child,
		);
	}
}

/** Replaces an element's content with the given children. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
	parent.replaceChildren();
	append(parent, children);
}

/** The element matching a selector inside `root`; throws when the markup lacks it (a programming error). */
export function required<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
	const element = root.querySelector<E>(selector);
	if (!element) throw new Error(`Element ${selector} ontbreekt.`);
	return element;
}

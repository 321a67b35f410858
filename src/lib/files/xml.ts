/**
 * Just enough XML for reading the parts of an .xlsx file: elements with attributes and text, in
 * document order. No DOM (so it runs in tests and workers), no DTDs or external entities (so a
 * hostile file cannot make it fetch or expand anything).
 */

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text, entities decoded (text of child elements not included). */
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; anything else stays as written. */
function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (match, entity: string) => {
		if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16)) ?? match;
		if (entity.startsWith('#')) return safeCodePoint(parseInt(entity.slice(1), 10)) ?? match;
		return ENTITIES[entity] ?? match;
	});
}

function safeCodePoint(code: number): string | undefined {
	return Number.isInteger(code) && code > 0 && code <= 0x10ffff
		? String.fromCodePoint(code)
		: undefined;
}

/** Escapes text for an XML element or attribute, and drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The local name of a tag (`x:row` → `row`): Excel files use prefixes inconsistently. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const TAG =
	/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[\s\S]*?>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document into its root element. Throws on markup that does not nest. */
export function parseXml(xml: string): XmlElement {
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack: XmlElement[] = [root];
	let last = 0;
	for (const match of xml.matchAll(TAG)) {
		const current = stack.at(-1)!;
		if (match.index > last) current.text += decodeEntities(xml.slice(last, match.index));
		last = match.index + match[0].length;
		const [whole, closing, name, attributeText, selfClosing, cdata] = match;
		if (cdata !== undefined) {
			current.text += cdata;
			continue;
		}
		if (!name) {
			if (whole.startsWith('<!DOCTYPE')) throw new Error('XML met een DOCTYPE wordt niet gelezen.');
			continue;
		}
		if (closing) {
			if (stack.length < 2 || current.name !== localName(name))
				throw new Error(`XML klopt niet: </${name}> sluit niets.`);
			stack.pop();
			continue;
		}
		const element: XmlElement = { name: localName(name), attributes: {}, children: [], text: '' };
		for (const attribute of (attributeText ?? '').matchAll(ATTRIBUTE)) {
			element.attributes[localName(attribute[1]!)] = decodeEntities(
				attribute[2] ?? attribute[3] ?? '',
			);
		}
		current.children.push(element);
		if (!selfClosing) stack.push(element);
	}
	if (stack.length !== 1) throw new Error('XML klopt niet: een element wordt niet gesloten.');
	const [documentElement] = root.children;
	if (!documentElement) throw new Error('XML zonder inhoud.');
	return documentElement;
}

/** Every descendant element with this local name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
	const found: XmlElement[] = [];
	const walk = (node: XmlElement) => {
		for (const child of node.children) {
			if (child.name === name) found.push(child);
			walk(child);
		}
	};
	walk(element);
	return found;
}

/** The first child element with this local name. */
export const child = (element: XmlElement, name: string) =>
	element.children.find((c) => c.name === name);

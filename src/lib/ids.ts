/**
 * Short random ids for records the user makes (pupils, classes, agreements). `crypto.randomUUID`
 * exists only on HTTPS pages; `getRandomValues` works everywhere, also on a school's intranet over HTTP.
 */
export function newId(prefix = ''): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	const id = [...bytes]
		.map((b) => b.toString(36).padStart(2, '0'))
		.join('')
		.slice(0, 14);
	return `${prefix}${id}`;
}

/**
 * The one live region of a template page (in the data bar, `TemplateData.astro`): every message a
 * template has for screen readers goes through `announce()`. A message equal to the one shown is
 * cleared first, so it is heard again ("Geruild." twice in a row).
 */
export type Announce = (message: string) => void;

export function announcer(region: HTMLElement): Announce {
	return (message) => {
		if (region.textContent !== message) {
			region.textContent = message;
			return;
		}
		region.textContent = '';
		requestAnimationFrame(() => (region.textContent = message));
	};
}

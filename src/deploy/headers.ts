/**
 * The HTTP headers the site is served with: the one source for the nginx configuration
 * (`nginx.ts`) and the `_headers` file for static hosts (`headers-file.ts`). A unit test checks that
 * both give every path the headers `headersFor` says.
 */

/** Files whose name carries a hash of their content: a changed file gets a new name, so it may be cached for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (pages, Pagefind's entry files and wasm, downloads): a browser may keep it but
 * asks the server first each time, a cheap 304 when nothing changed. A page cached for minutes
 * could, right after a new deployment, point at hashed files that no longer exist.
 * Netlify and Cloudflare Pages send this same value by default.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Path prefixes under which every file name is content-hashed. */
export const IMMUTABLE_PREFIXES = [
	// Astro's bundled scripts and styles.
	'/_astro/',
	// Pagefind's index chunks and page fragments (its entry files and wasm keep fixed names).
	'/pagefind/fragment/',
	'/pagefind/index/',
] as const;

/**
 * Browser features the site never uses, switched off for the page and anything it could embed.
 * Only names Chromium knows: an unknown one is reported as an error in the console.
 * Clipboard, fullscreen and sharing stay allowed (copy buttons, printing).
 */
const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'hid',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking',
];

/** Headers every response gets, whatever its path. */
export function securityHeaders(cspHeaderValue: string): Record<string, string> {
	return {
		'Content-Security-Policy': cspHeaderValue,
		// Browsers must trust our Content-Type, never guess (a download must not run as a script).
		'X-Content-Type-Options': 'nosniff',
		// Links to other sites do not tell them which page (or which pupil's page) the user was on.
		'Referrer-Policy': 'no-referrer',
		'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
		// The CSP's frame-ancestors does this for current browsers; this header for older ones.
		'X-Frame-Options': 'DENY',
		// Pages opened from the site, or that open it, get no handle on its window.
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

/** The Cache-Control a path gets. */
function cacheControlFor(path: string): string {
	return IMMUTABLE_PREFIXES.some((prefix) => path.startsWith(prefix)) ? IMMUTABLE : REVALIDATE;
}

/** All headers a path is served with (what the tests expect of every server). */
export function headersFor(path: string, cspHeaderValue: string): Record<string, string> {
	return { ...securityHeaders(cspHeaderValue), 'Cache-Control': cacheControlFor(path) };
}

/**
 * Content types by file extension, for servers that need them spelled out (nginx).
 * Pagefind's own files (`.pagefind`, `.pf_index`, `.pf_fragment`, `.pf_meta`) are compressed
 * binary data that its script unpacks; they stay application/octet-stream.
 */
export const MIME_TYPES: Record<string, readonly string[]> = {
	'text/html': ['html', 'htm'],
	'text/css': ['css'],
	'text/javascript': ['js', 'mjs'],
	'application/json': ['json'],
	'application/manifest+json': ['webmanifest'],
	'application/xml': ['xml'],
	'text/plain': ['txt'],
	'image/svg+xml': ['svg'],
	'image/png': ['png'],
	'image/jpeg': ['jpg', 'jpeg'],
	'image/gif': ['gif'],
	'image/webp': ['webp'],
	'image/avif': ['avif'],
	'image/x-icon': ['ico'],
	'font/woff2': ['woff2'],
	'font/woff': ['woff'],
	'application/wasm': ['wasm'],
	'application/pdf': ['pdf'],
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
	'text/csv': ['csv'],
	'text/calendar': ['ics'],
	'application/zip': ['zip'],
};

/** Text types worth compressing on the fly (HTML always is); Pagefind's files are compressed already. */
export const COMPRESSIBLE_TYPES = [
	'text/css',
	'text/javascript',
	'application/json',
	'application/manifest+json',
	'application/xml',
	'text/plain',
	'image/svg+xml',
	'application/wasm',
	'text/csv',
	'text/calendar',
];

/** Text types besides HTML (which always does) that get `; charset=utf-8`: everything the site writes is UTF-8. */
export const UTF8_TYPES = [
	'text/css',
	'text/javascript',
	'application/json',
	'application/xml',
	'text/plain',
	'image/svg+xml',
	'text/csv',
	'text/calendar',
];

/** Files in `dist/` that belong to the host, not to readers. */
export const PRIVATE_FILES = ['/_headers'] as const;

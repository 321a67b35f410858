/**
 * nginx configuration for serving `dist/`, made from the same header definitions as `_headers`.
 *
 * `renderServerBlock` is what a deployment puts in its `http { }` (see `nginx-config.ts`);
 * `renderStandaloneConfig` wraps it in a complete configuration that runs in the foreground from a
 * temporary folder, as the e2e tests do.
 *
 * nginx pitfall this avoids: a location with any `add_header` inherits none from the server, so
 * every location repeats the full set. `always` puts the headers on 404 responses too.
 */
import {
	COMPRESSIBLE_TYPES,
	IMMUTABLE,
	IMMUTABLE_PREFIXES,
	MIME_TYPES,
	PRIVATE_FILES,
	REVALIDATE,
	UTF8_TYPES,
	securityHeaders,
} from './headers.ts';

interface ServerOptions {
	/** Absolute path of the built site (`dist/`). */
	root: string;
	/** nginx `listen` value, for example `127.0.0.1:4322` or `80`. */
	listen: string;
	/** nginx `server_name`; `_` (any) when left out. */
	serverName?: string;
	/** The Content-Security-Policy header value for this build. */
	csp: string;
}

/** A value in double quotes for nginx. `$` would start a variable, so it is refused. */
function quote(value: string): string {
	if (value.includes('$'))
		throw new Error(`nginx: een waarde met "$" kan niet letterlijk: ${value}`);
	return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

function headerLines(csp: string, cacheControl: string, indent: string): string[] {
	const headers = { ...securityHeaders(csp), 'Cache-Control': cacheControl };
	return Object.entries(headers).map(
		([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
	);
}

export function renderServerBlock({ root, listen, serverName = '_', csp }: ServerOptions): string {
	const i1 = '\t';
	const i2 = '\t\t';
	const types = Object.entries(MIME_TYPES).map(
		([type, extensions]) => `${i2}${type} ${extensions.join(' ')};`,
	);
	return [
		'# Made by src/deploy/nginx.ts; regenerate after every build: the CSP hashes belong to that build.',
		'server {',
		`${i1}listen ${listen};`,
		`${i1}server_name ${serverName};`,
		`${i1}root ${quote(root)};`,
		`${i1}index index.html;`,
		`${i1}server_tokens off;`,
		// Redirects (a folder without its trailing slash) stay relative, right behind any proxy.
		`${i1}absolute_redirect off;`,
		'',
		// The site's own type list, complete, so it does not depend on the host's mime.types
		// (Debian's lacks .ics and .mjs; a `types` block replaces the inherited one).
		`${i1}types {`,
		...types,
		`${i1}}`,
		`${i1}default_type application/octet-stream;`,
		`${i1}charset utf-8;`,
		`${i1}charset_types ${UTF8_TYPES.join(' ')};`,
		'',
		`${i1}gzip on;`,
		`${i1}gzip_vary on;`,
		`${i1}gzip_min_length 256;`,
		`${i1}gzip_types ${COMPRESSIBLE_TYPES.join(' ')};`,
		'',
		`${i1}error_page 404 /404.html;`,
		'',
		...PRIVATE_FILES.flatMap((file) => [`${i1}location = ${file} {`, `${i2}return 404;`, `${i1}}`]),
		...IMMUTABLE_PREFIXES.flatMap((prefix) => [
			`${i1}location ^~ ${prefix} {`,
			...headerLines(csp, IMMUTABLE, i2),
			`${i2}try_files $uri =404;`,
			`${i1}}`,
		]),
		`${i1}location / {`,
		...headerLines(csp, REVALIDATE, i2),
		`${i2}try_files $uri $uri/ =404;`,
		`${i1}}`,
		'}',
		'',
	].join('\n');
}

interface StandaloneOptions extends ServerOptions {
	/** A private folder for the pid file, logs and nginx's temporary files. */
	tempDir: string;
}

/**
 * A whole nginx.conf that runs in the foreground as one process (`master_process off`): nothing
 * to daemonise, no switch to another user, so it works the same as root and as anyone else.
 * Meant for tests and local checks, not production.
 */
export function renderStandaloneConfig(options: StandaloneOptions): string {
	const t = (name: string) => quote(`${options.tempDir}/${name}`);
	return [
		'daemon off;',
		'master_process off;',
		'worker_processes 1;',
		`pid ${t('nginx.pid')};`,
		'error_log stderr warn;',
		'events {',
		'\tworker_connections 256;',
		'}',
		'http {',
		`\taccess_log ${t('access.log')};`,
		`\tclient_body_temp_path ${t('client_body')};`,
		`\tproxy_temp_path ${t('proxy')};`,
		`\tfastcgi_temp_path ${t('fastcgi')};`,
		`\tuwsgi_temp_path ${t('uwsgi')};`,
		`\tscgi_temp_path ${t('scgi')};`,
		'\tsendfile on;',
		...renderServerBlock(options)
			.split('\n')
			.map((line) => (line ? `\t${line}` : line)),
		'}',
		'',
	].join('\n');
}

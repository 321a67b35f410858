/**
 * Prints the nginx `server { }` block for a built site, with the CSP of that build:
 *
 *   npm run build
 *   npm run --silent nginx-config -- --root /srv/gereedschapskist/dist --listen 80 --server-name example.nl > site.conf
 *
 * Include the file inside nginx's `http { }` and reload nginx. Run it again after every build.
 * TLS, HTTPS redirects and HSTS belong to the server or proxy in front; they are not set here.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderServerBlock } from './nginx.ts';
import { builtPolicy } from './site-scan.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: 'dist' },
		listen: { type: 'string', default: '80' },
		'server-name': { type: 'string', default: '_' },
	},
});

const root = resolve(values.root);
process.stdout.write(
	renderServerBlock({
		root,
		listen: values.listen,
		serverName: values['server-name'],
		csp: builtPolicy(root),
	}),
);

/**
 * Runs Debian's nginx in the foreground on a loopback port, with the configuration that
 * `src/deploy/nginx.ts` makes, from a private temporary folder (pid, logs, temp files), so it needs
 * no root and leaves nothing behind. Used by the e2e web server and by tests that serve a fixture.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderStandaloneConfig } from '../../../src/deploy/nginx.ts';

/** The nginx binary: NGINX_PATH, else Debian's (/usr/sbin is not on a normal user's PATH). */
export function nginxBinary(): string {
	if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
	return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
}

/** A loopback port that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('geen poort')),
			);
		});
	});
}

function accepts(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port });
		socket.once('connect', () => socket.end(() => resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

export interface RunningNginx {
	url: string;
	/** Stops nginx and removes its temporary folder. */
	stop(): Promise<void>;
	/** Resolves with nginx's exit code when it exits, for whatever reason. */
	exited: Promise<number | null>;
}

export interface NginxOptions {
	/** The folder to serve (a built site). */
	root: string;
	port: number;
	/** The Content-Security-Policy header value. */
	csp: string;
}

export async function startNginx({ root, port, csp }: NginxOptions): Promise<RunningNginx> {
	// Otherwise the wait below could mistake another server for ours.
	if (await accepts(port))
		throw new Error(`Poort ${port} op 127.0.0.1 is al bezet; kies een andere (E2E_PORT).`);
	const tempDir = mkdtempSync(join(tmpdir(), 'gk-nginx-'));
	const conf = join(tempDir, 'nginx.conf');
	writeFileSync(conf, renderStandaloneConfig({ root, listen: `127.0.0.1:${port}`, csp, tempDir }));
	let stderr = '';
	// -e: log to stderr from the first moment, before the configuration names a log file.
	const child: ChildProcess = spawn(nginxBinary(), ['-e', 'stderr', '-p', tempDir, '-c', conf], {
		stdio: ['ignore', 'inherit', 'pipe'],
	});
	child.stderr!.on('data', (chunk: Buffer) => {
		stderr += chunk;
		process.stderr.write(chunk);
	});
	const exited = new Promise<number | null>((resolve) => {
		child.once('exit', (code) => resolve(code));
		child.once('error', (error) => {
			stderr += String(error);
			resolve(-1);
		});
	});
	const cleanUp = () => rmSync(tempDir, { recursive: true, force: true });

	let running = false;
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		const state = await Promise.race([
			exited.then(() => 'exited' as const),
			accepts(port).then((ok) => (ok ? ('up' as const) : ('down' as const))),
		]);
		if (state === 'up') {
			running = true;
			break;
		}
		if (state === 'exited') break;
		await new Promise((r) => setTimeout(r, 50));
	}
	if (!running) {
		child.kill('SIGKILL');
		await exited;
		cleanUp();
		throw new Error(`nginx start niet op 127.0.0.1:${port}:\n${stderr}`);
	}
	return {
		url: `http://127.0.0.1:${port}`,
		exited,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
			cleanUp();
		},
	};
}

/**
 * Test helpers: a temp folder with a fake dashboard build, raw HTTP requests, tRPC URLs, and
 * signed-in users (`cookieFor(server, role)`: a new user of that role and its session cookie).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, type Database } from '@untoc-alliance/db';
import type { Role } from '@untoc-alliance/schema';
import { startServer, type RunningServer } from './app.ts';

/** What `makeTempSite` wrote. */
export interface TempSite {
	dir: string;
	dist: string;
	databasePath: string;
	/** Text of a file just outside `dist`, which must never be served. */
	secret: string;
	remove(): Promise<void>;
}

/** The JavaScript of the fake hashed asset (long enough to be gzipped). */
export const assetText = `console.log(${JSON.stringify('untoc '.repeat(100))});\n`;

/** A temp folder holding a tiny fake `dist` and, beside it, a secret file and the database path. */
export async function makeTempSite(): Promise<TempSite> {
	const dir = await mkdtemp(join(tmpdir(), 'untoc-server-'));
	const dist = join(dir, 'dist');
	await mkdir(join(dist, 'assets'), { recursive: true });
	await writeFile(
		join(dist, 'index.html'),
		'<!doctype html><title>UNTOC</title><script type="module" src="/assets/app-abc123.js"></script>'
	);
	await writeFile(join(dist, 'assets', 'app-abc123.js'), assetText);
	const secret = 'SECRET-OUTSIDE-DIST';
	await writeFile(join(dir, 'secret.txt'), secret);
	await writeFile(join(dir, 'package.json'), JSON.stringify({ name: secret }));
	return {
		dir,
		dist,
		databasePath: join(dir, 'data', 'test.sqlite'),
		secret,
		remove: () => rm(dir, { recursive: true, force: true })
	};
}

/** Sends a GET with the path exactly as given (fetch would normalize `..` away). */
export function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method: 'GET', agent: false }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** The GET URL of one tRPC query. */
export function queryUrl(base: string, path: string, input: unknown): string {
	return `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** A JSON POST whose headers and first half are sent now and the rest on `finish()`. */
export function startSlowPost(url: string, body: string) {
	const { hostname, port, pathname } = new URL(url);
	const half = Math.floor(body.length / 2);
	let finish = () => undefined as void;
	const status = new Promise<number>((resolve, reject) => {
		const req = request(
			{
				hostname,
				port,
				path: pathname,
				method: 'POST',
				agent: false,
				headers: { 'Content-Type': 'application/json', 'Content-Length': body.length }
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode ?? 0));
			}
		);
		req.on('error', reject);
		req.write(body.slice(0, half));
		finish = () => void req.end(body.slice(half));
	});
	return { status, finish: () => finish() };
}

/** The password of every user the test helpers create. */
export const testPassword = 'correct horse battery staple';

let userCount = 0;

/** Creates a user with `role` (a fresh e-mail each time) in the server's database. */
export async function addTestUser(
	server: { database(): Promise<Database> },
	role: Role,
	email = `${role}-${++userCount}-${process.pid}@example.org`
): Promise<{ id: number; email: string; password: string }> {
	const { id } = await createUser(await server.database(), {
		email,
		name: `Test ${role}`,
		role,
		password: testPassword
	});
	return { id, email, password: testPassword };
}

/** Signs in over HTTP (same-origin JSON POST) and returns the `Cookie` header to send. */
export async function signInCookie(
	url: string,
	credentials: { email: string; password: string }
): Promise<string> {
	const res = await fetch(`${url}/auth/sign-in`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Origin: url },
		body: JSON.stringify(credentials)
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (res.status !== 200 || !cookie) throw new Error(`Sign-in failed with ${res.status}`);
	return cookie;
}

/**
 * A signed-in `Cookie` header for a new user with `role` on a running server: creates the user in
 * the server's database and signs in over HTTP.
 * @example
 * const cookie = await cookieFor(server, 'editor');
 * await fetch(url, { headers: { Cookie: cookie, Origin: server.url } });
 */
export async function cookieFor(
	server: { url: string; database(): Promise<Database> },
	role: Role
): Promise<string> {
	const user = await addTestUser(server, role);
	return signInCookie(server.url, user);
}

/**
 * Starts the real server on `site` with the demo seed and a fixed today (2026-11-28 unless
 * given); await its `ready` before calling the API.
 */
export function startDemoServer(site: TempSite, today = '2026-11-28'): Promise<RunningServer> {
	return startServer({
		port: 0,
		host: '127.0.0.1',
		databasePath: site.databasePath,
		seed: { kind: 'demo' },
		dashboardDist: site.dist,
		today: () => today
	});
}

/**
 * Helpers of the property and hostile-HTTP tests: a real server on a temp SQLite file with a
 * read-only second connection to it (snapshots of every table, to prove nothing was written), and
 * the checks every reply must pass (under 500, JSON, no stack, file path or SQL).
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Role } from '@untoc-alliance/schema';
import { expect } from 'vitest';
import type * as z from 'zod';
import { startServer, type RunningServer } from './app.ts';
import { makeTempSite } from './test-server.ts';

/** A started server with its database file open read-only beside it. */
export interface PropertyServer {
	server: RunningServer;
	/** Row count of every table, the data version, and the sum of the row versions per table. */
	snapshot(): Record<string, number>;
	close(): Promise<void>;
}

/** Starts a server on a temp SQLite file seeded with the demo data. */
export async function startPropertyServer(): Promise<PropertyServer> {
	const site = await makeTempSite();
	const server = await startServer({
		port: 0,
		host: '127.0.0.1',
		databasePath: site.databasePath,
		seed: { kind: 'demo' },
		dashboardDist: site.dist,
		today: () => '2026-11-28'
	});
	await server.ready;
	const db = new BetterSqlite3(site.databasePath, { readonly: true, fileMustExist: true });
	return {
		server,
		snapshot: () => snapshot(db),
		async close() {
			db.close();
			await server.close();
			await site.remove();
		}
	};
}

/** Row count of every table, the data version, and the sum of the row versions per table. */
function snapshot(snapshotDb: BetterSqlite3.Database): Record<string, number> {
	const out: Record<string, number> = {};
	const tables = snapshotDb
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
		)
		.all() as { name: string }[];
	for (const { name } of tables) {
		const table = `"${name.replaceAll('"', '""')}"`;
		const count = snapshotDb.prepare(`select count(*) as n from ${table}`).get() as { n: number };
		out[`${name} rows`] = count.n;
		const columns = snapshotDb.prepare(`pragma table_info(${table})`).all() as { name: string }[];
		if (columns.some((c) => c.name === 'version')) {
			const sum = snapshotDb.prepare(`select total(version) as v from ${table}`).get() as {
				v: number;
			};
			out[`${name} versions`] = sum.v;
		}
	}
	return out;
}

/** Who calls: anonymous, or signed in with a role (a session cookie from the sign-in route). */
export interface Caller {
	name: 'anonymous' | Role;
	headers: Record<string, string>;
}

export const anonymous: Caller = { name: 'anonymous', headers: {} };

export interface Reply {
	/** How it was sent: `GET`, or `POST` with the JSON body. */
	via: 'GET' | 'POST';
	status: number;
	text: string;
	/** Characters of the URL (GET) or bytes of the body (POST) that was sent. */
	size: number;
}

export interface ErrorBody {
	error: {
		message: string;
		code: number;
		data: { code: string; httpStatus: number; issues?: { path: string; message: string }[] };
	};
}

export async function send(
	url: string,
	init?: RequestInit
): Promise<{ status: number; text: string }> {
	const res = await fetch(url, init);
	return { status: res.status, text: await res.text() };
}

export function postJson(url: string, body: string, headers: Record<string, string> = {}) {
	return send(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body
	});
}

/**
 * Calls a procedure with `input`: a query by GET (and by POST too when the URL is over the limit,
/** What must never reach a client: stack frames, file paths, SQL and database errors. */
export const leaks: [string, RegExp][] = [
	['a stack frame', /\bat \S+ \(|\n\s+at /],
	['a file path', /file:\/\/|\/(?:work|home|tmp|usr|node_modules)\/|\.[cm]?[jt]s:\d+/],
	['a database error', /SQLITE|sqlite3?|better-sqlite|syntax error|no such (?:table|column)/i],
	['SQL', /\bselect\s+[\w*"]+(?:,|\s+from)|\binsert\s+into\b|\bupdate\s+"?\w+"?\s+set\b/i]
];

/**
 * Checks what every reply must be: under 500, JSON, no leaks. Returns the tRPC error, if it is
 * one (the server's own errors, such as 414, are `{ error: string }`).
 */
export function expectSafe(reply: Reply, where: string): ErrorBody | undefined {
	expect(reply.status, `${where}: ${reply.text.slice(0, 500)}`).toBeLessThan(500);
	let body: unknown;
	expect(() => {
		body = JSON.parse(reply.text) as unknown;
	}, `${where}: not JSON`).not.toThrow();
	for (const [what, pattern] of leaks) {
		const found = pattern.test(reply.text);
		expect(found, `${where}: ${what} in ${reply.text.slice(0, 500)}`).toBe(false);
	}
	if (reply.status < 300) return undefined;
	const { error } = body as { error: unknown };
	if (typeof error === 'string') return undefined;
	const trpc = body as ErrorBody;
	expect(trpc.error.data.httpStatus, where).toBe(reply.status);
	expect(trpc.error.data).not.toHaveProperty('stack');
	expect(trpc.error.message, where).not.toBe('');
	return trpc;
}

/** `['sectors', 0, 'x']` → `sectors[0].x`, as the API names fields. */
function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		const name = String(key);
		return out === '' ? name : `${out}.${name}`;
	}, '');
}

/** The fields the API must name for a zod error: one per issue, one per unknown key. */
export function fieldsOf(error: z.ZodError): string[] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => formatPath([...issue.path, key]))
			: [formatPath(issue.path)]
	);
}

/** The input as the server sees it: NaN and Infinity become null, -0 becomes 0, undefined goes. */
export function overTheWire(input: unknown): unknown {
	return input === undefined ? undefined : JSON.parse(JSON.stringify(input));
}

/** Node's parser answers 431 before any handler once the request head passes 16 kB. */
/** Node's parser answers 431 before any handler once the request head passes 16 kB. */
export const nodeHeaderLimit = 16 * 1024;

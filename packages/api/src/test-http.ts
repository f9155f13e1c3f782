/**
 * Test helper: the API over a real HTTP server on a free port, a GET and POST client for it, and
 * sessions as the server has them (`cookieAuthenticate`, `sessionCookieFor(db, role)`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import type { IncomingMessage } from 'node:http';
import { createSession, createUser, userForSession, type Database } from '@untoc-alliance/db';
import type { Role, SessionUser } from '@untoc-alliance/schema';
import { createContext, type ContextDeps } from './context.ts';
import { appRouter } from './root.ts';
import type { ApiErrorData } from './trpc.ts';

/** What a GET of one procedure answered: the HTTP status and the parsed body. */
export interface HttpAnswer<TData = unknown> {
	status: number;
	data?: TData;
	error?: { message: string; data: ApiErrorData };
}

/** The name of the session cookie (the server's `untoc_session`). */
export const sessionCookieName = 'untoc_session';

/** `authenticate` as the server does it: the `untoc_session` cookie through `userForSession`. */
export function cookieAuthenticate(
	db: Database,
	now: () => Date = () => new Date()
): (req: IncomingMessage) => Promise<SessionUser | null> {
	return async (req) => {
		const pair = (req.headers.cookie ?? '')
			.split(';')
			.map((part) => part.trim())
			.find((part) => part.startsWith(`${sessionCookieName}=`));
		return pair ? userForSession(db, pair.slice(sessionCookieName.length + 1), now()) : null;
	};
}

let userCount = 0;

/** Creates a user with `role` in `db`, starts a session, and returns its `Cookie` header. */
export async function sessionCookieFor(db: Database, role: Role): Promise<string> {
	const { id } = await createUser(db, {
		email: `${role}-${++userCount}-${process.pid}@example.org`,
		name: `Test ${role}`,
		role,
		password: 'correct horse battery staple'
	});
	const { token } = await createSession(db, id, new Date());
	return `${sessionCookieName}=${token}`;
}

/**
 * Serves `/trpc/*` for `db` on 127.0.0.1 with the given today; close it when done. With
 * `authenticate` (e.g. `cookieAuthenticate(db)`), requests are signed in as the server does it.
 */
export async function startApi(
	db: Database,
	today: string,
	options: { authenticate?: ContextDeps['authenticate'] } = {}
) {
	const createContextFn = createContext({
		db,
		today: () => today,
		...(options.authenticate ? { authenticate: options.authenticate } : {})
	});
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname.slice('/trpc/'.length);
		void nodeHTTPRequestHandler({
			router: appRouter,
			createContext: createContextFn,
			req,
			res,
			path
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `http://127.0.0.1:${port}`;
	return {
		url,
		/** GET `/trpc/<procedure>?input=<json>`, with `headers` (e.g. a `Cookie`) when given. */
		async get<TData>(
			procedure: string,
			input?: unknown,
			headers: Record<string, string> = {}
		): Promise<HttpAnswer<TData>> {
			const query =
				input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
			const response = await fetch(`${url}/trpc/${procedure}${query}`, { headers });
			const body = (await response.json()) as {
				result?: { data: TData };
				error?: { message: string; data: ApiErrorData };
			};
			return { status: response.status, data: body.result?.data, error: body.error };
		},
		/** POST `/trpc/<procedure>` with `input` as the JSON body (a mutation). */
		async post<TData>(
			procedure: string,
			input: unknown,
			headers: Record<string, string> = {}
		): Promise<HttpAnswer<TData>> {
			const response = await fetch(`${url}/trpc/${procedure}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...headers },
				body: JSON.stringify(input)
			});
			const body = (await response.json()) as {
				result?: { data: TData };
				error?: { message: string; data: ApiErrorData };
			};
			return { status: response.status, data: body.result?.data, error: body.error };
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((e) => (e ? reject(e) : resolve()));
				server.closeAllConnections();
			})
	};
}

/** Test helper: the API over a real HTTP server on a free port, and a GET client for it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import type { Database } from '@untoc-alliance/db';
import { createContext } from './context.ts';
import { appRouter } from './root.ts';
import type { ApiErrorData } from './trpc.ts';

/** What a GET of one procedure answered: the HTTP status and the parsed body. */
export interface HttpAnswer<TData = unknown> {
	status: number;
	data?: TData;
	error?: { message: string; data: ApiErrorData };
}

/** Serves `/trpc/*` for `db` on 127.0.0.1 with the given today; close it when done. */
export async function startApi(db: Database, today: string) {
	const createContextFn = createContext({ db, today: () => today });
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
		/** GET `/trpc/<procedure>?input=<json>`. */
		async get<TData>(procedure: string, input?: unknown): Promise<HttpAnswer<TData>> {
			const query =
				input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
			const response = await fetch(`${url}/trpc/${procedure}${query}`);
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

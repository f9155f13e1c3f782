/**
 * `/trpc/*` through tRPC's node-http adapter, with explicit limits: at most 10 calls per batch,
 * 100 kB per body, JSON bodies only. Unexpected errors are logged here and sent as a generic text.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { appRouter, createContext, type ContextDeps } from '@untoc-alliance/api';

/** Mount point of the API. */
export const trpcPrefix = '/trpc/';
/** The most procedure calls one batched request may carry. */
export const maxBatchSize = 10;
/** The largest request body, in bytes. */
export const maxBodySize = 100 * 1024;

function isJsonBody(req: IncomingMessage): boolean {
	const type = req.headers['content-type'] ?? '';
	return /^application\/json\s*(;|$)/i.test(type);
}

/** Makes the handler of `/trpc/*` requests for one set of context dependencies. */
export function createTrpcHandler(deps: ContextDeps) {
	const createContextFn = createContext(deps);
	return async function handleTrpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
		if (req.method === 'POST' && !isJsonBody(req)) {
			res.writeHead(415, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end(JSON.stringify({ error: 'POST bodies must be application/json' }));
			return;
		}
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		await nodeHTTPRequestHandler({
			router: appRouter,
			createContext: createContextFn,
			req,
			res,
			path: pathname.slice(trpcPrefix.length).replace(/\/$/, ''),
			maxBatchSize,
			maxBodySize,
			allowMethodOverride: true,
			onError: ({ error, path }) => {
				if (error.code !== 'INTERNAL_SERVER_ERROR') return;
				console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
			}
		});
	};
}

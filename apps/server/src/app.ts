/**
 * The one HTTP server: `/healthz`, the tRPC API at `/trpc/*` (described at `/api/openapi.json`),
 * and the built dashboard for every other path. `startServer` listens first and opens the
 * database after, so `/healthz` answers 503 until migrations and seed are done.
 */
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { createResultCache, type CacheStats, type ResultCache } from '@untoc-alliance/api';
import { openDatabase, seedDatabase, type Database, type SeedSpec } from '@untoc-alliance/db';
import { authenticator, authPrefix, createAuthHandler } from './auth-routes.ts';
import { answerClientError } from './client-error.ts';
import { createDataHandler, dataPaths } from './data-routes.ts';
import { refuseCrossOrigin } from './same-origin.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { openApiPath, sendOpenApi } from './openapi.ts';
import { closeGracefully } from './shutdown.ts';
import { createFirstView, type FirstView } from './first-view.ts';
import { createStaticHandler } from './static-files.ts';
import { createTrpcHandler, trpcPrefix } from './trpc-handler.ts';

/** URLs longer than this get 414 (tRPC clients should set `maxURLLength` to match). */
export const maxUrlLength = 2_000;

/** What the server needs to start; `main.ts` fills it from the environment. */
export interface ServerOptions {
	port: number;
	host: string;
	databasePath: string;
	/** A `postgres://` URL: use PostgreSQL instead of the SQLite file (env `DATABASE_URL`). */
	databaseUrl?: string;
	seed: SeedSpec;
	dashboardDist: string;
	/** Keep a result cache of API answers (default true). */
	cache?: boolean;
	/** Today's date, `YYYY-MM-DD` (default: the UTC date of the clock). */
	today?: () => string;
	/** Believe `X-Forwarded-Proto/Host/For` of a proxy in front (env `TRUST_PROXY=1`). */
	trustProxy?: boolean;
	/** The clock of sessions and sign-in (default: the real one; tests move it). */
	now?: () => Date;
	/** Counts below this are suppressed for anonymous visitors (env `PUBLIC_MIN_COUNT`, default 3). */
	publicMinCount?: number;
}

/** A started server. */
export interface RunningServer {
	url: string;
	/** Settles when the database is migrated and seeded (rejects if that fails). */
	ready: Promise<void>;
	/** The open database, once ready (tests create users in it). */
	database(): Promise<Database>;
	/** Hit and miss counts of the result cache, when it is on. */
	cacheStats(): CacheStats | undefined;
	/** Stops accepting, lets in-flight requests finish (10 s cap), closes the database. */
	close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

async function prepareDatabase(options: ServerOptions): Promise<Database> {
	if (options.databaseUrl === undefined && options.databasePath !== ':memory:') {
		await mkdir(dirname(options.databasePath), { recursive: true });
	}
	const db = await openDatabase(
		options.databaseUrl === undefined
			? { path: options.databasePath }
			: { url: options.databaseUrl }
	);
	await seedDatabase(db, options.seed, { today: (options.today ?? today)() });
	return db;
}

function route(handlers: {
	api: () => Handler | undefined;
	auth: () => Handler | undefined;
	data: () => Handler | undefined;
	files: Handler;
	trustProxy: boolean;
}): Handler {
	return async (req, res) => {
		setSecurityHeaders(res);
		const url = req.url ?? '/';
		if (url.length > maxUrlLength) return sendJson(res, 414, { error: 'URI too long' });
		if (refuseCrossOrigin(req, res, { trustProxy: handlers.trustProxy })) return;
		const pathname = url.split('?')[0] ?? '/';
		const api = handlers.api();
		if (pathname === '/healthz') {
			return sendJson(res, api ? 200 : 503, { status: api ? 'ok' : 'starting' });
		}
		if (pathname === openApiPath) return sendOpenApi(res);
		if (dataPaths.has(pathname)) {
			const data = handlers.data();
			if (!data) return sendJson(res, 503, { error: 'Starting: the database is not ready yet' });
			return data(req, res);
		}
		if (pathname.startsWith(authPrefix)) {
			const auth = handlers.auth();
			if (!auth) return sendJson(res, 503, { error: 'Starting: the database is not ready yet' });
			return auth(req, res);
		}
		if (!pathname.startsWith(trpcPrefix)) return handlers.files(req, res);
		if (!api) return sendJson(res, 503, { error: 'Starting: the database is not ready yet' });
		return api(req, res);
	};
}

function guard(handler: Handler) {
	return (req: IncomingMessage, res: ServerResponse) => {
		handler(req, res).catch((error: unknown) => {
			console.error(`${req.method ?? '?'} ${req.url ?? '?'} failed:`, error);
			if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
			else res.destroy();
		});
	};
}

/** Starts the server and returns at once; await `ready` before relying on `/trpc`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const cache: ResultCache | undefined = options.cache === false ? undefined : createResultCache();
	let api: Handler | undefined;
	let auth: Handler | undefined;
	let data: Handler | undefined;
	const trustProxy = options.trustProxy ?? false;
	let firstView: ((req: IncomingMessage) => Promise<FirstView>) | undefined;
	const files = createStaticHandler({ root: options.dashboardDist, firstView: () => firstView });
	const server = createServer(
		guard(route({ api: () => api, auth: () => auth, data: () => data, files, trustProxy }))
	);
	server.on('clientError', answerClientError);
	await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
	const dbPromise = prepareDatabase(options);
	const ready = dbPromise.then((db) => {
		const authenticate = authenticator(db, options.now);
		api = createTrpcHandler({
			db,
			cache,
			today: options.today ?? today,
			authenticate,
			publicMinCount: options.publicMinCount
		});
		data = createDataHandler({ db, authenticate, today: options.today ?? today });
		auth = createAuthHandler({ db, trustProxy, ...(options.now ? { now: options.now } : {}) });
		return createFirstView({
			db,
			cache,
			today: options.today ?? today,
			authenticate,
			publicMinCount: options.publicMinCount
		}).then((render) => {
			firstView = render;
		});
	});
	const { port } = server.address() as AddressInfo;
	const host = options.host.includes(':') ? `[${options.host}]` : options.host;
	return {
		url: `http://${host}:${port}`,
		ready,
		database: () => dbPromise,
		cacheStats: () => cache?.stats(),
		async close() {
			await closeGracefully(server);
			const db = await dbPromise.catch(() => undefined);
			await db?.close();
		}
	};
}

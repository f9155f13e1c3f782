import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app.ts';
import { parseEnv } from './env.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { assetText, makeTempSite, queryUrl, rawGet, type TempSite } from './test-server.ts';

let site: TempSite;
let server: RunningServer;

beforeAll(async () => {
	site = await makeTempSite();
	const env = parseEnv({
		PORT: '0',
		SEED: 'demo',
		DATABASE_PATH: site.databasePath,
		DASHBOARD_DIST: site.dist
	});
	server = await startServer({
		port: env.PORT,
		host: env.HOST,
		databasePath: env.DATABASE_PATH,
		seed: env.SEED,
		dashboardDist: env.DASHBOARD_DIST,
		today: () => '2026-11-28'
	});
	await server.ready;
});

afterAll(async () => {
	await server.close();
	await site.remove();
});

interface ErrorBody {
	error: { message: string; data: { code: string; issues?: { path: string; message: string }[] } };
}

interface CompositionBody {
	result: { data: { total: number; bySector: { sector: string; count: number }[] } };
}

describe('GET /healthz', () => {
	it('answers 200 {status: ok} once the database is ready, with the security headers', async () => {
		const res = await fetch(`${server.url}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok' });
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('no-referrer');
		expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
		// Scripts and styles stay 'self' only; images may be blob:/data: (the PNG export).
		expect(contentSecurityPolicy).toMatch(/^default-src 'self'; img-src 'self' blob: data:;/);
		expect(contentSecurityPolicy).not.toContain('unsafe');
	});
});

describe('/trpc', () => {
	it('answers alliance.composition with sectors=[academia] with academia alone', async () => {
		const res = await fetch(
			queryUrl(server.url, 'alliance.composition', { sectors: ['academia'] })
		);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
		const { data } = ((await res.json()) as CompositionBody).result;
		expect(data.bySector.map((s) => s.sector)).toEqual(['academia']);
		expect(data.total).toBe(data.bySector[0]?.count);
	});

	it('rejects an unknown sector with 400 naming sectors, and keeps serving', async () => {
		const res = await fetch(queryUrl(server.url, 'alliance.composition', { sectors: ['nope'] }));
		expect(res.status).toBe(400);
		const text = await res.text();
		const body = JSON.parse(text) as ErrorBody;
		expect(body.error.message).toBe('sectors[0]: Unknown sector "nope"');
		expect(body.error.data.issues).toEqual([
			{ path: 'sectors[0]', message: 'Unknown sector "nope"' }
		]);
		expect(text).not.toContain('stack');
		const next = await fetch(queryUrl(server.url, 'alliance.composition', {}));
		expect(next.status).toBe(200);
	});

	it('rejects a batch of 11 calls with 400', async () => {
		const paths = Array.from({ length: 11 }, () => 'alliance.composition').join(',');
		const input = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i, {}]));
		const url = `${server.url}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
		expect((await fetch(url)).status).toBe(400);
	});

	it('answers a batch of 2 calls', async () => {
		const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: { alliance: 'MEX' } }));
		const url = `${server.url}/trpc/alliance.composition,members.list?batch=1&input=${input}`;
		const res = await fetch(url);
		expect(res.status).toBe(200);
		expect(await res.json()).toHaveLength(2);
	});

	it('rejects a URL longer than 2,000 characters with 414', async () => {
		const url = `${server.url}/trpc/alliance.composition?input=${'x'.repeat(3_000)}`;
		expect((await fetch(url)).status).toBe(414);
	});

	it('rejects a body over 100 kB with 413', async () => {
		const body = JSON.stringify({ q: 'x'.repeat(150_000) });
		const res = await fetch(`${server.url}/trpc/members.list`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body
		});
		expect(res.status).toBe(413);
	});

	it('answers a query sent as a small JSON POST', async () => {
		const res = await fetch(`${server.url}/trpc/members.list`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ alliance: 'PAK', pageSize: 5 })
		});
		expect(res.status).toBe(200);
	});

	it('rejects a POST that is not JSON with 415 (no form posts)', async () => {
		const res = await fetch(`${server.url}/trpc/members.list`, {
			method: 'POST',
			headers: { 'Content-Type': 'text/plain' },
			body: '{}'
		});
		expect(res.status).toBe(415);
	});

	it('answers an unknown procedure with 404', async () => {
		expect((await fetch(queryUrl(server.url, 'nope.nope', {}))).status).toBe(404);
	});
});

describe('the dashboard files', () => {
	it('serves a hashed asset gzipped, immutable, with its content type', async () => {
		const res = await fetch(`${server.url}/assets/app-abc123.js`, {
			headers: { 'Accept-Encoding': 'gzip' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(res.headers.get('cache-control')).toContain('immutable');
		expect(await res.text()).toBe(assetText);
	});

	it('falls back to index.html for extension-less paths, not cached', async () => {
		const res = await fetch(`${server.url}/composition?sectors=academia`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(await res.text()).toContain('<title>UNTOC</title>');
	});

	it('answers 404 for a missing file', async () => {
		expect((await fetch(`${server.url}/assets/missing-123.js`)).status).toBe(404);
		expect((await fetch(`${server.url}/robots.txt`)).status).toBe(404);
	});

	it.each([
		'/../package.json',
		'/../secret.txt',
		'/%2e%2e/secret.txt',
		'/..%2fsecret.txt',
		'/assets/..%2f..%2fsecret.txt',
		'/%2e%2e%2f%2e%2e%2fsecret.txt',
		'/..%5csecret.txt',
		'/%00../secret.txt'
	])('never serves a file outside dist for %s', async (path) => {
		const res = await rawGet(server.url, path);
		expect(res.body).not.toContain(site.secret);
		expect([400, 404]).toContain(res.status);
	});
});

describe('startServer when something is missing', () => {
	const base = { port: 0, host: '127.0.0.1', seed: { kind: 'none' } as const };

	it('answers /healthz and /trpc with 503 while the database is not ready', async () => {
		const databasePath = join(site.dir, 'secret.txt', 'cannot', 'db.sqlite');
		const server = await startServer({ ...base, databasePath, dashboardDist: site.dist });
		await expect(server.ready).rejects.toThrow();
		const health = await fetch(`${server.url}/healthz`);
		expect(health.status).toBe(503);
		expect(await health.json()).toEqual({ status: 'starting' });
		expect((await fetch(`${server.url}/trpc/reference.vocabulary`)).status).toBe(503);
		await server.close();
	});

	it('answers / with 503 and how to build when the dashboard is not built', async () => {
		const dashboardDist = join(site.dir, 'no-dist');
		const server = await startServer({ ...base, databasePath: ':memory:', dashboardDist });
		await server.ready;
		const res = await fetch(server.url);
		expect(res.status).toBe(503);
		expect(await res.text()).toContain('pnpm build');
		await server.close();
	});
});

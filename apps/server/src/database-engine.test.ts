/**
 * The real server on the database engine of the test run: SQLite in memory under `pnpm test`,
 * PostgreSQL (a fresh schema of TEST_DATABASE_URL, passed as `databaseUrl` like DATABASE_URL)
 * under `pnpm test:pg`. It migrates, seeds the demo data and answers the API from it.
 */
import { createTestSchema, testDatabaseUrl, testEngine, type Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app.ts';
import { makeTempSite, queryUrl, type TempSite } from './test-server.ts';

let site: TempSite;
let schema: { url: string; drop: () => Promise<void> } | undefined;
let server: RunningServer;
beforeAll(async () => {
	site = await makeTempSite();
	schema = testDatabaseUrl === undefined ? undefined : await createTestSchema(testDatabaseUrl);
	server = await startServer({
		port: 0,
		host: '127.0.0.1',
		databasePath: ':memory:',
		databaseUrl: schema?.url,
		seed: { kind: 'demo' },
		dashboardDist: site.dist,
		today: () => '2026-11-28'
	});
	await server.ready;
});
afterAll(async () => {
	await server.close();
	await schema?.drop();
	await site.remove();
});

describe(`the server on ${testEngine}`, () => {
	it('opens the configured engine and serves the seeded demo data', async () => {
		const db: Database = await server.database();
		expect(db.engine).toBe(testEngine);
		const res = await fetch(queryUrl(server.url, 'alliance.composition', { alliance: 'PAK' }));
		expect(res.status).toBe(200);
		const body = (await res.json()) as { result: { data: { total: number } } };
		expect(body.result.data.total).toBeGreaterThan(0);
		const alliances = await db.kysely
			.selectFrom('alliances')
			.select('code')
			.orderBy('code')
			.execute();
		expect(alliances.map((a) => a.code)).toEqual(['MEX', 'PAK']);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './app.ts';
import { makeTempSite, startSlowPost, type TempSite } from './test-server.ts';

let site: TempSite;
beforeAll(async () => {
	site = await makeTempSite();
});
afterAll(() => site.remove());

const base = { port: 0, host: '127.0.0.1', seed: { kind: 'none' } as const };

describe('closeGracefully, through startServer().close()', () => {
	it('closes gracefully: idle keep-alive connections do not hold it open, the port then refuses', async () => {
		const server = await startServer({
			...base,
			databasePath: ':memory:',
			dashboardDist: site.dist
		});
		await server.ready;
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		const started = Date.now();
		await server.close();
		expect(Date.now() - started).toBeLessThan(2_000);
		await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
	});

	it('lets an in-flight request finish during shutdown', async () => {
		const server = await startServer({
			...base,
			databasePath: ':memory:',
			dashboardDist: site.dist
		});
		await server.ready;
		const body = JSON.stringify({ q: 'nothing matches this' });
		const request = startSlowPost(`${server.url}/trpc/members.list`, body);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const closing = server.close();
		request.finish();
		expect(await request.status).toBe(200);
		await closing;
	});
});

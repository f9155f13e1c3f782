/**
 * Editing over the real server: two signed-in editors saving the same organisation at once get
 * exactly one 200 and one 409 (with the row that won), and the audit log has one entry; an
 * analyst gets 403.
 */
import type { VersionedOrganisation } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './app.ts';
import {
	cookieFor,
	makeTempSite,
	queryUrl,
	type TempSite,
	startDemoServer
} from './test-server.ts';

let site: TempSite;
let server: RunningServer;

beforeAll(async () => {
	site = await makeTempSite();
	server = await startDemoServer(site);
	await server.ready;
}, 30_000);

afterAll(async () => {
	await server.close();
	await site.remove();
});

/** POSTs a mutation as a same-origin JSON request with the session cookie. */
async function post(path: string, input: unknown, cookie: string) {
	const res = await fetch(`${server.url}/trpc/${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Origin: server.url, Cookie: cookie },
		body: JSON.stringify(input)
	});
	const body = (await res.json()) as {
		result?: { data: VersionedOrganisation };
		error?: { message: string; data: { current?: unknown } };
	};
	return { status: res.status, ...body };
}

describe('editing over HTTP', { timeout: 30_000 }, () => {
	it('two editors saving the same version: one 200, one 409, one audit entry', async () => {
		const [first, second] = await Promise.all([
			cookieFor(server, 'editor'),
			cookieFor(server, 'editor')
		]);
		const db = await server.database();
		const before = await db.kysely.selectFrom('audit_log').select('id').execute();
		const member = await fetch(queryUrl(server.url, 'members.byId', { id: 5 }), {
			headers: { Cookie: first }
		});
		expect(member.status).toBe(200);
		const row = await db.kysely
			.selectFrom('organisations')
			.selectAll()
			.where('id', '=', 5)
			.executeTakeFirstOrThrow();
		const input = {
			id: row.id,
			name: row.name,
			sector: row.sector,
			country: row.country,
			public: row.public === 1,
			verified: row.verified === 1,
			synthetic: row.synthetic === 1,
			sourceUrl: row.source_url,
			version: row.version
		};
		const answers = await Promise.all([
			post('organisations.update', { ...input, name: 'Saved by the first' }, first),
			post('organisations.update', { ...input, name: 'Saved by the second' }, second)
		]);
		expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
		const won = answers.find((a) => a.status === 200)?.result?.data;
		expect(won?.version).toBe(row.version + 1);
		expect(answers.find((a) => a.status === 409)?.error?.data.current).toEqual(won);
		const written = await db.kysely
			.selectFrom('audit_log')
			.selectAll()
			.where('entity', '=', 'organisations')
			.execute();
		expect(written.filter((e) => !before.some((b) => b.id === e.id))).toHaveLength(1);
	});

	it('an analyst and an anonymous visitor get 403', async () => {
		const analyst = await cookieFor(server, 'analyst');
		const create = {
			name: 'Never written',
			sector: 'ngo',
			country: 'PAK',
			public: true,
			verified: false,
			synthetic: false,
			sourceUrl: null
		};
		expect((await post('organisations.create', create, analyst)).status).toBe(403);
		expect((await post('organisations.create', create, '')).status).toBe(403);
	});
});

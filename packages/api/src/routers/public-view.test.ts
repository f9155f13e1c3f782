import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	callerFor,
	errorShapeOf,
	openDemoDatabase,
	testAnalyst,
	testToday
} from '../test-context.ts';
import { cookieAuthenticate, sessionCookieFor, startApi } from '../test-http.ts';
import type { Composition, MembersPage } from '@untoc-alliance/schema';

let db: Database;
/** Names and membership ids of the organisations not marked public in the demo data. */
let hiddenNames: Set<string>;
let hiddenMemberships: number[];

beforeAll(async () => {
	db = await openDemoDatabase();
	const rows = await db.kysely
		.selectFrom('organisations as o')
		.innerJoin('memberships as m', 'm.organisation_id', 'o.id')
		.select(['o.name', 'm.id'])
		.where('o.public', '=', 0)
		.execute();
	hiddenNames = new Set(rows.map((r) => r.name));
	hiddenMemberships = rows.map((r) => r.id);
});
afterAll(async () => {
	await db.close();
});

const small = (n: number | null) => n !== null && n > 0 && n < 3;

describe('what anonymous visitors see', () => {
	it('composition: sectors of 1 or 2 members are null for the public, exact for analysts', async () => {
		// Mexico's alliance has sectors with one and two members.
		const input = { alliance: 'MEX' };
		const exact = await callerFor(db, { user: testAnalyst }).alliance.composition(input);
		const pub = await callerFor(db).alliance.composition(input);
		expect(exact.suppressedBelow).toBeNull();
		expect(pub.suppressedBelow).toBe(3);
		const smallSectors = exact.bySector.filter((s) => small(s.count));
		expect(smallSectors.map((s) => s.count)).toEqual(expect.arrayContaining([1, 2]));
		for (const { sector, count } of exact.bySector) {
			const shown = pub.bySector.find((s) => s.sector === sector)?.count;
			expect(shown, sector).toBe(small(count) ? null : count);
		}
		expect(pub.total).toBe(exact.total);
	});

	it('composition: a total below the threshold is suppressed too', async () => {
		const input = { alliance: 'MEX', sectors: ['media' as const] };
		expect((await callerFor(db, { user: testAnalyst }).alliance.composition(input)).total).toBe(1);
		const pub = await callerFor(db).alliance.composition(input);
		expect(pub.total).toBeNull();
		expect(pub.bySector).toEqual([{ sector: 'media', count: null }]);
	});

	it('matrix and growth: no count from 1 to 2 reaches the public, analysts see them', async () => {
		const input = { alliance: 'PAK' };
		const exactMatrix = await callerFor(db, { user: testAnalyst }).alliance.matrix(input);
		const pubMatrix = await callerFor(db).alliance.matrix(input);
		expect(exactMatrix.cells.some((c) => small(c.count))).toBe(true);
		expect(pubMatrix.cells.some((c) => small(c.count))).toBe(false);
		expect(pubMatrix.cells.filter((c) => c.count === null)).toHaveLength(
			exactMatrix.cells.filter((c) => small(c.count)).length
		);
		const exactGrowth = await callerFor(db, { user: testAnalyst }).alliance.growth(input);
		const pubGrowth = await callerFor(db).alliance.growth(input);
		const all = (g: typeof pubGrowth) => g.months.flatMap((m) => [m.total, ...m.counts]);
		expect(all(exactGrowth).some(small)).toBe(true);
		expect(all(pubGrowth).some(small)).toBe(false);
		expect(all(pubGrowth)).toContain(null);
	});

	it('respects another threshold (PUBLIC_MIN_COUNT=5)', async () => {
		const pub = await callerFor(db, { publicMinCount: 5 }).alliance.composition({
			alliance: 'MEX'
		});
		expect(pub.suppressedBelow).toBe(5);
		expect(pub.bySector.find((s) => s.sector === 'academia')?.count).toBeNull(); // 4 members
		expect(pub.bySector.find((s) => s.sector === 'ngo')?.count).toBe(6);
	});

	it('members.list names only public organisations and counts the others when not few', async () => {
		const exact = await callerFor(db, { user: testAnalyst }).members.list({
			alliance: 'PAK',
			pageSize: 100
		});
		const pub = await callerFor(db).members.list({ alliance: 'PAK', pageSize: 100 });
		expect(exact.rows.some((r) => hiddenNames.has(r.name))).toBe(true);
		expect(exact.unnamed).toBe(0);
		expect(pub.rows.some((r) => hiddenNames.has(r.name))).toBe(false);
		expect(pub.rows.length).toBe(pub.total);
		expect(pub.unnamed).toBe(exact.total - pub.total);
		expect(pub.unnamed).toBeGreaterThanOrEqual(3);
	});

	it('members.list suppresses a small number of unnamed organisations', async () => {
		const filters = [
			...['ngo', 'academia', 'legal', 'think_tank', 'media', 'youth'].map((s) => ({
				alliance: 'PAK',
				sectors: [s as 'ngo']
			}))
		];
		let found = false;
		for (const filter of filters) {
			const exact = await callerFor(db, { user: testAnalyst }).members.list(filter);
			const pub = await callerFor(db).members.list(filter);
			const unnamed = exact.total - pub.total;
			expect(pub.unnamed).toBe(small(unnamed) ? null : unnamed);
			found ||= small(unnamed);
		}
		expect(found).toBe(true);
	});

	it('members.byId of an organisation not marked public is NOT_FOUND for the public only', async () => {
		const id = hiddenMemberships[0] ?? 0;
		const exact = await callerFor(db, { user: testAnalyst }).members.byId({ id });
		expect(hiddenNames.has(exact.name)).toBe(true);
		const shape = await errorShapeOf(callerFor(db).members.byId({ id }));
		expect(shape.data.httpStatus).toBe(404);
		expect(shape.message).toBe(`No member with id ${id}`);
	});

	it('engagement rankings, network and events name only public organisations', async () => {
		const input = { alliance: 'PAK', limit: 50 };
		const exact = await callerFor(db, { user: testAnalyst }).engagement.members(input);
		const pub = await callerFor(db).engagement.members(input);
		const names = (m: typeof pub) => [...m.most, ...m.least, ...m.inactive.rows].map((r) => r.name);
		expect(names(exact).some((n) => hiddenNames.has(n))).toBe(true);
		expect(names(pub).some((n) => hiddenNames.has(n))).toBe(false);
		// 54 of Pakistan's 61 current members are public: the ranking of 50 stays full.
		expect(pub.most).toHaveLength(50);

		const network = await callerFor(db).engagement.network({ alliance: 'PAK' });
		expect(network.nodes.some((n) => hiddenNames.has(n.name))).toBe(false);
		const shown = new Set(network.nodes.map((n) => n.id));
		expect(network.links.every((l) => shown.has(l.source) && shown.has(l.target))).toBe(true);

		const event = await db.kysely
			.selectFrom('participations as p')
			.innerJoin('organisations as o', 'o.id', 'p.organisation_id')
			.select('p.event_id')
			.where('o.public', '=', 0)
			.executeTakeFirstOrThrow();
		const full = await callerFor(db, { user: testAnalyst }).engagement.eventById({
			id: event.event_id
		});
		const anon = await callerFor(db).engagement.eventById({ id: event.event_id });
		expect(full.participations.some((p) => p.name !== null && hiddenNames.has(p.name))).toBe(true);
		expect(anon.participations.some((p) => p.name !== null && hiddenNames.has(p.name))).toBe(false);
		expect(anon.participations).toHaveLength(full.participations.length);
		expect(anon.organisers.some((n) => hiddenNames.has(n))).toBe(false);
	});
});

describe('over HTTP', () => {
	let api: Awaited<ReturnType<typeof startApi>>;
	beforeAll(async () => {
		api = await startApi(db, testToday, { authenticate: cookieAuthenticate(db) });
	});
	afterAll(async () => {
		await api.close();
	});

	it('anonymous requests get null for small counts, an analyst cookie the exact ones', async () => {
		const input = { alliance: 'MEX' };
		const anon = await api.get<Composition>('alliance.composition', input);
		const cookie = await sessionCookieFor(db, 'analyst');
		const analyst = await api.get<Composition>('alliance.composition', input, { cookie });
		const media = (c: Composition | undefined) =>
			c?.bySector.find((s) => s.sector === 'media')?.count;
		expect(media(anon.data)).toBeNull();
		expect(anon.data?.suppressedBelow).toBe(3);
		expect(media(analyst.data)).toBe(1);
		expect(analyst.data?.suppressedBelow).toBeNull();
		const list = await api.get<MembersPage>('members.list', { alliance: 'PAK' });
		expect(list.data?.rows.some((r) => hiddenNames.has(r.name))).toBe(false);
	});
});

import type { Database } from '@untoc-alliance/db';
import type {
	EngagementMembers,
	EngagementMilestones,
	EngagementNetwork,
	EventDetail,
	EventsPage
} from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase, testToday } from '../test-context.ts';
import { startApi } from '../test-http.ts';

let db: Database;
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
	db = await openDemoDatabase();
	api = await startApi(db, testToday);
});
afterAll(async () => {
	await api.close();
	await db.close();
});

/** Distinct events of the organisation behind membership `id`, from the raw rows. */
async function eventsOfMember(id: number, period: { from?: string; to?: string }) {
	let query = db.kysely
		.selectFrom('memberships as m')
		.innerJoin('participations as p', 'p.organisation_id', 'm.organisation_id')
		.innerJoin('events as e', 'e.id', 'p.event_id')
		.where('m.id', '=', id);
	if (period.from !== undefined) query = query.where('e.start_date', '>=', period.from);
	if (period.to !== undefined) query = query.where('e.start_date', '<=', period.to);
	const row = await query
		.select((eb) => eb.fn.count<number>('e.id').distinct().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

describe('engagement.members over HTTP', () => {
	it('ranks the current members of the alliance by their events in the period', async () => {
		const period = { from: '2023-01-01', to: '2025-12-31' };
		const r = await api.get<EngagementMembers>('engagement.members', {
			alliance: 'PAK',
			...period,
			limit: 5
		});
		expect(r.status).toBe(200);
		const body = r.data;
		expect(body?.most).toHaveLength(5);
		expect(body?.asOf).toBe('2025-12-31');
		expect(body?.since).toBe('2024-12-31');
		for (const m of body?.most ?? []) expect(m.events).toBe(await eventsOfMember(m.id, period));
		const events = body?.most.map((m) => m.events) ?? [];
		expect(events).toEqual([...events].sort((a, b) => b - a));
		expect(body?.synthetic).toBe(true);
	});

	it.each([
		{ input: { limit: 0 }, path: 'limit' },
		{ input: { limit: 51 }, path: 'limit' },
		{ input: { sectors: ['pirates'] }, path: 'sectors[0]' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' },
		{ input: { from: '2024-05-01', to: '2024-01-01' }, path: 'to' }
	])('answers 400 naming $path for $input', async ({ input, path }) => {
		const r = await api.get('engagement.members', input);
		expect(r.status).toBe(400);
		expect(r.error?.data.issues?.[0]?.path).toBe(path);
	});
});

describe('engagement.network over HTTP', () => {
	it('lists the most engaged organisations with links between them', async () => {
		const r = await api.get<EngagementNetwork>('engagement.network', { alliance: 'PAK', limit: 8 });
		expect(r.status).toBe(200);
		expect(r.data?.nodes).toHaveLength(8);
		const ids = new Set(r.data?.nodes.map((n) => n.id));
		for (const l of r.data?.links ?? []) {
			expect(l.source).toBeLessThan(l.target);
			expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
		}
		expect(r.data?.links.length).toBeGreaterThan(0);
	});

	it.each([
		{ input: { limit: 1 }, path: 'limit' },
		{ input: { limit: 101 }, path: 'limit' },
		{ input: { themes: ['piracy'] }, path: 'themes[0]' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' }
	])('answers 400 naming $path for $input', async ({ input, path }) => {
		const r = await api.get('engagement.network', input);
		expect(r.status).toBe(400);
		expect(r.error?.data.issues?.[0]?.path).toBe(path);
	});
});

describe('engagement.events and engagement.eventById over HTTP', () => {
	it('pages the matching events and opens one of them', async () => {
		const r = await api.get<EventsPage>('engagement.events', {
			alliance: 'PAK',
			types: ['workshop'],
			sort: 'participants',
			pageSize: 3
		});
		expect(r.status).toBe(200);
		const direct = await db.kysely
			.selectFrom('events')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('alliance', '=', 'PAK')
			.where('type', '=', 'workshop')
			.executeTakeFirstOrThrow();
		expect(r.data?.total).toBe(Number(direct.n));
		expect(r.data?.rows).toHaveLength(3);
		const first = r.data?.rows[0];
		const detail = await api.get<EventDetail>('engagement.eventById', { id: first?.id });
		expect(detail.status).toBe(200);
		expect(detail.data).toMatchObject({ id: first?.id, title: first?.title, type: 'workshop' });
		expect(detail.data?.participations.reduce((n, p) => n + p.participants, 0)).toBe(
			first?.participants
		);
	});

	it.each([
		{ input: { types: ['party'] }, path: 'types[0]' },
		{ input: { pageSize: 101 }, path: 'pageSize' },
		{ input: { page: 0 }, path: 'page' },
		{ input: { sort: 'city' }, path: 'sort' },
		{ input: { from: '2024-05-01', to: '2024-01-01' }, path: 'to' },
		{ input: { alliance: 'ZZZ' }, path: 'alliance' }
	])('answers 400 naming $path for $input', async ({ input, path }) => {
		const r = await api.get('engagement.events', input);
		expect(r.status).toBe(400);
		expect(r.error?.data.issues?.[0]?.path).toBe(path);
	});

	it('answers 404 for an unknown event and 400 for a bad id', async () => {
		const missing = await api.get('engagement.eventById', { id: 99_999 });
		expect(missing.status).toBe(404);
		expect(missing.error?.message).toBe('No event with id 99999');
		const bad = await api.get('engagement.eventById', { id: -1 });
		expect(bad.status).toBe(400);
		expect(bad.error?.data.issues?.[0]?.path).toBe('id');
	});
});

describe('engagement.milestones over HTTP', () => {
	it('answers the milestones inside the period, by date', async () => {
		const period = { from: '2022-01-01', to: '2022-12-31' };
		const r = await api.get<EngagementMilestones>('engagement.milestones', period);
		expect(r.status).toBe(200);
		const dates = r.data?.milestones.map((m) => m.date) ?? [];
		expect(dates.length).toBeGreaterThan(0);
		expect(dates).toEqual([...dates].sort());
		expect(dates.every((d) => d >= period.from && d <= period.to)).toBe(true);
	});

	it('answers 400 naming `to` for a period that ends before it starts', async () => {
		const r = await api.get('engagement.milestones', { from: '2024-05-01', to: '2024-01-01' });
		expect(r.status).toBe(400);
		expect(r.error?.data.issues?.[0]?.path).toBe('to');
	});
});

describe('the server after bad input', () => {
	it('keeps answering every new procedure', async () => {
		for (const procedure of ['members', 'network', 'events', 'milestones'])
			expect((await api.get(`engagement.${procedure}`, { alliance: 'ZZZ' })).status).toBe(400);
		for (const procedure of ['members', 'network', 'events', 'milestones'])
			expect((await api.get(`engagement.${procedure}`, { alliance: 'PAK' })).status).toBe(200);
		expect((await api.get('engagement.eventById', { id: 1 })).status).toBe(200);
	});

	it('answers 400 for review.contributions of an unknown alliance, then 200 for a known one', async () => {
		const bad = await api.get('review.contributions', { alliance: 'ZZZ' });
		expect(bad.status).toBe(400);
		expect(bad.error?.data.issues?.[0]?.path).toBe('alliance');
		expect((await api.get('review.contributions', { alliance: 'PAK' })).status).toBe(200);
	});
});

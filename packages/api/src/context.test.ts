import { addParticipation, type Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from './context.ts';
import { createResultCache } from './result-cache.ts';
import { callerFor, openDemoDatabase } from './test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

describe('createContextInner', () => {
	it('defaults today to the UTC date of the clock', () => {
		expect(createContextInner({ db }).today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('without a cache runs every load', async () => {
		const ctx = createContextInner({ db, today: () => '2026-11-28' });
		let calls = 0;
		const load = () => Promise.resolve(++calls);
		await ctx.cached({ path: 'p', input: { a: 1 }, load });
		await ctx.cached({ path: 'p', input: { a: 1 }, load });
		expect(calls).toBe(2);
	});

	it('with a cache keys by path and input', async () => {
		const ctx = createContextInner({ db, today: () => '2026-11-28', cache: createResultCache() });
		let calls = 0;
		const load = () => Promise.resolve(++calls);
		expect(await ctx.cached({ path: 'p', input: { a: 1 }, load })).toBe(1);
		expect(await ctx.cached({ path: 'p', input: { a: 1 }, load })).toBe(1);
		expect(await ctx.cached({ path: 'q', input: { a: 1 }, load })).toBe(2);
		expect(await ctx.cached({ path: 'p', input: { a: 2 }, load })).toBe(3);
	});
});

describe('the result cache behind the routers', () => {
	it('is emptied by a write: the timeline counts a participation added after a cached answer', async () => {
		const cache = createResultCache();
		const caller = callerFor(db, { cache });
		const event = await db.kysely
			.selectFrom('events')
			.where('alliance', '=', 'PAK')
			.select(['id', 'start_date'])
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const before = await caller.engagement.timeline({ alliance: 'PAK' });
		expect((await caller.engagement.timeline({ alliance: 'PAK' })).totals).toEqual(before.totals);
		expect(cache.stats().hits).toBe(1);
		await addParticipation(db, {
			eventId: event.id,
			organisationId: null,
			side: 'government',
			sector: null,
			participants: 7,
			organiser: false,
			verified: false,
			synthetic: true,
			sourceUrl: null
		});
		const after = await caller.engagement.timeline({ alliance: 'PAK' });
		expect(after.totals.participants).toBe(before.totals.participants + 7);
		expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
	});
});

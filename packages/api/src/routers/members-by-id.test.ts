import type { Database } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase } from '../test-context.ts';

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
});
afterAll(() => db.close());

/** The membership whose organisation has the most participations, and its direct counts. */
async function busiestMember() {
	const k = db.kysely;
	const top = await k
		.selectFrom('memberships as m')
		.innerJoin('participations as p', 'p.organisation_id', 'm.organisation_id')
		.select((eb) => [
			'm.id',
			'm.organisation_id',
			eb.fn.count('p.event_id').distinct().as('events')
		])
		.groupBy('m.id')
		.orderBy('events', 'desc')
		.orderBy('m.id')
		.executeTakeFirstOrThrow();
	const contributions = await k
		.selectFrom('contribution_organisations')
		.where('organisation_id', '=', top.organisation_id)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return { id: top.id, events: Number(top.events), contributions: Number(contributions.n) };
}

describe('members.byId', () => {
	it('gives the member listed by members.list, with the same fields', async () => {
		const caller = callerFor(db);
		const [row] = (await caller.members.list({ alliance: 'PAK', pageSize: 1 })).rows;
		if (row === undefined) throw new Error('no PAK member');
		const detail = await caller.members.byId({ id: row.id });
		expect(detail).toMatchObject({ ...row, leftOn: null });
	});

	it('counts events attended and contributions like direct SQL, newest first', async () => {
		const busiest = await busiestMember();
		const detail = await callerFor(db).members.byId({ id: busiest.id });
		expect(detail.events.total).toBe(busiest.events);
		expect(detail.events.rows).toHaveLength(Math.min(200, busiest.events));
		const dates = detail.events.rows.map((e) => e.startDate);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(detail.contributions.total).toBe(busiest.contributions);
	});

	it('answers NOT_FOUND naming an unknown id', async () => {
		const shape = await errorShapeOf(callerFor(db).members.byId({ id: 987654 }));
		expect(shape.data.code).toBe('NOT_FOUND');
		expect(shape.message).toBe('No member with id 987654');
	});

	it.each([
		{ input: { id: 'abc' }, path: 'id' },
		{ input: { id: 0 }, path: 'id' },
		{ input: { id: 1, alliance: 'PAK' }, path: 'alliance' },
		{ input: {}, path: 'id' }
	])('rejects $input with BAD_REQUEST at $path', async ({ input, path }) => {
		const shape = await errorShapeOf(callerFor(db).members.byId(input as never));
		expect(shape.data.code).toBe('BAD_REQUEST');
		expect(shape.data.issues?.map((i) => i.path)).toEqual([path]);
	});
});

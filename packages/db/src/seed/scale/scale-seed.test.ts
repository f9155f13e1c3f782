import { describe, expect, it } from 'vitest';
import type { Database } from '../../database.ts';
import { allianceComposition } from '../../queries/composition.ts';
import { engagementTimeline } from '../../queries/timeline.ts';
import { seedScale } from './scale-seed.ts';
import { openTestDatabase } from '../../testing/open-test-database.ts';

const today = '2025-06-30';

async function seeded(records: number): Promise<Database> {
	const db = await openTestDatabase();
	await seedScale(db, { records, today });
	return db;
}

async function counts(db: Database) {
	const k = db.kysely;
	const n = async (
		table: 'participations' | 'organisations' | 'events' | 'alliances' | 'memberships'
	) =>
		Number(
			(
				await k
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const sum = await k
		.selectFrom('participations')
		.select((eb) => eb.fn.sum<number>('participants').as('s'))
		.executeTakeFirstOrThrow();
	return {
		participations: await n('participations'),
		organisations: await n('organisations'),
		events: await n('events'),
		alliances: await n('alliances'),
		memberships: await n('memberships'),
		participants: Number(sum.s)
	};
}

describe('seedScale', () => {
	it('writes exactly N participations, N/100 events and max(200, N/200) organisations', async () => {
		const db = await seeded(20_000);
		expect(await counts(db)).toMatchObject({
			participations: 20_000,
			events: 200,
			organisations: 200,
			alliances: 40
		});
		await db.close();
	});

	it('is deterministic: the same N gives the same rows and the same aggregates', async () => {
		const [a, b] = [await seeded(20_000), await seeded(20_000)];
		expect(await counts(a)).toEqual(await counts(b));
		const input = { interval: 'year' as const, sectors: ['ngo' as const] };
		expect(await engagementTimeline(a, input)).toEqual(await engagementTimeline(b, input));
		await Promise.all([a.close(), b.close()]);
	});

	it('marks every row synthetic and the timeline total equals all participants', async () => {
		const db = await seeded(20_000);
		const real = await db.kysely
			.selectFrom('participations')
			.select('id')
			.where('synthetic', '=', 0)
			.execute();
		const timeline = await engagementTimeline(db, { interval: 'year' });
		expect(real).toEqual([]);
		expect(timeline.totals).toEqual({ events: 200, participants: (await counts(db)).participants });
		expect((await allianceComposition(db, {}, { today })).synthetic).toBe(true);
		await db.close();
	});
});

/**
 * What both engines must do alike (this file runs on SQLite, and on PostgreSQL under
 * `pnpm test:pg`): automatic ids of `integer primary key` columns, 64-bit counts read as numbers,
 * the bulk row writer, and all-or-nothing writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { openTestDatabase, testEngine } from '../testing/open-test-database.ts';
import { rowSink } from './rows.ts';

let db: Database;
beforeAll(async () => {
	db = await openTestDatabase();
});
afterAll(() => db.close());

const user = (name: string) => ({
	email: `${name.toLowerCase()}@example.org`,
	name,
	role: 'analyst',
	password_hash: 'not a hash',
	created_at: '2026-11-28T19:00:00.000Z'
});

describe(`the ${testEngine} engine`, () => {
	it('numbers rows inserted without an id max(id) + 1, also after rows with explicit ids', async () => {
		const ids = await db.write(async (trx) => {
			const first = await trx.insertInto('users').values(user('A')).returning('id').execute();
			await trx
				.insertInto('users')
				.values({ ...user('B'), id: 40 })
				.execute();
			const after = await trx
				.insertInto('users')
				.values([user('C'), user('D')])
				.returning('id')
				.execute();
			return [...first, ...after].map((r) => r.id);
		});
		expect(ids).toEqual([1, 41, 42]);
	});

	it('reads counts and sums as numbers', async () => {
		const row = await db.kysely
			.selectFrom('users')
			.select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('id').as('total')])
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ n: 4, total: 1 + 40 + 41 + 42 });
	});

	it('writes rows in bulk, parents first, and more than one statement holds', async () => {
		await db.write(async (trx) => {
			const sink = rowSink(db, trx);
			const events = sink.table('events', [
				'id',
				'alliance',
				'type',
				'title',
				'start_date',
				'format',
				'verified',
				'synthetic'
			]);
			const clusters = sink.table('event_clusters', ['event_id', 'cluster']);
			for (let id = 1; id <= 12_000; id++) {
				events([id, null, 'workshop', `Event ${id}`, '2024-01-01', 'online', 0, 1]);
				clusters([id, (id % 4) + 1]);
			}
			await sink.flush();
		});
		const count = async (table: 'events' | 'event_clusters') =>
			(
				await db.kysely
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n;
		expect([await count('events'), await count('event_clusters')]).toEqual([12_000, 12_000]);
	});

	it('keeps nothing of a write that throws', async () => {
		const write = db.write(async (trx) => {
			await trx.insertInto('users').values(user('E')).execute();
			throw new Error('changed my mind');
		});
		await expect(write).rejects.toThrow('changed my mind');
		const names = await db.kysely.selectFrom('users').select('name').execute();
		expect(names.map((n) => n.name).sort()).toEqual(['A', 'B', 'C', 'D']);
	});
});

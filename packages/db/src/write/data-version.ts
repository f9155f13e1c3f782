/** The data version: a counter bumped inside every write transaction (keys the API's cache). */
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';

/** Adds one to the data version; call inside the write transaction. */
export async function bumpDataVersion(trx: Kysely<Tables>): Promise<void> {
	await trx
		.updateTable('data_version')
		.set((eb) => ({ version: eb('version', '+', 1) }))
		.where('id', '=', 1)
		.execute();
}

/** The current data version: changes whenever any write transaction commits. */
export async function dataVersion(db: Database): Promise<number> {
	const row = await db.kysely
		.selectFrom('data_version')
		.select('version')
		.where('id', '=', 1)
		.executeTakeFirstOrThrow();
	return row.version;
}

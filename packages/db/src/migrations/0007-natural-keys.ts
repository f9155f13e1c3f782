/**
 * The natural keys the import finds rows by (so that importing the same file twice changes
 * nothing), as unique indexes:
 * - an organisation is its lower-cased name (`name_key`) and country;
 * - a membership is its alliance and organisation;
 * - an event is its alliance, start date and exact title (a global event has no alliance, and SQL
 *   treats nulls as distinct in a unique index, so the import itself also checks global events).
 * Plain unique indexes on columns: the same DDL on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

const indexes = [
	{ name: 'organisations_natural_key', table: 'organisations', columns: ['name_key', 'country'] },
	{
		name: 'memberships_natural_key',
		table: 'memberships',
		columns: ['alliance', 'organisation_id']
	},
	{ name: 'events_natural_key', table: 'events', columns: ['alliance', 'start_date', 'title'] }
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
	for (const { name, table, columns } of indexes) {
		await db.schema
			.createIndex(name)
			.on(table)
			.columns([...columns])
			.unique()
			.execute();
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const { name } of indexes) await db.schema.dropIndex(name).execute();
}

/** Column groups shared by several tables of the migrations. */
import type { CreateTableBuilder } from 'kysely';

/** Adds the provenance columns (`verified`, `synthetic`, `source_url`) of every entity. */
export function provenance<TName extends string>(
	table: CreateTableBuilder<TName, never>
): CreateTableBuilder<TName, never> {
	return table
		.addColumn('verified', 'integer', (c) => c.notNull())
		.addColumn('synthetic', 'integer', (c) => c.notNull())
		.addColumn('source_url', 'text');
}

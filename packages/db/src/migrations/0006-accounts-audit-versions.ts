/**
 * Accounts, sessions and the audit log, and a `version` on every editable table:
 * - `users`: local accounts (e-mail unique in lower case, role, scrypt hash in PHC-like text);
 * - `sessions`: server-side sessions, keyed by the SHA-256 of the cookie's random token (the token
 *   itself is never stored), with an expiry;
 * - `audit_log`: one row per write (who, when, what, the row before and after as JSON text);
 * - `version` (starts at 1) on organisations, memberships, events, participations, review steps
 *   and contributions: a write names the version it read and bumps it, so two editors cannot
 *   silently overwrite each other.
 * Dates and times are ISO text, as everywhere else, so the same DDL runs on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';

export const versionedTables = [
	'organisations',
	'memberships',
	'events',
	'participations',
	'review_steps',
	'contributions'
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'integer', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('sessions')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', (c) => c.primaryKey())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text', (c) => c.notNull())
		.addColumn('before', 'text')
		.addColumn('after', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
	await db.schema
		.createIndex('audit_log_entity')
		.on('audit_log')
		.columns(['entity', 'entity_id'])
		.execute();
	for (const table of versionedTables) {
		await db.schema
			.alterTable(table)
			.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
			.execute();
	}
}

/** Undoes `up` (for tests that need the state of a file written before this migration). */
export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of versionedTables) {
		await db.schema.alterTable(table).dropColumn('version').execute();
	}
	await db.schema.dropTable('audit_log').execute();
	await db.schema.dropTable('sessions').execute();
	await db.schema.dropTable('users').execute();
}

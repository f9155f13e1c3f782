/** The migrations in order, served to Kysely's Migrator from code (no files read at run time). */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';
import * as summaryTables from './0002-summary-tables.ts';
import * as memberLookups from './0003-member-lookups.ts';
import * as eventSideFacts from './0004-event-side-facts.ts';
import * as organisationEventFacts from './0005-organisation-event-facts.ts';
import * as accountsAuditVersions from './0006-accounts-audit-versions.ts';
import * as naturalKeys from './0007-natural-keys.ts';

const migrations: Record<string, Migration> = {
	'0001-initial': initial,
	'0002-summary-tables': summaryTables,
	'0003-member-lookups': memberLookups,
	'0004-event-side-facts': eventSideFacts,
	'0005-organisation-event-facts': organisationEventFacts,
	'0006-accounts-audit-versions': accountsAuditVersions,
	'0007-natural-keys': naturalKeys
};

/** Provides the package's migrations, keyed by name (applied in name order). */
export const migrationProvider: MigrationProvider = {
	getMigrations: () => Promise.resolve(migrations)
};

/** Writing a whole Dataset: raw rows, summary tables and data version in one transaction. */
import type { Database } from '../database.ts';
import type { Dataset } from '../dataset.ts';
import { writeTransaction } from '../dialect/sqlite.ts';
import { bumpDataVersion } from './data-version.ts';
import { entityWriters } from './entity-writers.ts';
import { rebuildSummaries } from './rebuild-summaries.ts';

function writeRows(db: Database, data: Dataset): void {
	const write = entityWriters(db.kysely);
	// Order follows the foreign keys: organisations before alliances (lead), and so on.
	data.countries.forEach(write.country);
	data.organisations.forEach(write.organisation);
	data.alliances.forEach(write.alliance);
	data.memberships.forEach(write.membership);
	data.events.forEach(write.event);
	data.participations.forEach(write.participation);
	data.reviews.forEach(write.review);
	data.contributions.forEach(write.contribution);
}

/** Writes a Dataset (ids as given) in ONE IMMEDIATE transaction, then rebuilds the summaries. */
export async function loadDataset(db: Database, data: Dataset): Promise<void> {
	await writeTransaction(db.kysely, async (trx) => {
		writeRows(db, data);
		await rebuildSummaries(trx);
		await bumpDataVersion(trx);
	});
}

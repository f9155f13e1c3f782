/** Writing a whole Dataset: raw rows, summary tables and data version in one transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Dataset } from '../dataset.ts';
import { flushEvery, rowSink } from '../dialect/rows.ts';
import type { Tables } from '../schema-types.ts';
import { bumpDataVersion } from './data-version.ts';
import { entityWriters } from './entity-writers.ts';
import { rebuildSummaries } from './rebuild-summaries.ts';

async function writeRows(db: Database, trx: Kysely<Tables>, data: Dataset): Promise<void> {
	const sink = rowSink(db, trx);
	const write = entityWriters(sink);
	const each = async <T>(items: readonly T[], writeOne: (item: T) => void) => {
		for (const item of items) {
			writeOne(item);
			if (sink.pending >= flushEvery) await sink.flush();
		}
	};
	// Order follows the foreign keys: organisations before alliances (lead), and so on.
	await each(data.countries, write.country);
	await each(data.organisations, write.organisation);
	await each(data.alliances, write.alliance);
	await each(data.memberships, write.membership);
	await each(data.events, write.event);
	await each(data.participations, write.participation);
	await each(data.reviews, write.review);
	await each(data.contributions, write.contribution);
	await sink.flush();
}

/** Writes a Dataset (ids as given) in ONE write transaction, then rebuilds the summaries. */
export async function loadDataset(db: Database, data: Dataset): Promise<void> {
	await db.write(async (trx) => {
		await writeRows(db, trx, data);
		await rebuildSummaries(trx);
		await bumpDataVersion(trx);
	});
}

/**
 * The deterministic scale seed: N participations over 40 countries, thousands of organisations
 * and N/100 events, streamed through the row sink in one transaction, then summarised.
 */
import type { IsoDate, Sector } from '@untoc-alliance/schema';
import type { Database } from '../../database.ts';
import { flushEvery, rowSink, type RowSink } from '../../dialect/rows.ts';
import { bumpDataVersion } from '../../write/data-version.ts';
import { entityWriters, type EntityWriters } from '../../write/entity-writers.ts';
import { rebuildSummaries } from '../../write/rebuild-summaries.ts';
import { scaleCountries } from './scale-countries.ts';
import * as make from './scale-entities.ts';
import { scalePlan, type ScalePlan } from './scale-plan.ts';
import { reviewsOf } from './scale-reviews.ts';

function writeOrganisations(plan: ScalePlan, write: EntityWriters): Sector[] {
	const orgSectors: Sector[] = [];
	for (let i = 0; i < plan.organisations; i++) {
		const org = make.organisation(plan, i);
		orgSectors.push(org.sector);
		write.organisation(org);
	}
	return orgSectors;
}

async function writeAll(plan: ScalePlan, sink: RowSink): Promise<void> {
	const write = entityWriters(sink);
	const flushSometimes = async () => {
		if (sink.pending >= flushEvery) await sink.flush();
	};
	scaleCountries.forEach((country) => write.country(country));
	const orgSectors = writeOrganisations(plan, write);
	scaleCountries.forEach((_, c) => write.alliance(make.alliance(plan, c)));
	for (let i = 0; i < plan.organisations; i++) {
		write.membership(make.membership(plan, i));
		await flushSometimes();
	}
	for (let j = 0; j < plan.events; j++) {
		write.event(make.event(plan, j));
		await flushSometimes();
	}
	for (let k = 0; k < plan.records; k++) {
		write.participation(make.participation(plan, k, orgSectors));
		await flushSometimes();
	}
	scaleCountries.forEach((country, c) => reviewsOf(plan, c, country.code).forEach(write.review));
	await sink.flush();
}

/** Writes the scale seed of `records` participations (every row synthetic) and its summaries. */
export async function seedScale(
	db: Database,
	options: { records: number; today: IsoDate }
): Promise<void> {
	const plan = scalePlan(options.records, options.today);
	await db.write(async (trx) => {
		await writeAll(plan, rowSink(db, trx));
		await rebuildSummaries(trx);
		await bumpDataVersion(trx);
	});
}

/**
 * The deterministic scale seed: N participations over 40 countries, thousands of organisations
 * and N/100 events, streamed through prepared statements in one transaction, then summarised.
 */
import type { IsoDate, Sector } from '@untoc-alliance/schema';
import type { Database } from '../../database.ts';
import { writeTransaction } from '../../dialect/sqlite.ts';
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

function writeAll(plan: ScalePlan, write: EntityWriters): void {
	scaleCountries.forEach((country) => write.country(country));
	const orgSectors = writeOrganisations(plan, write);
	scaleCountries.forEach((_, c) => write.alliance(make.alliance(plan, c)));
	for (let i = 0; i < plan.organisations; i++) write.membership(make.membership(plan, i));
	for (let j = 0; j < plan.events; j++) write.event(make.event(plan, j));
	for (let k = 0; k < plan.records; k++)
		write.participation(make.participation(plan, k, orgSectors));
	scaleCountries.forEach((country, c) => reviewsOf(plan, c, country.code).forEach(write.review));
}

/** Writes the scale seed of `records` participations (every row synthetic) and its summaries. */
export async function seedScale(
	db: Database,
	options: { records: number; today: IsoDate }
): Promise<void> {
	const plan = scalePlan(options.records, options.today);
	await writeTransaction(db.kysely, async (trx) => {
		writeAll(plan, entityWriters(db.kysely));
		await rebuildSummaries(trx);
		await bumpDataVersion(trx);
	});
}

/** `listAlliances`: every alliance, by code. */
import type { Alliance } from '@untoc-alliance/schema';
import type { Database } from '../database.ts';

/** All alliances ordered by code. */
export async function listAlliances(db: Database): Promise<Alliance[]> {
	const rows = await db.kysely.selectFrom('alliances').selectAll().orderBy('code').execute();
	return rows.map((r) => ({
		code: r.code,
		country: r.country,
		name: r.name,
		leadOrganisationId: r.lead_organisation_id,
		launchedOn: r.launched_on,
		verified: r.verified === 1,
		synthetic: r.synthetic === 1,
		sourceUrl: r.source_url
	}));
}

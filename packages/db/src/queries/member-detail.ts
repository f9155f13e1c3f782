/** `memberDetail`: one membership with its organisation, places, themes and activity. */
import {
	themes,
	type MemberDetail,
	type MembershipRole,
	type RegionCode,
	type Sector,
	type Theme
} from '@untoc-alliance/schema';
import type { Database } from '../database.ts';
import { attendedEvents, authoredContributions } from './member-activity.ts';

function membership(db: Database, id: number) {
	return db.kysely
		.selectFrom('memberships as m')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.where('m.id', '=', id)
		.select([
			'm.id',
			'm.alliance',
			'm.organisation_id',
			'm.role',
			'm.joined_on',
			'm.left_on',
			'm.verified',
			'm.synthetic',
			'm.source_url',
			'o.name',
			'o.sector',
			'o.synthetic as organisation_synthetic'
		])
		.executeTakeFirst();
}

async function placesAndThemes(db: Database, id: number) {
	const [regions, themeRows] = await Promise.all([
		db.kysely
			.selectFrom('membership_regions')
			.select('region')
			.where('membership_id', '=', id)
			.orderBy('region')
			.execute(),
		db.kysely
			.selectFrom('membership_themes')
			.select('theme')
			.where('membership_id', '=', id)
			.execute()
	]);
	const order = (t: string) => themes.codes.indexOf(t as Theme);
	return {
		regions: regions.map((r) => r.region as RegionCode),
		themes: themeRows.map((t) => t.theme as Theme).sort((a, b) => order(a) - order(b))
	};
}

/** The member page of membership `id`, or undefined when there is no such membership. */
export async function memberDetail(
	db: Database,
	options: { id: number }
): Promise<MemberDetail | undefined> {
	const m = await membership(db, options.id);
	if (m === undefined) return undefined;
	const [places, events, contributions] = await Promise.all([
		placesAndThemes(db, m.id),
		attendedEvents(db, m.organisation_id),
		authoredContributions(db, m.organisation_id)
	]);
	return {
		id: m.id,
		organisationId: m.organisation_id,
		name: m.name,
		alliance: m.alliance,
		sector: m.sector as Sector,
		role: m.role as MembershipRole,
		...places,
		joinedOn: m.joined_on,
		leftOn: m.left_on,
		synthetic: m.synthetic === 1 || m.organisation_synthetic === 1,
		verified: m.verified === 1,
		sourceUrl: m.source_url,
		events,
		contributions
	};
}

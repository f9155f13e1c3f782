/**
 * The rows an import compares its file with, read once and kept in maps by natural key
 * (`organisationKey`, `eventKey` of the schema package), with the join-table lists of each row.
 */
import { eventKey, organisationKey } from '@untoc-alliance/schema';
import type { Kysely, Selectable } from 'kysely';
import type { Tables } from '../schema-types.ts';
import type { EventTable, MembershipTable, OrganisationTable } from '../tables.ts';

export type OrganisationRow = Selectable<OrganisationTable>;
export type MembershipRow = Selectable<MembershipTable> & { regions: string[]; themes: string[] };
export type EventRow = Selectable<EventTable> & { clusters: number[]; themes: string[] };

/** Lists of a join table by the id of the row they belong to. */
function grouped<TValue>(rows: { id: number; value: TValue }[]): Map<number, TValue[]> {
	const map = new Map<number, TValue[]>();
	for (const { id, value } of rows) {
		const list = map.get(id);
		if (list) list.push(value);
		else map.set(id, [value]);
	}
	return map;
}

/** The alliance codes that exist. */
export async function allianceCodes(trx: Kysely<Tables>): Promise<Set<string>> {
	const rows = await trx.selectFrom('alliances').select('code').execute();
	return new Set(rows.map((r) => r.code));
}

/** The largest id of a table (0 when empty). */
export async function maxId(
	trx: Kysely<Tables>,
	table: 'organisations' | 'memberships' | 'events'
): Promise<number> {
	const row = await trx
		.selectFrom(table)
		.select((eb) => eb.fn.max<number | null>('id').as('id'))
		.executeTakeFirst();
	return Number(row?.id ?? 0);
}

/** Every organisation by natural key. */
export async function existingOrganisations(
	trx: Kysely<Tables>
): Promise<Map<string, OrganisationRow>> {
	const rows = await trx.selectFrom('organisations').selectAll().execute();
	return new Map(rows.map((o) => [organisationKey(o), o]));
}

/** Every membership by `alliance` + organisation id, with its regions and themes. */
export async function existingMemberships(
	trx: Kysely<Tables>
): Promise<Map<string, MembershipRow>> {
	const rows = await trx.selectFrom('memberships').selectAll().execute();
	const regions = grouped(
		await trx
			.selectFrom('membership_regions')
			.select(['membership_id as id', 'region as value'])
			.execute()
	);
	const themes = grouped(
		await trx
			.selectFrom('membership_themes')
			.select(['membership_id as id', 'theme as value'])
			.execute()
	);
	return new Map(
		rows.map((m) => [
			membershipKey(m.alliance, m.organisation_id),
			{ ...m, regions: regions.get(m.id) ?? [], themes: themes.get(m.id) ?? [] }
		])
	);
}

/** The key of a membership in `existingMemberships`. */
export function membershipKey(alliance: string, organisationId: number): string {
	return `${alliance}\u0000${organisationId}`;
}

/** Every event by natural key, with its clusters and themes. */
export async function existingEvents(trx: Kysely<Tables>): Promise<Map<string, EventRow>> {
	const rows = await trx.selectFrom('events').selectAll().execute();
	const clusters = grouped(
		await trx.selectFrom('event_clusters').select(['event_id as id', 'cluster as value']).execute()
	);
	const themes = grouped(
		await trx.selectFrom('event_themes').select(['event_id as id', 'theme as value']).execute()
	);
	return new Map(
		rows.map((e) => [
			eventKey({ alliance: e.alliance, startDate: e.start_date, title: e.title }),
			{ ...e, clusters: clusters.get(e.id) ?? [], themes: themes.get(e.id) ?? [] }
		])
	);
}

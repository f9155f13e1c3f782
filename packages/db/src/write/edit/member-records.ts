/** Organisations and memberships as versioned records (see `records.ts`). */
import type {
	MembershipCreate,
	OrganisationCreate,
	VersionedMembership,
	VersionedOrganisation
} from '@untoc-alliance/schema';
import type { Insertable } from 'kysely';
import { nameKey } from '../../name-key.ts';
import type { Tables } from '../../schema-types.ts';
import { flag, provenance, provenanceColumns, provenanceOf, type Trx } from './row-helpers.ts';

// Organisations

export async function readOrganisation(
	trx: Trx,
	id: number
): Promise<VersionedOrganisation | undefined> {
	const row = await trx
		.selectFrom('organisations')
		.select(['id', 'name', 'sector', 'country', 'public', ...provenance])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		id: row.id,
		name: row.name,
		sector: row.sector as VersionedOrganisation['sector'],
		country: row.country,
		public: row.public === 1,
		...provenanceOf(row)
	};
}

function organisationColumns(o: OrganisationCreate) {
	return {
		name: o.name,
		name_key: nameKey(o.name),
		sector: o.sector,
		country: o.country,
		public: flag(o.public),
		...provenanceColumns(o)
	};
}

export async function insertOrganisation(trx: Trx, o: OrganisationCreate): Promise<number> {
	const row = await trx
		.insertInto('organisations')
		// The id is left to the database (rowid on SQLite, identity default on PostgreSQL).
		.values(organisationColumns(o) as Insertable<Tables['organisations']>)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateOrganisation(trx: Trx, o: VersionedOrganisation): Promise<number> {
	const result = await trx
		.updateTable('organisations')
		.set({ ...organisationColumns(o), version: o.version + 1 })
		.where('id', '=', o.id)
		.where('version', '=', o.version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

// Memberships

export async function readMembership(
	trx: Trx,
	id: number
): Promise<VersionedMembership | undefined> {
	const row = await trx
		.selectFrom('memberships')
		.select(['id', 'alliance', 'organisation_id', 'role', 'joined_on', 'left_on', ...provenance])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const regions = await trx
		.selectFrom('membership_regions')
		.select('region')
		.where('membership_id', '=', id)
		.orderBy('region')
		.execute();
	const themes = await trx
		.selectFrom('membership_themes')
		.select('theme')
		.where('membership_id', '=', id)
		.orderBy('theme')
		.execute();
	return {
		id: row.id,
		alliance: row.alliance,
		organisationId: row.organisation_id,
		role: row.role as VersionedMembership['role'],
		joinedOn: row.joined_on,
		leftOn: row.left_on,
		regions: regions.map((r) => r.region as VersionedMembership['regions'][number]),
		themes: themes.map((t) => t.theme as VersionedMembership['themes'][number]),
		...provenanceOf(row)
	};
}

function membershipColumns(m: MembershipCreate) {
	return {
		alliance: m.alliance,
		organisation_id: m.organisationId,
		role: m.role,
		joined_on: m.joinedOn,
		left_on: m.leftOn,
		...provenanceColumns(m)
	};
}

async function writeMembershipCodes(trx: Trx, id: number, m: MembershipCreate): Promise<void> {
	await trx.deleteFrom('membership_regions').where('membership_id', '=', id).execute();
	await trx.deleteFrom('membership_themes').where('membership_id', '=', id).execute();
	const regions = [...new Set(m.regions)].map((region) => ({ membership_id: id, region }));
	const themes = [...new Set(m.themes)].map((theme) => ({ membership_id: id, theme }));
	if (regions.length > 0) await trx.insertInto('membership_regions').values(regions).execute();
	if (themes.length > 0) await trx.insertInto('membership_themes').values(themes).execute();
}

export async function insertMembership(trx: Trx, m: MembershipCreate): Promise<number> {
	const row = await trx
		.insertInto('memberships')
		.values(membershipColumns(m) as Insertable<Tables['memberships']>)
		.returning('id')
		.executeTakeFirstOrThrow();
	await writeMembershipCodes(trx, row.id, m);
	return row.id;
}

export async function updateMembership(trx: Trx, m: VersionedMembership): Promise<number> {
	const result = await trx
		.updateTable('memberships')
		.set({ ...membershipColumns(m), version: m.version + 1 })
		.where('id', '=', m.id)
		.where('version', '=', m.version)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) await writeMembershipCodes(trx, m.id, m);
	return Number(result.numUpdatedRows);
}

export async function deleteMembershipRows(trx: Trx, id: number): Promise<void> {
	await trx.deleteFrom('membership_regions').where('membership_id', '=', id).execute();
	await trx.deleteFrom('membership_themes').where('membership_id', '=', id).execute();
}

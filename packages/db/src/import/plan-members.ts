/**
 * Plans a members import: finds each row's organisation (name key + country) and membership
 * (alliance + organisation) among the stored rows and decides create, update or leave unchanged.
 * A column absent from the file keeps the stored value; a new row takes the default (no, empty).
 * New rows get ids after the largest stored one, so the plan is only valid in the transaction
 * that read it.
 */
import {
	importNameKey,
	organisationKey,
	type ImportError,
	type MemberImportRow
} from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema-types.ts';
import {
	allianceCodes,
	existingMemberships,
	existingOrganisations,
	maxId,
	membershipKey,
	type MembershipRow,
	type OrganisationRow
} from './existing-rows.ts';
import { flag, sameList, tally, type Tally } from './plan-common.ts';

type OrganisationValues = Omit<OrganisationRow, 'id' | 'version'>;
type MembershipValues = Omit<MembershipRow, 'id' | 'version' | 'regions' | 'themes'>;

/** A row to insert or update, with its join-table lists. */
export interface PlannedMembership {
	id: number;
	values: MembershipValues;
	regions: string[];
	themes: string[];
}

export interface MembersPlan {
	errors: ImportError[];
	organisations: Tally;
	memberships: Tally;
	createOrganisations: (OrganisationValues & { id: number })[];
	updateOrganisations: (OrganisationValues & { id: number })[];
	createMemberships: PlannedMembership[];
	updateMemberships: PlannedMembership[];
}

function organisationValues(
	row: MemberImportRow,
	stored: OrganisationRow | undefined
): OrganisationValues {
	const o = row.organisation;
	const m = row.membership;
	return {
		name: o.name.trim(),
		name_key: importNameKey(o.name),
		sector: o.sector,
		country: o.country,
		public: o.public === undefined ? (stored?.public ?? 0) : flag(o.public),
		verified: stored?.verified ?? flag(m.verified ?? false),
		synthetic: stored?.synthetic ?? flag(m.synthetic ?? false),
		source_url: stored ? stored.source_url : (m.sourceUrl ?? null)
	};
}

function organisationChanged(stored: OrganisationRow, next: OrganisationValues): boolean {
	return (
		stored.name !== next.name || stored.sector !== next.sector || stored.public !== next.public
	);
}

function membershipValues(
	row: MemberImportRow,
	organisationId: number,
	stored: MembershipRow | undefined
): Omit<PlannedMembership, 'id'> {
	const m = row.membership;
	return {
		values: {
			alliance: m.alliance,
			organisation_id: organisationId,
			role: m.role,
			joined_on: m.joinedOn,
			left_on: m.leftOn === undefined ? (stored?.left_on ?? null) : m.leftOn,
			verified: m.verified === undefined ? (stored?.verified ?? 0) : flag(m.verified),
			synthetic: m.synthetic === undefined ? (stored?.synthetic ?? 0) : flag(m.synthetic),
			source_url: m.sourceUrl === undefined ? (stored?.source_url ?? null) : m.sourceUrl
		},
		regions: m.regions ?? stored?.regions ?? [],
		themes: m.themes ?? stored?.themes ?? []
	};
}

function membershipChanged(stored: MembershipRow, next: Omit<PlannedMembership, 'id'>): boolean {
	const v = next.values;
	return (
		stored.role !== v.role ||
		stored.joined_on !== v.joined_on ||
		stored.left_on !== v.left_on ||
		stored.verified !== v.verified ||
		stored.synthetic !== v.synthetic ||
		stored.source_url !== v.source_url ||
		!sameList(stored.regions, next.regions) ||
		!sameList(stored.themes, next.themes)
	);
}

/** Plans the rows of a members file against the database (read through `trx`). */
export async function planMembers(
	trx: Kysely<Tables>,
	rows: readonly MemberImportRow[]
): Promise<MembersPlan> {
	const alliances = await allianceCodes(trx);
	const organisations = await existingOrganisations(trx);
	const memberships = await existingMemberships(trx);
	let nextOrganisationId = (await maxId(trx, 'organisations')) + 1;
	let nextMembershipId = (await maxId(trx, 'memberships')) + 1;
	const plan: MembersPlan = {
		errors: [],
		organisations: tally(),
		memberships: tally(),
		createOrganisations: [],
		updateOrganisations: [],
		createMemberships: [],
		updateMemberships: []
	};
	/** Organisations already planned by this file: their id. */
	const planned = new Map<string, number>();
	for (const row of rows) {
		if (!alliances.has(row.membership.alliance)) {
			const message = `Unknown alliance ${JSON.stringify(row.membership.alliance)}`;
			plan.errors.push({ row: row.row, column: 'Alliance', message });
			continue;
		}
		const key = organisationKey(row.organisation);
		let organisationId = planned.get(key);
		if (organisationId === undefined) {
			const stored = organisations.get(key);
			const next = organisationValues(row, stored);
			if (!stored) {
				organisationId = nextOrganisationId++;
				plan.createOrganisations.push({ ...next, id: organisationId });
				plan.organisations.create += 1;
			} else {
				organisationId = stored.id;
				if (organisationChanged(stored, next)) {
					plan.updateOrganisations.push({ ...next, id: organisationId });
					plan.organisations.update += 1;
				} else plan.organisations.unchanged += 1;
			}
			planned.set(key, organisationId);
		}
		const stored = memberships.get(membershipKey(row.membership.alliance, organisationId));
		const next = membershipValues(row, organisationId, stored);
		if (!stored) {
			plan.createMemberships.push({ ...next, id: nextMembershipId++ });
			plan.memberships.create += 1;
		} else if (membershipChanged(stored, next)) {
			plan.updateMemberships.push({ ...next, id: stored.id });
			plan.memberships.update += 1;
		} else plan.memberships.unchanged += 1;
	}
	return plan;
}

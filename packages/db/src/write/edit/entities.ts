/**
 * How each editable entity is read, checked, written and deleted, and which summary rows it
 * feeds (see `edit.ts`). Deletes never cascade: `dependents` names what still uses the row.
 */
import type {
	ContributionCreate,
	EventCreate,
	MembershipCreate,
	OrganisationCreate,
	ParticipationCreate,
	VersionedContribution,
	VersionedEvent,
	VersionedMembership,
	VersionedOrganisation,
	VersionedParticipation
} from '@untoc-alliance/schema';
import { sql, type ExpressionBuilder } from 'kysely';
import { nameKey } from '../../name-key.ts';
import type { Tables } from '../../schema-types.ts';
import { EditInvalid } from './errors.ts';
import * as rows from './records.ts';
import type { Touched } from './refresh-summaries.ts';
import type { Trx } from './row-helpers.ts';

/** How one entity is read, checked, written and what summaries it feeds. */
export interface Entity<TCreate, TRecord extends { version: number }> {
	/** The table, as the audit log names it. */
	table: string;
	/** The noun for messages. */
	noun: string;
	read(trx: Trx, id: number): Promise<TRecord | undefined>;
	/**
	 * Throws `EditInvalid` when a referenced row does not exist, or another row (not `id`) has the
	 * same natural key (the unique indexes of migration 0007).
	 */
	check(trx: Trx, value: TCreate, id: number | null): Promise<void>;
	insert(trx: Trx, value: TCreate): Promise<number>;
	/** Writes the record (its `version` is the one read) and answers the rows updated (0 or 1). */
	update(trx: Trx, record: TRecord): Promise<number>;
	/** Deletes the row and its join-table rows (its summary rows are gone already). */
	remove(trx: Trx, id: number): Promise<void>;
	/** Why the row cannot be deleted, or null. */
	dependents(trx: Trx, id: number): Promise<string | null>;
	/** The summary keys a version of the row feeds. */
	touches(trx: Trx, record: TRecord): Promise<Touched>;
}

const none: Touched = { eventIds: [], membershipIds: [] };

export function merge(a: Touched, b: Touched): Touched {
	return {
		eventIds: [...a.eventIds, ...b.eventIds],
		membershipIds: [...a.membershipIds, ...b.membershipIds]
	};
}

async function exists(
	trx: Trx,
	table: 'organisations' | 'events',
	ids: readonly number[]
): Promise<Set<number>> {
	if (ids.length === 0) return new Set();
	const found = await trx.selectFrom(table).select('id').where('id', 'in', ids).execute();
	return new Set(found.map((r) => r.id));
}

async function requireOrganisation(trx: Trx, id: number, path: string): Promise<void> {
	if (!(await exists(trx, 'organisations', [id])).has(id))
		throw new EditInvalid([path], `No organisation with id ${id}`);
}

async function requireAlliance(trx: Trx, code: string, path: string): Promise<void> {
	const found = await trx
		.selectFrom('alliances')
		.select('code')
		.where('code', '=', code)
		.executeTakeFirst();
	if (!found) throw new EditInvalid([path], `No alliance ${JSON.stringify(code)}`);
}

async function count(
	trx: Trx,
	where: {
		table: 'memberships' | 'participations' | 'contribution_organisations' | 'alliances';
		column: string;
		id: number;
	}
): Promise<number> {
	const { table, column, id } = where;
	const row = await trx
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where(sql.ref(column), '=', id)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Excludes the row being updated from a uniqueness check. */
function other(id: number | null) {
	return (eb: ExpressionBuilder<Tables, 'organisations' | 'memberships' | 'events'>) =>
		id === null ? eb.lit(true) : eb('id', '<>', id);
}

function plural(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const organisations: Entity<OrganisationCreate, VersionedOrganisation> = {
	table: 'organisations',
	noun: 'organisation',
	read: rows.readOrganisation,
	check: async (trx, o, id) => {
		const twin = await trx
			.selectFrom('organisations')
			.select('id')
			.where('name_key', '=', nameKey(o.name))
			.where('country', '=', o.country)
			.where(other(id))
			.executeTakeFirst();
		if (twin)
			throw new EditInvalid(['name'], `Organisation ${twin.id} in ${o.country} has this name`);
	},
	insert: rows.insertOrganisation,
	update: rows.updateOrganisation,
	remove: async (trx, id) => {
		await trx.deleteFrom('organisations').where('id', '=', id).execute();
	},
	dependents: async (trx, id) => {
		const found = [
			[await count(trx, { table: 'memberships', column: 'organisation_id', id }), 'membership'],
			[
				await count(trx, { table: 'participations', column: 'organisation_id', id }),
				'participation'
			],
			[
				await count(trx, { table: 'contribution_organisations', column: 'organisation_id', id }),
				'contribution'
			],
			[
				await count(trx, { table: 'alliances', column: 'lead_organisation_id', id }),
				'alliance it leads'
			]
		] as const;
		const named = found.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun));
		if (named.length === 0) return null;
		return `This organisation still has ${named.join(', ')}: remove them first`;
	},
	touches: async (trx, o) => {
		const members = await trx
			.selectFrom('memberships')
			.select('id')
			.where('organisation_id', '=', o.id)
			.execute();
		return { eventIds: [], membershipIds: members.map((m) => m.id) };
	}
};

export const memberships: Entity<MembershipCreate, VersionedMembership> = {
	table: 'memberships',
	noun: 'membership',
	read: rows.readMembership,
	check: async (trx, m, id) => {
		await requireAlliance(trx, m.alliance, 'alliance');
		await requireOrganisation(trx, m.organisationId, 'organisationId');
		const twin = await trx
			.selectFrom('memberships')
			.select('id')
			.where('alliance', '=', m.alliance)
			.where('organisation_id', '=', m.organisationId)
			.where(other(id))
			.executeTakeFirst();
		if (twin)
			throw new EditInvalid(
				['organisationId'],
				`This organisation is a member of ${m.alliance} already (membership ${twin.id})`
			);
	},
	insert: rows.insertMembership,
	update: rows.updateMembership,
	remove: async (trx, id) => {
		await rows.deleteMembershipRows(trx, id);
		await trx.deleteFrom('memberships').where('id', '=', id).execute();
	},
	dependents: () => Promise.resolve(null),
	touches: (_trx, m) => Promise.resolve({ eventIds: [], membershipIds: [m.id] })
};

export const events: Entity<EventCreate, VersionedEvent> = {
	table: 'events',
	noun: 'event',
	read: rows.readEvent,
	check: async (trx, e, id) => {
		if (e.alliance !== null) await requireAlliance(trx, e.alliance, 'alliance');
		const twin = await trx
			.selectFrom('events')
			.select('id')
			.where((eb) =>
				e.alliance === null ? eb('alliance', 'is', null) : eb('alliance', '=', e.alliance)
			)
			.where('start_date', '=', e.startDate)
			.where('title', '=', e.title)
			.where(other(id))
			.executeTakeFirst();
		if (twin)
			throw new EditInvalid(['title'], `Event ${twin.id} has this title and start date already`);
	},
	insert: rows.insertEvent,
	update: rows.updateEvent,
	remove: async (trx, id) => {
		await rows.deleteEventCodes(trx, id);
		await trx.deleteFrom('events').where('id', '=', id).execute();
	},
	dependents: async (trx, id) => {
		const n = await count(trx, { table: 'participations', column: 'event_id', id });
		return n === 0
			? null
			: `This event still has ${plural(n, 'participant row')}: remove them first`;
	},
	touches: (_trx, e) => Promise.resolve({ eventIds: [e.id], membershipIds: [] })
};

export const participations: Entity<ParticipationCreate, VersionedParticipation> = {
	table: 'participations',
	noun: 'participation',
	read: rows.readParticipation,
	check: async (trx, p) => {
		if (!(await exists(trx, 'events', [p.eventId])).has(p.eventId))
			throw new EditInvalid(['eventId'], `No event with id ${p.eventId}`);
		if (p.organisationId !== null)
			await requireOrganisation(trx, p.organisationId, 'organisationId');
	},
	insert: rows.insertParticipation,
	update: rows.updateParticipation,
	remove: async (trx, id) => {
		await trx.deleteFrom('participations').where('id', '=', id).execute();
	},
	dependents: () => Promise.resolve(null),
	touches: (_trx, p) => Promise.resolve({ eventIds: [p.eventId], membershipIds: [] })
};

export const contributions: Entity<ContributionCreate, VersionedContribution> = {
	table: 'contributions',
	noun: 'contribution',
	read: rows.readContribution,
	check: async (trx, c) => {
		const found = await exists(trx, 'organisations', c.organisationIds);
		const index = c.organisationIds.findIndex((id) => !found.has(id));
		if (index >= 0)
			throw new EditInvalid(
				['organisationIds', index],
				`No organisation with id ${c.organisationIds[index]}`
			);
	},
	insert: rows.insertContribution,
	update: rows.updateContribution,
	remove: async (trx, id) => {
		await rows.deleteAuthors(trx, id);
		await trx.deleteFrom('contributions').where('id', '=', id).execute();
	},
	dependents: () => Promise.resolve(null),
	touches: () => Promise.resolve(none)
};

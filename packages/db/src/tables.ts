/**
 * Row types of every table, as Kysely sees them. Booleans are stored as 0/1 integers and dates as
 * ISO `YYYY-MM-DD` text, so that the same DDL and queries run on SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

/** 0 or 1. */
export type Flag = number;

interface ProvenanceColumns {
	verified: Flag;
	synthetic: Flag;
	source_url: string | null;
}

/** The row version of editable tables (migration 0006): 1 when created, +1 on every update. */
interface Versioned {
	version: Generated<number>;
}

export interface CountryTable {
	code: string;
	name: string;
	regional_group: string | null;
}

export interface AllianceTable extends ProvenanceColumns {
	code: string;
	country: string;
	name: string;
	lead_organisation_id: number | null;
	launched_on: string | null;
}

export interface OrganisationTable extends ProvenanceColumns, Versioned {
	id: number;
	name: string;
	/** Lower-cased name (Unicode-aware, computed in JS) for search and sorting. */
	name_key: string;
	sector: string;
	country: string;
	public: Flag;
}

export interface MembershipTable extends ProvenanceColumns, Versioned {
	id: number;
	alliance: string;
	organisation_id: number;
	role: string;
	joined_on: string;
	left_on: string | null;
}

export interface EventTable extends ProvenanceColumns, Versioned {
	id: number;
	alliance: string | null;
	type: string;
	title: string;
	start_date: string;
	end_date: string | null;
	format: string;
	city: string | null;
	country: string | null;
	region: string | null;
	participants_reported: number | null;
}

export interface ParticipationTable extends ProvenanceColumns, Versioned {
	id: Generated<number>;
	event_id: number;
	organisation_id: number | null;
	side: string;
	sector: string | null;
	participants: number;
	organiser: Flag;
}

export interface ReviewTable extends ProvenanceColumns {
	id: number;
	country: string;
	cluster: number;
	review_group: number | null;
	started_on: string | null;
}

export interface ReviewStepTable extends ProvenanceColumns, Versioned {
	review_id: number;
	step: string;
	status: string | null;
	started_on: string | null;
	completed_on: string | null;
}

export interface ContributionTable extends ProvenanceColumns, Versioned {
	id: number;
	country: string;
	cluster: number | null;
	type: string;
	title: string;
	date: string;
}

export interface DataVersionTable {
	id: number;
	version: number;
}

export interface UserTable {
	id: Generated<number>;
	/** Lower case. */
	email: string;
	name: string;
	/** `analyst`, `editor` or `admin`. */
	role: string;
	/** `scrypt$N$r$p$salt$hash` (base64url). */
	password_hash: string;
	disabled: Generated<Flag>;
	/** ISO timestamp. */
	created_at: string;
}

export interface SessionTable {
	/** SHA-256 (hex) of the cookie's token. */
	token_hash: string;
	user_id: number;
	created_at: string;
	expires_at: string;
}

export interface AuditLogTable {
	id: Generated<number>;
	/** ISO timestamp. */
	at: string;
	/** Null for writes by the system (seed, command line). */
	user_id: number | null;
	/** `create`, `update`, `delete`, `import`, `sign-in`, … */
	action: string;
	/** The table (or noun) written. */
	entity: string;
	/** The row's key, as text. */
	entity_id: string;
	/** The row before the write, JSON; null when created. */
	before: string | null;
	/** The row after the write, JSON; null when deleted. */
	after: string | null;
}

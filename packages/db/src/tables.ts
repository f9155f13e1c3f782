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

export interface OrganisationTable extends ProvenanceColumns {
	id: number;
	name: string;
	/** Lower-cased name (Unicode-aware, computed in JS) for search and sorting. */
	name_key: string;
	sector: string;
	country: string;
	public: Flag;
}

export interface MembershipTable extends ProvenanceColumns {
	id: number;
	alliance: string;
	organisation_id: number;
	role: string;
	joined_on: string;
	left_on: string | null;
}

export interface EventTable extends ProvenanceColumns {
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

export interface ParticipationTable extends ProvenanceColumns {
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

export interface ReviewStepTable extends ProvenanceColumns {
	review_id: number;
	step: string;
	status: string | null;
	started_on: string | null;
	completed_on: string | null;
}

export interface ContributionTable extends ProvenanceColumns {
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

/** Shared by the record modules: the transaction type, flags and the provenance columns. */
import type { Kysely } from 'kysely';
import type { Tables } from '../../schema-types.ts';

/** A write transaction (or the database, for reads). */
export type Trx = Kysely<Tables>;

/** A boolean as a 0/1 flag. */
export function flag(value: boolean): number {
	return value ? 1 : 0;
}

interface ProvenanceRow {
	verified: number;
	synthetic: number;
	source_url: string | null;
	version: number;
}

/** The provenance columns and the version of a row, as the schema has them. */
export function provenanceOf(row: ProvenanceRow) {
	return {
		verified: row.verified === 1,
		synthetic: row.synthetic === 1,
		sourceUrl: row.source_url,
		version: row.version
	};
}

/** Provenance as columns. */
export function provenanceColumns(p: {
	verified: boolean;
	synthetic: boolean;
	sourceUrl: string | null;
}) {
	return { verified: flag(p.verified), synthetic: flag(p.synthetic), source_url: p.sourceUrl };
}

/** The provenance and version columns to select. */
export const provenance = ['verified', 'synthetic', 'source_url', 'version'] as const;

/**
 * The columns of the two import files. A header cell names a column by its label ("Joined on") or
 * its key ("joined_on"), in any case and with any spacing or punctuation. Vocabulary cells take a
 * code (`ngo`) or its English label (`NGO / CSO`), in any case; lists are separated by `;`; yes/no
 * cells take `yes`, `no`, `true`, `false`, `1` or `0` (an empty cell is no); dates are
 * `YYYY-MM-DD` (or a date cell in XLSX). A column marked `required` must be in the header; an
 * optional column left out of the file keeps the stored value of a row that already exists (and
 * its default, empty or no, for a new one).
 */

/** The kinds of file the import reads. */
export const importKinds = ['members', 'events'] as const;
export type ImportKindCode = (typeof importKinds)[number];

/** One column of an import file. */
export interface ImportColumn {
	/** snake_case key, also accepted as a header. */
	key: string;
	/** Header label, as the export writes it. */
	label: string;
	/** True when the header must hold this column. */
	required: boolean;
	/** What the cell holds, for the README and the import page. */
	description: string;
}

function column(key: string, label: string, description: string): ImportColumn {
	return { key, label, required: false, description };
}

function required(col: ImportColumn): ImportColumn {
	return { ...col, required: true };
}

const provenanceColumns = [
	column('verified', 'Verified', 'yes when the cited source states the fact'),
	column('synthetic', 'Synthetic', 'yes for invented demonstration rows'),
	column('source_url', 'Source', 'http(s) link to the public source, or empty')
];

/** The members file: one row per membership of an organisation in an alliance. */
export const memberColumns: readonly ImportColumn[] = [
	required(column('organisation', 'Organisation', 'name of the organisation or expert')),
	required(column('sector', 'Sector', 'sector code or label (NGO / CSO, Academia …)')),
	required(column('country', 'Country', 'ISO 3166-1 alpha-3 code of where it is based (PAK)')),
	column('public', 'Public', 'yes when it agreed to be named in public views'),
	required(column('alliance', 'Alliance', 'alliance code, the alpha-3 code of its country (PAK)')),
	required(column('role', 'Role', 'Lead, Convener or Member')),
	required(column('joined_on', 'Joined on', 'date it joined, YYYY-MM-DD')),
	column('left_on', 'Left on', 'date it left, YYYY-MM-DD, empty while a member'),
	column('regions', 'Regions', 'ISO 3166-2 codes separated by ; (PK-PB; PK-SD)'),
	column('themes', 'Themes', 'crime areas (codes or labels) separated by ;'),
	...provenanceColumns
];

/** The events file: one row per engagement event. */
export const eventColumns: readonly ImportColumn[] = [
	required(column('title', 'Title', 'title of the event')),
	required(column('type', 'Type', 'event type code or label (Workshop, Side event …)')),
	required(column('alliance', 'Alliance', 'alliance code (PAK), empty for a global event')),
	required(column('start_date', 'Start date', 'first day, YYYY-MM-DD')),
	column('end_date', 'End date', 'last day, YYYY-MM-DD, empty for a one-day event'),
	required(column('format', 'Format', 'In person, Online or Hybrid')),
	column('city', 'City', 'city, empty when online or unknown'),
	column('country', 'Country', 'ISO 3166-1 alpha-3 code, empty when online or unknown'),
	column('region', 'Region', 'ISO 3166-2 code, empty when unknown'),
	column('clusters', 'Clusters', 'review clusters 1 to 4 separated by ;'),
	column('themes', 'Themes', 'crime areas (codes or labels) separated by ;'),
	column('participants_reported', 'Participants reported', 'whole number, empty when unknown'),
	...provenanceColumns
];

/** The columns of a kind of file. */
export function importColumns(kind: ImportKindCode): readonly ImportColumn[] {
	return kind === 'members' ? memberColumns : eventColumns;
}

/** `Joined on`, `joined_on`, `JoinedOn` → `joinedon`. */
export function headerKey(header: string): string {
	return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Reads the rows of an import file (already split into text cells: CSV or the first sheet of an
 * XLSX) into typed rows, checking every cell against the entity schemas (`Organisation`,
 * `Membership`, `EngagementEvent`) so that the rules and messages are the same as everywhere else.
 * Errors carry the row as a spreadsheet numbers it (header = 1) and the column label. Rows with an
 * error are left out of `rows`; a file with any error is never written.
 */
import type * as z from 'zod';
import { EngagementEvent } from '../engagement-event.ts';
import { Membership } from '../membership.ts';
import { Organisation } from '../organisation.ts';
import type { CsvRecord } from '../validate/csv.ts';
import { eventFormats, eventTypes, membershipRoles, sectors, themes } from '../vocabulary.ts';
import {
	codeFrom,
	converters as c,
	emptyValue,
	type Converted,
	type Converter,
	type EmptyCell
} from './cell-converters.ts';
import { headerKey, importColumns, type ImportKindCode } from './import-columns.ts';
import type { ImportError } from './import-result.ts';

/** How one column's cells become a field of an entity. */
interface FieldSpec {
	entity: 'organisation' | 'membership' | 'event';
	field: string;
	convert: Converter;
	empty: EmptyCell;
	/** Value given to the schema check when the column is absent. */
	absent?: unknown;
}

const provenance = (entity: FieldSpec['entity']): Record<string, FieldSpec> => ({
	verified: { entity, field: 'verified', convert: c.yesNo, empty: 'no', absent: false },
	synthetic: { entity, field: 'synthetic', convert: c.yesNo, empty: 'no', absent: false },
	source_url: { entity, field: 'sourceUrl', convert: c.text, empty: 'null', absent: null }
});

const themeList = c.list((t) => codeFrom(themes, t));

const memberFields: Record<string, FieldSpec> = {
	organisation: { entity: 'organisation', field: 'name', convert: c.text, empty: 'required' },
	sector: { entity: 'organisation', field: 'sector', convert: c.code(sectors), empty: 'required' },
	country: { entity: 'organisation', field: 'country', convert: c.upper, empty: 'required' },
	public: { entity: 'organisation', field: 'public', convert: c.yesNo, empty: 'no', absent: false },
	alliance: { entity: 'membership', field: 'alliance', convert: c.upper, empty: 'required' },
	role: {
		entity: 'membership',
		field: 'role',
		convert: c.code(membershipRoles),
		empty: 'required'
	},
	joined_on: { entity: 'membership', field: 'joinedOn', convert: c.text, empty: 'required' },
	left_on: { entity: 'membership', field: 'leftOn', convert: c.text, empty: 'null', absent: null },
	regions: {
		entity: 'membership',
		field: 'regions',
		convert: c.list((r) => r.toUpperCase()),
		empty: 'list',
		absent: []
	},
	themes: { entity: 'membership', field: 'themes', convert: themeList, empty: 'list', absent: [] },
	...provenance('membership')
};

const eventFields: Record<string, FieldSpec> = {
	title: { entity: 'event', field: 'title', convert: c.text, empty: 'required' },
	type: { entity: 'event', field: 'type', convert: c.code(eventTypes), empty: 'required' },
	alliance: { entity: 'event', field: 'alliance', convert: c.upper, empty: 'null' },
	start_date: { entity: 'event', field: 'startDate', convert: c.text, empty: 'required' },
	end_date: { entity: 'event', field: 'endDate', convert: c.text, empty: 'null', absent: null },
	format: { entity: 'event', field: 'format', convert: c.code(eventFormats), empty: 'required' },
	city: { entity: 'event', field: 'city', convert: c.text, empty: 'null', absent: null },
	country: { entity: 'event', field: 'country', convert: c.upper, empty: 'null', absent: null },
	region: { entity: 'event', field: 'region', convert: c.upper, empty: 'null', absent: null },
	clusters: {
		entity: 'event',
		field: 'clusters',
		convert: c.list((n) => (/^\d+$/.test(n) ? Number(n) : n)),
		empty: 'list',
		absent: []
	},
	themes: { entity: 'event', field: 'themes', convert: themeList, empty: 'list', absent: [] },
	participants_reported: {
		entity: 'event',
		field: 'participantsReported',
		convert: c.wholeNumber,
		empty: 'null',
		absent: null
	},
	...provenance('event')
};

/** A row of the members file: the organisation and its membership (absent columns undefined). */
export interface MemberImportRow {
	row: number;
	organisation: Partial<Omit<Organisation, 'id'>> &
		Pick<Organisation, 'name' | 'sector' | 'country'>;
	membership: Partial<Omit<Membership, 'id' | 'organisationId'>> &
		Pick<Membership, 'alliance' | 'role' | 'joinedOn'>;
}

/** A row of the events file (absent optional columns undefined). */
export interface EventImportRow {
	row: number;
	event: Partial<Omit<EngagementEvent, 'id'>> &
		Pick<EngagementEvent, 'alliance' | 'title' | 'type' | 'startDate' | 'format'>;
}

/** A file read: its column labels, the rows without errors and every error. */
export interface ImportTable<TRow> {
	columns: string[];
	rows: TRow[];
	/** Every data row's cells as read, for samples. */
	records: CsvRecord[];
	errors: ImportError[];
}

interface HeaderMap {
	/** Column key at each cell position (undefined for an unknown column). */
	keys: (string | undefined)[];
	labels: string[];
	errors: ImportError[];
}

function readHeader(kind: ImportKindCode, header: CsvRecord | undefined): HeaderMap {
	const columns = importColumns(kind);
	const byHeader = new Map<string, (typeof columns)[number]>();
	for (const col of columns) {
		byHeader.set(headerKey(col.key), col);
		byHeader.set(headerKey(col.label), col);
	}
	const map: HeaderMap = { keys: [], labels: [], errors: [] };
	const seen = new Set<string>();
	for (const cell of header?.cells ?? []) {
		const col = byHeader.get(headerKey(cell));
		const name = cell.trim();
		if (!col) {
			const known = columns.map((k) => k.label).join(', ');
			map.errors.push({ row: 1, column: name, message: `Unknown column; expected: ${known}` });
		} else if (seen.has(col.key)) {
			map.errors.push({ row: 1, column: col.label, message: 'This column appears twice' });
		}
		map.keys.push(col && !seen.has(col.key) ? col.key : undefined);
		map.labels.push(col?.label ?? name);
		if (col) seen.add(col.key);
	}
	for (const col of columns) {
		if (col.required && !seen.has(col.key)) {
			map.errors.push({ row: 1, column: col.label, message: 'Required column is missing' });
		}
	}
	return map;
}

type Entities = Record<FieldSpec['entity'], Record<string, unknown>>;

interface RowRead {
	/** Values of the columns present, by entity. */
	given: Entities;
	/** The same with absent columns filled, for the schema check. */
	checked: Entities;
	errors: ImportError[];
}

function readCells(
	fields: Record<string, FieldSpec>,
	header: HeaderMap,
	record: CsvRecord
): RowRead {
	const read: RowRead = {
		given: { organisation: {}, membership: {}, event: {} },
		checked: { organisation: {}, membership: {}, event: {} },
		errors: []
	};
	for (const spec of Object.values(fields)) {
		if ('absent' in spec) read.checked[spec.entity][spec.field] = spec.absent;
	}
	header.keys.forEach((key, i) => {
		const spec = key === undefined ? undefined : fields[key];
		if (!spec) return;
		const text = (record.cells[i] ?? '').trim();
		const out: Converted = text === '' ? emptyValue(spec.empty) : spec.convert(text);
		if ('error' in out) {
			read.errors.push({ row: record.line, column: header.labels[i] ?? '', message: out.error });
			return;
		}
		read.given[spec.entity][spec.field] = out.value;
		read.checked[spec.entity][spec.field] = out.value;
	});
	return read;
}

/** Where a row's schema issues go: its number, its columns and those that already failed. */
interface Place {
	row: number;
	labelOf: (entity: FieldSpec['entity'], field: string) => string;
	/** Column labels with an error already (one error per cell). */
	failed: Set<string>;
}

/** Checks one entity with its schema; issues become errors on the column of their field. */
function checkEntity(
	schema: z.ZodType,
	value: { entity: FieldSpec['entity']; fields: Record<string, unknown> },
	place: Place
): ImportError[] {
	const parsed = schema.safeParse(value.fields);
	if (parsed.success) return [];
	const errors: ImportError[] = [];
	for (const issue of parsed.error.issues) {
		const column = place.labelOf(value.entity, String(issue.path[0] ?? ''));
		if (place.failed.has(column)) continue;
		place.failed.add(column);
		errors.push({ row: place.row, column, message: issue.message });
	}
	return errors;
}

const ids = { id: 1, organisationId: 1 };

function labelFinder(kind: ImportKindCode, fields: Record<string, FieldSpec>) {
	const columns = importColumns(kind);
	const labels = new Map<string, string>();
	for (const [key, spec] of Object.entries(fields)) {
		const label = columns.find((col) => col.key === key)?.label ?? spec.field;
		labels.set(`${spec.entity}.${spec.field}`, label);
	}
	return (entity: FieldSpec['entity'], field: string) => labels.get(`${entity}.${field}`) ?? field;
}

type RowCheck<TRow> = (read: RowRead, place: Place) => { row: TRow; errors: ImportError[] };

/** Rows read between two progress reports of the stepwise reading. */
const rowsPerStep = 2_000;

/**
 * Reads a table one step at a time: yields the fraction of rows read every `rowsPerStep` rows (so
 * that a server can report progress and stay responsive), returns the table.
 */
export type TableSteps<TRow> = Generator<number, ImportTable<TRow>, undefined>;

/** Runs the steps to the end at once. */
export function allSteps<TRow>(steps: TableSteps<TRow>): ImportTable<TRow> {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

function* readTable<TRow>(
	kind: ImportKindCode,
	records: readonly CsvRecord[],
	check: RowCheck<TRow>
): TableSteps<TRow> {
	const fields = kind === 'members' ? memberFields : eventFields;
	const [header, ...body] = records;
	const map = readHeader(kind, header);
	const table: ImportTable<TRow> = {
		columns: map.labels,
		rows: [],
		records: body,
		errors: [...map.errors]
	};
	if (!header) {
		table.errors.push({ row: 0, column: '', message: 'The file is empty: no header row' });
	}
	if (map.errors.length > 0) return table;
	const labelOf = labelFinder(kind, fields);
	for (const [i, record] of body.entries()) {
		if (i > 0 && i % rowsPerStep === 0) yield i / body.length;
		const read = readCells(fields, map, record);
		const failed = new Set(read.errors.map((e) => e.column));
		const checked = check(read, { row: record.line, labelOf, failed });
		const errors = [...read.errors, ...checked.errors];
		if (errors.length === 0) table.rows.push(checked.row);
		else table.errors.push(...errors);
	}
	return table;
}

/** Reads the members file's records (header first), step by step. */
export function memberTableSteps(records: readonly CsvRecord[]): TableSteps<MemberImportRow> {
	return readTable<MemberImportRow>('members', records, (read, place) => {
		const errors = [
			...checkEntity(
				Organisation,
				{
					entity: 'organisation',
					fields: {
						verified: false,
						synthetic: false,
						sourceUrl: null,
						...read.checked.organisation,
						...ids
					}
				},
				place
			),
			...checkEntity(
				Membership,
				{ entity: 'membership', fields: { ...read.checked.membership, ...ids } },
				place
			)
		];
		const row = {
			row: place.row,
			organisation: read.given.organisation,
			membership: read.given.membership
		} as unknown as MemberImportRow;
		return { row, errors };
	});
}

/** Reads the events file's records (header first), step by step. */
export function eventTableSteps(records: readonly CsvRecord[]): TableSteps<EventImportRow> {
	return readTable<EventImportRow>('events', records, (read, place) => {
		const errors = checkEntity(
			EngagementEvent,
			{ entity: 'event', fields: { ...read.checked.event, ...ids } },
			place
		);
		return {
			row: { row: place.row, event: read.given.event } as unknown as EventImportRow,
			errors
		};
	});
}

/** Reads the members file's records (header first). */
export function readMemberTable(records: readonly CsvRecord[]): ImportTable<MemberImportRow> {
	return allSteps(memberTableSteps(records));
}

/** Reads the events file's records (header first). */
export function readEventTable(records: readonly CsvRecord[]): ImportTable<EventImportRow> {
	return allSteps(eventTableSteps(records));
}

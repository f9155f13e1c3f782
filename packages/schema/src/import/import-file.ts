/**
 * One entry point for an import file's text cells: the header, every row checked against the
 * schemas and the natural keys, the errors sorted by row. CSV text is read here; XLSX is unpacked by
 * the server into the same records (one per sheet row, numbered as the sheet shows them).
 */
import { CsvError, parseCsv, type CsvRecord } from '../validate/csv.ts';
import type { ImportKindCode } from './import-columns.ts';
import { checkEventKeys, checkMemberKeys } from './import-keys.ts';
import {
	allSteps,
	eventTableSteps,
	memberTableSteps,
	type EventImportRow,
	type TableSteps,
	type ImportTable,
	type MemberImportRow
} from './import-rows.ts';

/** A members or events file, read and checked. */
export type ImportFile =
	| { kind: 'members'; table: ImportTable<MemberImportRow> }
	| { kind: 'events'; table: ImportTable<EventImportRow> };

/** Drops the `#` comment lines before the header (an export's title, filter and date). */
function withoutComments(records: readonly CsvRecord[]): readonly CsvRecord[] {
	const first = records.findIndex((r) => !(r.cells[0] ?? '').trimStart().startsWith('#'));
	return first <= 0 ? records : records.slice(first);
}

/** Reports the fraction of rows read (0 to 1); awaited between steps. */
export type ReadProgress = (fraction: number) => Promise<void>;

async function run<TRow>(steps: TableSteps<TRow>, onProgress: ReadProgress | undefined) {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (onProgress) await onProgress(step.value);
	}
}

/**
 * Reads the records (header first, after any `#` comment lines) of a file of this kind, reporting
 * progress every few thousand rows (and letting other work run in between).
 */
export async function readImportRecordsStepwise(
	kind: ImportKindCode,
	all: readonly CsvRecord[],
	onProgress?: ReadProgress
): Promise<ImportFile> {
	const records = withoutComments(all);
	const file: ImportFile =
		kind === 'members'
			? { kind, table: await run(memberTableSteps(records), onProgress) }
			: { kind, table: await run(eventTableSteps(records), onProgress) };
	return checkKeys(file);
}

/** Reads the records (header first, after any `#` comment lines) of a file of this kind. */
export function readImportRecords(kind: ImportKindCode, all: readonly CsvRecord[]): ImportFile {
	const records = withoutComments(all);
	const file: ImportFile =
		kind === 'members'
			? { kind, table: allSteps(memberTableSteps(records)) }
			: { kind, table: allSteps(eventTableSteps(records)) };
	return checkKeys(file);
}

function checkKeys(file: ImportFile): ImportFile {
	if (file.kind === 'members') checkMemberKeys(file.table);
	else checkEventKeys(file.table);
	file.table.errors.sort((a, b) => a.row - b.row);
	return file;
}

/** Parses CSV text (RFC 4180, UTF-8 with or without BOM); a broken file gives one row-0 error. */
export function readImportCsv(kind: ImportKindCode, text: string): ImportFile {
	try {
		return readImportRecords(kind, parseCsv(text));
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const file = readImportRecords(kind, []);
		file.table.errors = [{ row: error.line, column: '', message: error.message }];
		return file;
	}
}

/** `readImportCsv` step by step, reporting the fraction of rows read. */
export async function readImportCsvStepwise(
	kind: ImportKindCode,
	text: string,
	onProgress?: ReadProgress
): Promise<ImportFile> {
	let records: CsvRecord[];
	try {
		records = parseCsv(text);
	} catch (error) {
		if (error instanceof CsvError) return readImportCsv(kind, text);
		throw error;
	}
	return readImportRecordsStepwise(kind, records, onProgress);
}

/**
 * Reads the records of a `.json` (an array of objects), `.jsonl` (one object per line) or `.csv`
 * (a header row, then one record per row) file, each with its row number: the line in a JSONL or
 * CSV file (the header is line 1), the 1-based position in a JSON array.
 */
import type * as z from 'zod';
import { cellKind, cellValue } from './csv-cells.ts';
import { CsvError, parseCsv } from './csv.ts';

/** The file formats the validator reads. */
export const dataFormats = ['json', 'jsonl', 'csv'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** One record as read, before validation. */
export interface RawRecord {
	row: number;
	value: unknown;
}

/** A problem found at one row (`row` 0 for the whole file) and field (`''` for the whole row). */
export interface RecordError {
	row: number;
	field: string;
	message: string;
}

/** What a file holds: its records and the problems met while reading it. */
export interface ReadResult {
	keys: string[];
	records: RawRecord[];
	errors: RecordError[];
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function keysOf(value: unknown): string[] {
	return value !== null && typeof value === 'object' ? Object.keys(value) : [];
}

function readJson(text: string): ReadResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return { keys: [], records: [], errors: [{ row: 0, field: '', message: errorText(error) }] };
	}
	if (!Array.isArray(parsed)) {
		const message = 'A .json file holds an array of records';
		return { keys: [], records: [], errors: [{ row: 0, field: '', message }] };
	}
	const records = parsed.map((value: unknown, i) => ({ row: i + 1, value }));
	return { keys: keysOf(parsed[0]), records, errors: [] };
}

function readJsonl(text: string): ReadResult {
	const result: ReadResult = { keys: [], records: [], errors: [] };
	text.split(/\r?\n/).forEach((line, i) => {
		if (line.trim() === '') return;
		try {
			result.records.push({ row: i + 1, value: JSON.parse(line) });
		} catch (error) {
			result.errors.push({ row: i + 1, field: '', message: `Not JSON: ${errorText(error)}` });
		}
	});
	result.keys = keysOf(result.records[0]?.value);
	return result;
}

type ShapeFor = (keys: string[]) => Record<string, z.ZodType> | undefined;

/** Reads CSV rows into objects, converting cells by the fields of the kind the header names. */
function readCsv(text: string, shapeFor: ShapeFor): ReadResult {
	let rows;
	try {
		rows = parseCsv(text);
	} catch (error) {
		const row = error instanceof CsvError ? error.line : 0;
		return { keys: [], records: [], errors: [{ row, field: '', message: errorText(error) }] };
	}
	const [header, ...body] = rows;
	const keys = (header?.cells ?? []).map((key) => key.trim());
	const result: ReadResult = { keys, records: [], errors: [] };
	const fields = shapeFor(keys) ?? {};
	for (const { line, cells } of body) {
		if (cells.length !== keys.length) {
			const message = `Expected ${keys.length} cells as in the header, found ${cells.length}`;
			result.errors.push({ row: line, field: '', message });
			continue;
		}
		const entries = keys.map((key, i) => {
			const field = fields[key];
			const cell = cells[i] ?? '';
			return [key, field ? cellValue(cell, cellKind(field)) : cell] as const;
		});
		result.records.push({ row: line, value: Object.fromEntries(entries) });
	}
	return result;
}

/** Reads a file's text; `shapeFor` gives the fields of the record kind once the keys are known. */
export function readRecords(options: {
	text: string;
	format: DataFormat;
	shapeFor: ShapeFor;
}): ReadResult {
	const { text, format, shapeFor } = options;
	if (format === 'json') return readJson(text);
	if (format === 'jsonl') return readJsonl(text);
	return readCsv(text, shapeFor);
}

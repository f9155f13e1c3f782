/**
 * What an import answers: the counts of rows to create, update and leave unchanged per table, every
 * row-level error (the first `maxReportedErrors`, with the total), and a few sample rows. A preview
 * and a commit answer the same shape; `committed` tells whether anything was written. While a large
 * file is processed the server may first stream progress lines (`ImportStreamLine`).
 */
import * as z from 'zod';
import { importKinds } from './import-columns.ts';

/** The most errors an answer lists (`errorCount` has the total). */
export const maxReportedErrors = 1_000;

/** How many rows of the file an answer shows as a sample. */
export const sampleRowCount = 5;

export const ImportKind = z.enum(importKinds, {
	error: (i) => `Unknown import kind ${JSON.stringify(i.input)}: expected members or events`
});
export type ImportKind = z.infer<typeof ImportKind>;

export const ImportMode = z.enum(['preview', 'commit'], {
	error: (i) => `Unknown import mode ${JSON.stringify(i.input)}: expected preview or commit`
});
export type ImportMode = z.infer<typeof ImportMode>;

/** One problem in a file: the row as a spreadsheet numbers it (header = 1) and the column label. */
export const ImportError = z.object({
	row: z.int().nonnegative().meta({ description: 'Row number, header = 1; 0 for the whole file' }),
	column: z.string().meta({ description: 'Column label, empty for the whole row' }),
	message: z.string()
});
export type ImportError = z.infer<typeof ImportError>;

/** The tables an import writes. */
export const ImportEntity = z.enum(['organisations', 'memberships', 'events']);
export type ImportEntity = z.infer<typeof ImportEntity>;

const count = z.int().nonnegative();

/** What an import does (or did) to one table. */
export const ImportCount = z.object({
	entity: ImportEntity,
	create: count,
	update: count,
	unchanged: count
});
export type ImportCount = z.infer<typeof ImportCount>;

export const ImportResult = z.object({
	kind: ImportKind,
	mode: ImportMode,
	/** True when the rows were written (a commit without errors that changed something). */
	committed: z.boolean(),
	/** Data rows read (header excluded). */
	rows: count,
	counts: z.array(ImportCount),
	errors: z.array(ImportError).max(maxReportedErrors),
	errorCount: count,
	/** Labels of the columns the file holds, in its order. */
	columns: z.array(z.string()),
	sample: z.array(z.object({ row: count, cells: z.array(z.string()) })).max(sampleRowCount)
});
export type ImportResult = z.infer<typeof ImportResult>;

/** A line of the NDJSON stream: progress (0 to 1) of a phase, the result, or a file-level error. */
export const ImportStreamLine = z.union([
	z.object({
		phase: z.enum(['checking', 'writing']),
		progress: z.number().min(0).max(1)
	}),
	z.object({ result: ImportResult }),
	z.object({ error: z.string() })
]);
export type ImportStreamLine = z.infer<typeof ImportStreamLine>;

/**
 * Validates a data file of organisations, memberships or events against the schemas: every
 * problem with its row, field and reason. The kind comes from the caller or from the keys: a
 * `joinedOn` key means memberships, `startDate` events, `sector` organisations.
 */
import type * as z from 'zod';
import { EngagementEvent } from '../engagement-event.ts';
import { Membership } from '../membership.ts';
import { Organisation } from '../organisation.ts';
import { readRecords, type DataFormat, type RecordError } from './read-records.ts';

/** The record kinds the validator knows, and the schema of each. */
export const recordKinds = {
	organisations: Organisation,
	memberships: Membership,
	events: EngagementEvent
} as const;
export type RecordKind = keyof typeof recordKinds;

/** The kind of records with these keys, or undefined when the keys do not say. */
export function inferKind(keys: readonly string[]): RecordKind | undefined {
	if (keys.includes('joinedOn')) return 'memberships';
	if (keys.includes('startDate')) return 'events';
	if (keys.includes('sector')) return 'organisations';
	return undefined;
}

/** `['regions', 0]` → `regions[0]`. */
function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out === '' ? String(key) : `${out}.${String(key)}`;
	}, '');
}

function issueErrors(row: number, error: z.ZodError): RecordError[] {
	return error.issues.map((issue) => ({
		row,
		field: fieldPath(issue.path),
		message: issue.message
	}));
}

/** The outcome of validating one file. */
export interface ValidationReport {
	kind: RecordKind | undefined;
	records: number;
	errors: RecordError[];
}

/** Reads and validates a file's text; `kind` overrides the kind inferred from the keys. */
export function validateRecords(options: {
	text: string;
	format: DataFormat;
	kind?: RecordKind | undefined;
}): ValidationReport {
	let kind = options.kind;
	const read = readRecords({
		text: options.text,
		format: options.format,
		shapeFor: (keys) => {
			kind ??= inferKind(keys);
			return kind && recordKinds[kind].shape;
		}
	});
	kind ??= inferKind(read.keys);
	if (!kind) {
		const message = 'Cannot tell the kind of records from their keys; pass --kind';
		return { kind, records: read.records.length, errors: [{ row: 0, field: '', message }] };
	}
	const schema = recordKinds[kind];
	const errors = [...read.errors];
	for (const { row, value } of read.records) {
		const result = schema.safeParse(value);
		if (!result.success) errors.push(...issueErrors(row, result.error));
	}
	errors.sort((a, b) => a.row - b.row);
	return { kind, records: read.records.length, errors };
}

/**
 * An import, from a file read by the schema package to its answer. A preview plans the rows
 * against the database and writes nothing. A commit plans them again inside ONE write
 * transaction and, only when the file has no error at all, writes every row, rebuilds the summary
 * tables, records one audit entry (who, file, counts) and bumps the data version; any error
 * (or a crash) leaves the database as it was. A file that changes nothing writes nothing: no
 * audit entry, same data version.
 */
import {
	maxReportedErrors,
	sampleRowCount,
	type ImportCount,
	type ImportError,
	type ImportFile,
	type ImportMode,
	type ImportResult
} from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import { recordAudit } from '../accounts/audit.ts';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { bumpDataVersion } from '../write/data-version.ts';
import { rebuildSummaries } from '../write/rebuild-summaries.ts';
import type { Tally } from './plan-common.ts';
import { planEvents, type EventsPlan } from './plan-events.ts';
import { planMembers, type MembersPlan } from './plan-members.ts';
import { writeEventsPlan, writeMembersPlan, type WriteProgress } from './write-plan.ts';

/** A phase of an import and the fraction of it done (0 to 1). */
export type ImportProgress = (phase: 'checking' | 'writing', fraction: number) => Promise<void>;

export interface ImportOptions {
	file: ImportFile;
	mode: ImportMode;
	/** Who imports (null for the system). */
	userId: number | null;
	/** Name of the uploaded file, for the audit log. */
	fileName: string;
	now?: Date;
	onProgress?: ImportProgress | undefined;
}

type Plan = { kind: 'members'; plan: MembersPlan } | { kind: 'events'; plan: EventsPlan };

async function makePlan(trx: Kysely<Tables>, file: ImportFile): Promise<Plan> {
	if (file.kind === 'members') {
		return { kind: 'members', plan: await planMembers(trx, file.table.rows) };
	}
	return { kind: 'events', plan: await planEvents(trx, file.table.rows) };
}

function countsOf(plan: Plan): ImportCount[] {
	const entry = (entity: ImportCount['entity'], t: Tally): ImportCount => ({ entity, ...t });
	if (plan.kind === 'members') {
		return [
			entry('organisations', plan.plan.organisations),
			entry('memberships', plan.plan.memberships)
		];
	}
	return [entry('events', plan.plan.events)];
}

function changes(counts: readonly ImportCount[]): number {
	return counts.reduce((sum, c) => sum + c.create + c.update, 0);
}

function resultOf(
	options: ImportOptions,
	plan: Plan,
	committed: boolean
): { result: ImportResult; errors: ImportError[] } {
	const { table } = options.file;
	const errors = [...table.errors, ...plan.plan.errors].sort((a, b) => a.row - b.row);
	const result: ImportResult = {
		kind: options.file.kind,
		mode: options.mode,
		committed,
		rows: table.records.length,
		counts: countsOf(plan),
		errors: errors.slice(0, maxReportedErrors),
		errorCount: errors.length,
		columns: table.columns,
		sample: table.records.slice(0, sampleRowCount).map((r) => ({ row: r.line, cells: r.cells }))
	};
	return { result, errors };
}

function progressOf(total: number, report: ImportProgress | undefined): WriteProgress {
	let done = 0;
	return {
		async add(rows) {
			done += rows;
			if (report) await report('writing', total === 0 ? 1 : Math.min(1, done / total));
		}
	};
}

async function writePlan(trx: Kysely<Tables>, plan: Plan, options: ImportOptions): Promise<void> {
	const total = changes(countsOf(plan));
	const progress = progressOf(total, options.onProgress);
	if (plan.kind === 'members') await writeMembersPlan(trx, plan.plan, progress);
	else await writeEventsPlan(trx, plan.plan, progress);
	await rebuildSummaries(trx);
	await recordAudit(trx, {
		at: options.now ?? new Date(),
		userId: options.userId,
		action: 'import',
		entity: plan.kind,
		entityId: options.fileName,
		after: { file: options.fileName, rows: options.file.table.rows.length, counts: countsOf(plan) }
	});
	await bumpDataVersion(trx);
}

/** Previews or commits an import file (see the top of this module). */
export async function runImport(db: Database, options: ImportOptions): Promise<ImportResult> {
	await options.onProgress?.('checking', 0);
	if (options.mode === 'preview') {
		const plan = await makePlan(db.kysely, options.file);
		await options.onProgress?.('checking', 1);
		return resultOf(options, plan, false).result;
	}
	return db.write(async (trx) => {
		const plan = await makePlan(trx, options.file);
		await options.onProgress?.('checking', 1);
		const { result, errors } = resultOf(options, plan, false);
		if (errors.length > 0 || changes(result.counts) === 0) return result;
		await writePlan(trx, plan, options);
		return { ...result, committed: true };
	});
}

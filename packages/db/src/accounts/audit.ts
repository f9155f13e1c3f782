/**
 * The audit log: `recordAudit` adds one entry inside a write transaction (every write of the
 * project calls it), `listAudit` reads it back a page at a time, newest first.
 */
import type { AuditEntry, AuditPage } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';

/** What one audit entry says: who (null for the system), what, which row, before and after. */
export interface AuditRecord {
	at: Date;
	userId: number | null;
	action: string;
	entity: string;
	entityId: string | number;
	/** The row before the write (JSON-able); null or absent when created. */
	before?: unknown;
	/** The row after the write (JSON-able); null or absent when deleted. */
	after?: unknown;
}

function json(value: unknown): string | null {
	return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Adds one audit entry; call it with the transaction of the write it describes. */
export async function recordAudit(trx: Kysely<Tables>, record: AuditRecord): Promise<void> {
	await trx
		.insertInto('audit_log')
		.values({
			at: record.at.toISOString(),
			user_id: record.userId,
			action: record.action,
			entity: record.entity,
			entity_id: String(record.entityId),
			before: json(record.before),
			after: json(record.after)
		})
		.execute();
}

/** Which page of the audit log to read, and optionally only one entity or one user's writes. */
export interface AuditFilter {
	page: number;
	pageSize: number;
	entity?: string | undefined;
	userId?: number | undefined;
}

/** A stored before/after as an object (a value that is not an object comes as `{ value }`). */
function parse(text: string | null): Record<string, unknown> | null {
	if (text === null) return null;
	const value = JSON.parse(text) as unknown;
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: { value };
}

/** One page of the audit log, newest first, with the name and e-mail of each writer. */
export async function listAudit(db: Database, filter: AuditFilter): Promise<AuditPage> {
	let query = db.kysely.selectFrom('audit_log as a');
	if (filter.entity !== undefined) query = query.where('a.entity', '=', filter.entity);
	if (filter.userId !== undefined) query = query.where('a.user_id', '=', filter.userId);
	const { total } = await query
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	const rows = await query
		.leftJoin('users as u', 'u.id', 'a.user_id')
		.select([
			'a.id',
			'a.at',
			'a.user_id',
			'a.action',
			'a.entity',
			'a.entity_id',
			'a.before',
			'a.after',
			'u.name',
			'u.email'
		])
		.orderBy('a.id', 'desc')
		.limit(filter.pageSize)
		.offset((filter.page - 1) * filter.pageSize)
		.execute();
	const entries = rows.map((row): AuditEntry => ({
		id: row.id,
		at: row.at,
		user:
			row.user_id === null
				? null
				: { id: row.user_id, name: row.name ?? '', email: row.email ?? '' },
		action: row.action,
		entity: row.entity,
		entityId: row.entity_id,
		before: parse(row.before),
		after: parse(row.after)
	}));
	return { total: Number(total), page: filter.page, pageSize: filter.pageSize, entries };
}

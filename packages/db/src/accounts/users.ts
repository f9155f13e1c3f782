/**
 * Local accounts: create (scrypt hash), list and change (role, disabled). Every write runs in one
 * transaction with its audit entry; the password hash never leaves this module.
 */
import {
	NewUserInput,
	type AdminUser,
	type NewUserInput as NewUser,
	type Role
} from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { recordAudit } from './audit.ts';
import { hashPassword } from './password.ts';

/** Why an account write was refused: the e-mail is taken, or there is no such user. */
export class AccountError extends Error {
	override name = 'AccountError';
	constructor(
		readonly reason: 'duplicate-email' | 'not-found',
		message: string
	) {
		super(message);
	}
}

/** Who writes (null: the system, e.g. the command line) and when. */
export interface WriteOptions {
	by?: number | null;
	now?: Date;
}

type UserRow = Pick<Tables['users'], 'email' | 'name' | 'role' | 'created_at'> & {
	id: number;
	disabled: number;
};

function toAdminUser(row: UserRow): AdminUser {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role as Role,
		disabled: row.disabled === 1,
		createdAt: row.created_at
	};
}

/** What the audit log keeps of a user (never the hash). */
function auditView(user: AdminUser) {
	return { email: user.email, name: user.name, role: user.role, disabled: user.disabled };
}

const userColumns = ['id', 'email', 'name', 'role', 'disabled', 'created_at'] as const;

async function findUser(trx: Kysely<Tables>, id: number): Promise<AdminUser | undefined> {
	const row = await trx
		.selectFrom('users')
		.select(userColumns)
		.where('id', '=', id)
		.executeTakeFirst();
	return row && toAdminUser(row);
}

/**
 * Creates an account (input validated with `NewUserInput`; e-mail in lower case). Throws
 * `AccountError('duplicate-email')` when the e-mail is taken.
 */
export async function createUser(
	db: Database,
	input: NewUser,
	options: WriteOptions = {}
): Promise<{ id: number }> {
	const user = NewUserInput.parse(input);
	const passwordHash = await hashPassword(user.password);
	const now = options.now ?? new Date();
	return db.write(async (trx) => {
		const taken = await trx
			.selectFrom('users')
			.select('id')
			.where('email', '=', user.email)
			.executeTakeFirst();
		if (taken) {
			throw new AccountError('duplicate-email', `A user with the e-mail ${user.email} exists`);
		}
		const { id } = await trx
			.insertInto('users')
			.values({
				email: user.email,
				name: user.name,
				role: user.role,
				password_hash: passwordHash,
				disabled: 0,
				created_at: now.toISOString()
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			at: now,
			userId: options.by ?? null,
			action: 'create',
			entity: 'users',
			entityId: id,
			after: { email: user.email, name: user.name, role: user.role, disabled: false }
		});
		return { id };
	});
}

/** Every account, ordered by e-mail. */
export async function listUsers(db: Database): Promise<AdminUser[]> {
	const rows = await db.kysely.selectFrom('users').select(userColumns).orderBy('email').execute();
	return rows.map(toAdminUser);
}

/** One account by id, or undefined. */
export async function getUser(db: Database, id: number): Promise<AdminUser | undefined> {
	return findUser(db.kysely, id);
}

/** A change to an account: a new role, disabled on or off. */
export interface UserChange {
	id: number;
	role?: Role | undefined;
	disabled?: boolean | undefined;
}

/**
 * Changes a user's role and/or disabled flag, audited with the before and after. Disabling also
 * ends the user's sessions. Throws `AccountError('not-found')` for an unknown id.
 */
export async function updateUser(
	db: Database,
	change: UserChange,
	options: WriteOptions = {}
): Promise<AdminUser> {
	const now = options.now ?? new Date();
	return db.write(async (trx) => {
		const before = await findUser(trx, change.id);
		if (!before) throw new AccountError('not-found', `There is no user ${change.id}`);
		const after: AdminUser = {
			...before,
			role: change.role ?? before.role,
			disabled: change.disabled ?? before.disabled
		};
		await trx
			.updateTable('users')
			.set({ role: after.role, disabled: after.disabled ? 1 : 0 })
			.where('id', '=', change.id)
			.execute();
		if (after.disabled) await trx.deleteFrom('sessions').where('user_id', '=', change.id).execute();
		await recordAudit(trx, {
			at: now,
			userId: options.by ?? null,
			action: 'update',
			entity: 'users',
			entityId: change.id,
			before: auditView(before),
			after: auditView(after)
		});
		return after;
	});
}

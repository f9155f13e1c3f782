/**
 * Sign-in and server-side sessions. The cookie carries 32 random bytes (base64url); the database
 * keeps only their SHA-256 (hex), so a leaked database holds no usable session. A session lasts
 * `sessionLifetimeMs` (12 hours) from sign-in, absolute, not sliding: reading a session never
 * writes. Expired sessions are deleted whenever someone signs in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SignInInput, type Role, type SessionUser } from '@untoc-alliance/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../schema-types.ts';
import { recordAudit } from './audit.ts';
import { verifyNothing, verifyPassword } from './password.ts';

/** How long a session lasts from sign-in: 12 hours. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** A new session: the cookie's token (only ever given out here) and when it expires. */
export interface NewSession {
	token: string;
	expiresAt: Date;
}

/** SHA-256 (hex) of a session token: the key the database stores. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

async function insertSession(trx: Kysely<Tables>, userId: number, now: Date): Promise<NewSession> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
	await trx.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
	await trx
		.insertInto('sessions')
		.values({
			token_hash: hashToken(token),
			user_id: userId,
			created_at: now.toISOString(),
			expires_at: expiresAt.toISOString()
		})
		.execute();
	return { token, expiresAt };
}

/** Starts a session for a user; returns the token for the cookie. */
export async function createSession(db: Database, userId: number, now: Date): Promise<NewSession> {
	return db.write((trx) => insertSession(trx, userId, now));
}

/**
 * Checks an e-mail and password and starts a session. Null when the e-mail is unknown, the
 * password wrong or the user disabled (all take about as long). Successes and failures for a
 * known user are audited (never the password).
 */
export async function signIn(
	db: Database,
	credentials: { email: string; password: string },
	now: Date
): Promise<(NewSession & { user: SessionUser }) | null> {
	const { email, password } = SignInInput.parse(credentials);
	const row = await db.kysely
		.selectFrom('users')
		.select(['id', 'email', 'name', 'role', 'password_hash', 'disabled'])
		.where('email', '=', email)
		.executeTakeFirst();
	if (!row) return verifyNothing(password).then(() => null);
	const ok = (await verifyPassword(password, row.password_hash)) && row.disabled === 0;
	if (!ok) {
		await db.write((trx) =>
			recordAudit(trx, {
				at: now,
				userId: row.id,
				action: 'sign-in-failed',
				entity: 'users',
				entityId: row.id,
				after: { disabled: row.disabled === 1 }
			})
		);
		return null;
	}
	const session = await db.write(async (trx) => {
		await recordAudit(trx, {
			at: now,
			userId: row.id,
			action: 'sign-in',
			entity: 'users',
			entityId: row.id
		});
		return insertSession(trx, row.id, now);
	});
	const user: SessionUser = {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role as Role
	};
	return { ...session, user };
}

/** The user of a session token, or null when it is unknown, expired or the user is disabled. */
export async function userForSession(
	db: Database,
	token: string,
	now: Date
): Promise<SessionUser | null> {
	if (token === '' || token.length > 100) return null;
	const row = await db.kysely
		.selectFrom('sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['u.id', 'u.email', 'u.name', 'u.role'])
		.where('s.token_hash', '=', hashToken(token))
		.where('s.expires_at', '>', now.toISOString())
		.where('u.disabled', '=', 0)
		.executeTakeFirst();
	return row ? { id: row.id, email: row.email, name: row.name, role: row.role as Role } : null;
}

/** Ends a session (signing out); audited when the token belonged to one. */
export async function deleteSession(db: Database, token: string, now = new Date()): Promise<void> {
	await db.write(async (trx) => {
		const row = await trx
			.deleteFrom('sessions')
			.where('token_hash', '=', hashToken(token))
			.returning('user_id')
			.executeTakeFirst();
		if (!row) return;
		await recordAudit(trx, {
			at: now,
			userId: row.user_id,
			action: 'sign-out',
			entity: 'users',
			entityId: row.user_id
		});
	});
}

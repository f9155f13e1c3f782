import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../database.ts';
import { openTestDatabase } from '../testing/open-test-database.ts';
import {
	AccountError,
	createSession,
	createUser,
	deleteSession,
	hashPassword,
	listAudit,
	listUsers,
	sessionLifetimeMs,
	signIn,
	updateUser,
	userForSession,
	verifyPassword
} from './index.ts';

const password = 'correct horse battery staple';
const now = new Date('2026-11-28T10:00:00.000Z');
let db: Database;

beforeEach(async () => {
	db = await openTestDatabase();
});
afterEach(async () => {
	await db.close();
});

describe('hashPassword / verifyPassword', () => {
	it('stores scrypt$N$r$p$salt$hash with a fresh salt and verifies only the right password', async () => {
		const a = await hashPassword(password);
		const b = await hashPassword(password);
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword(password, a)).toBe(true);
		expect(await verifyPassword(`${password}!`, a)).toBe(false);
		expect(await verifyPassword(password, 'plain-text')).toBe(false);
	});
});

describe('createUser', () => {
	it('creates a user with the e-mail in lower case, audited without the password', async () => {
		const { id } = await createUser(db, {
			email: 'Ada@Example.org',
			name: 'Ada',
			role: 'editor',
			password
		});
		expect(await listUsers(db)).toEqual([
			expect.objectContaining({ id, email: 'ada@example.org', role: 'editor', disabled: false })
		]);
		const audit = await listAudit(db, { page: 1, pageSize: 10 });
		expect(audit.total).toBe(1);
		expect(audit.entries[0]).toMatchObject({ action: 'create', entity: 'users', user: null });
		expect(JSON.stringify(audit)).not.toContain(password);
		expect(JSON.stringify(audit)).not.toContain('scrypt');
	});

	it('refuses a taken e-mail (any case) and a short password, writing nothing', async () => {
		await createUser(db, { email: 'ada@example.org', name: 'Ada', role: 'admin', password });
		await expect(
			createUser(db, { email: 'ADA@example.org', name: 'Ada 2', role: 'admin', password })
		).rejects.toThrow(AccountError);
		await expect(
			createUser(db, { email: 'bob@example.org', name: 'Bob', role: 'admin', password: 'short' })
		).rejects.toThrow(/at least 12/);
		expect(await listUsers(db)).toHaveLength(1);
	});
});

describe('signIn and sessions', () => {
	it('signs in with the right password (any e-mail case) and resolves the session', async () => {
		const { id } = await createUser(db, {
			email: 'ada@example.org',
			name: 'Ada',
			role: 'analyst',
			password
		});
		const result = await signIn(db, { email: 'ADA@example.org', password }, now);
		expect(result?.user).toEqual({ id, email: 'ada@example.org', name: 'Ada', role: 'analyst' });
		expect(result?.token).toMatch(/^[\w-]{43}$/);
		expect(result?.expiresAt.getTime()).toBe(now.getTime() + sessionLifetimeMs);
		expect(await userForSession(db, result?.token ?? '', now)).toEqual(result?.user);
		// Only the hash of the token is stored.
		const stored = await db.kysely.selectFrom('sessions').select('token_hash').execute();
		expect(stored).toHaveLength(1);
		expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored[0]?.token_hash).not.toBe(result?.token);
	});

	it('answers null for a wrong password or an unknown e-mail, and audits the known one', async () => {
		await createUser(db, { email: 'ada@example.org', name: 'Ada', role: 'analyst', password });
		expect(await signIn(db, { email: 'ada@example.org', password: 'wrong' }, now)).toBeNull();
		expect(await signIn(db, { email: 'nobody@example.org', password }, now)).toBeNull();
		const audit = await listAudit(db, { page: 1, pageSize: 10 });
		expect(audit.entries.map((e) => e.action)).toEqual(['sign-in-failed', 'create']);
	});

	it('treats an expired session, a deleted one and a disabled user as anonymous', async () => {
		const { id } = await createUser(db, {
			email: 'ada@example.org',
			name: 'Ada',
			role: 'admin',
			password
		});
		const { token } = await createSession(db, id, now);
		const later = new Date(now.getTime() + sessionLifetimeMs);
		expect(await userForSession(db, token, new Date(later.getTime() - 1))).not.toBeNull();
		expect(await userForSession(db, token, later)).toBeNull();
		expect(await userForSession(db, 'not-a-token', now)).toBeNull();

		const second = await createSession(db, id, now);
		await deleteSession(db, second.token, now);
		expect(await userForSession(db, second.token, now)).toBeNull();

		const third = await createSession(db, id, now);
		await updateUser(db, { id, disabled: true });
		expect(await userForSession(db, third.token, now)).toBeNull();
		expect(await signIn(db, { email: 'ada@example.org', password }, now)).toBeNull();
	});
});

describe('updateUser and listAudit', () => {
	it('changes the role, audits before and after, and pages the log newest first', async () => {
		const admin = await createUser(db, {
			email: 'admin@example.org',
			name: 'Admin',
			role: 'admin',
			password
		});
		const { id } = await createUser(db, {
			email: 'ada@example.org',
			name: 'Ada',
			role: 'analyst',
			password
		});
		const updated = await updateUser(db, { id, role: 'editor' }, { by: admin.id, now });
		expect(updated).toMatchObject({ id, role: 'editor', disabled: false });
		const page1 = await listAudit(db, { page: 1, pageSize: 2 });
		expect(page1.total).toBe(3);
		expect(page1.entries[0]).toMatchObject({
			action: 'update',
			entityId: String(id),
			user: { id: admin.id, name: 'Admin', email: 'admin@example.org' },
			before: { role: 'analyst' },
			after: { role: 'editor' }
		});
		const page2 = await listAudit(db, { page: 2, pageSize: 2 });
		expect(page2.entries.map((e) => e.entityId)).toEqual([String(admin.id)]);
		const byAdmin = await listAudit(db, { page: 1, pageSize: 10, userId: admin.id });
		expect(byAdmin.total).toBe(1);
		const sessions = await listAudit(db, { page: 1, pageSize: 10, entity: 'sessions' });
		expect(sessions.total).toBe(0);
	});

	it('refuses an unknown user', async () => {
		await expect(updateUser(db, { id: 999, role: 'admin' })).rejects.toThrow(/no user 999/);
	});
});

import {
	createSession,
	createUser,
	listAudit,
	updateUser,
	type Database
} from '@untoc-alliance/db';
import type { AdminUser, AuditPage, SessionUser } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase } from '../test-context.ts';
import { cookieAuthenticate, sessionCookieFor, startApi } from '../test-http.ts';

const password = 'correct horse battery staple';
let db: Database;
let api: Awaited<ReturnType<typeof startApi>>;
let admin: SessionUser;

beforeAll(async () => {
	db = await openDemoDatabase();
	api = await startApi(db, '2026-11-28', { authenticate: cookieAuthenticate(db) });
	const { id } = await createUser(db, {
		email: 'root@example.org',
		name: 'Root',
		role: 'admin',
		password
	});
	admin = { id, email: 'root@example.org', name: 'Root', role: 'admin' };
});
afterAll(async () => {
	await api.close();
	await db.close();
});

describe('admin procedures over HTTP', () => {
	it('answer 403 to anonymous, analyst and editor callers, naming the role needed', async () => {
		const anonymous = await api.get('admin.users');
		expect(anonymous.status).toBe(403);
		expect(anonymous.error?.message).toBe('You are not signed in: sign in as an admin.');
		for (const role of ['analyst', 'editor'] as const) {
			const cookie = await sessionCookieFor(db, role);
			const users = await api.get('admin.users', undefined, { Cookie: cookie });
			expect(users.status, role).toBe(403);
			expect(users.error?.message).toBe(
				`Your role (${role}) may not do this: sign in as an admin.`
			);
			const audit = await api.get('admin.audit', {}, { Cookie: cookie });
			expect(audit.status, role).toBe(403);
			const create = await api.post(
				'admin.createUser',
				{ email: `x-${role}@example.org`, name: 'X', role: 'admin', password },
				{ Cookie: cookie }
			);
			expect(create.status, role).toBe(403);
		}
		const anonymousCreate = await api.post('admin.createUser', {
			email: 'anon@example.org',
			name: 'Anon',
			role: 'admin',
			password
		});
		expect(anonymousCreate.status).toBe(403);
		expect((await callerFor(db, { user: admin }).admin.users()).map((u) => u.email)).not.toContain(
			'anon@example.org'
		);
	});

	it('let an admin list users, create one, and read the audit log with before and after', async () => {
		const cookie = await sessionCookieFor(db, 'admin');
		const created = await api.post<AdminUser>(
			'admin.createUser',
			{ email: 'New.Editor@example.org', name: 'New Editor', role: 'editor', password },
			{ Cookie: cookie }
		);
		expect(created.status).toBe(200);
		expect(created.data).toMatchObject({
			email: 'new.editor@example.org',
			role: 'editor',
			disabled: false
		});
		const users = await api.get<AdminUser[]>('admin.users', undefined, { Cookie: cookie });
		expect(users.data?.map((u) => u.email)).toContain('new.editor@example.org');
		expect(JSON.stringify(users.data)).not.toContain('scrypt');

		const changed = await api.post<AdminUser>(
			'admin.updateUser',
			{ id: created.data?.id, role: 'analyst' },
			{ Cookie: cookie }
		);
		expect(changed.data).toMatchObject({ role: 'analyst' });
		const audit = await api.get<AuditPage>(
			'admin.audit',
			{ entity: 'users', pageSize: 2 },
			{ Cookie: cookie }
		);
		expect(audit.status).toBe(200);
		expect(audit.data?.entries[0]).toMatchObject({
			action: 'update',
			entity: 'users',
			entityId: String(created.data?.id),
			user: { name: 'Test admin' },
			before: { role: 'editor', disabled: false },
			after: { role: 'analyst', disabled: false }
		});
		expect(audit.data?.entries[1]).toMatchObject({ action: 'create', before: null });
		expect(audit.data?.total).toBeGreaterThan(2);
	});

	it('answer 400 naming the fields of a bad new user, and 409 for a taken e-mail', async () => {
		const cookie = await sessionCookieFor(db, 'admin');
		const bad = await api.post(
			'admin.createUser',
			{ email: 'nope', name: '', role: 'boss', password: 'short' },
			{ Cookie: cookie }
		);
		expect(bad.status).toBe(400);
		expect(bad.error?.data.issues?.map((i) => i.path).sort()).toEqual([
			'email',
			'name',
			'password',
			'role'
		]);
		const taken = await api.post(
			'admin.createUser',
			{ email: 'ROOT@example.org', name: 'Root 2', role: 'admin', password },
			{ Cookie: cookie }
		);
		expect(taken.status).toBe(409);
		expect(taken.error?.message).toBe('A user with the e-mail root@example.org exists');
	});

	it('stop authenticating a session once its user is disabled', async () => {
		const { id } = await createUser(db, {
			email: 'soon-disabled@example.org',
			name: 'Soon',
			role: 'admin',
			password
		});
		const { token } = await createSession(db, id, new Date());
		const cookie = `untoc_session=${token}`;
		expect((await api.get<SessionUser>('auth.me', undefined, { Cookie: cookie })).data?.id).toBe(
			id
		);
		await updateUser(db, { id, disabled: true }, { by: admin.id });
		expect((await api.get('auth.me', undefined, { Cookie: cookie })).data).toBeNull();
		expect((await api.get('admin.users', undefined, { Cookie: cookie })).status).toBe(403);
	});
});

describe('editor procedures over HTTP', () => {
	it('answer 403 to anonymous and analyst callers and change nothing', async () => {
		const before = await db.kysely.selectFrom('organisations').select('id').orderBy('id').execute();
		const remove = { id: before[0]?.id ?? 1, version: 1 };
		const anonymous = await api.post('organisations.delete', remove);
		expect(anonymous.status).toBe(403);
		expect(anonymous.error?.message).toBe('You are not signed in: sign in as an editor.');
		const cookie = await sessionCookieFor(db, 'analyst');
		const analyst = await api.post('organisations.delete', remove, { Cookie: cookie });
		expect(analyst.status).toBe(403);
		expect(analyst.error?.message).toBe(
			'Your role (analyst) may not do this: sign in as an editor.'
		);
		const after = await db.kysely.selectFrom('organisations').select('id').orderBy('id').execute();
		expect(after).toEqual(before);
	});
});

describe('mutations over GET', () => {
	it('are refused with 405 and never run', async () => {
		const cookie = await sessionCookieFor(db, 'admin');
		const input = { email: 'by-get@example.org', name: 'By GET', role: 'admin', password };
		const answer = await api.get('admin.createUser', input, { Cookie: cookie });
		expect(answer.status).toBe(405);
		const users = await callerFor(db, { user: admin }).admin.users();
		expect(users.map((u) => u.email)).not.toContain('by-get@example.org');
	});
});

describe('admin.updateUser', () => {
	it('refuses to demote or disable yourself, and changes nothing', async () => {
		const caller = callerFor(db, { user: admin });
		const demote = await errorShapeOf(caller.admin.updateUser({ id: admin.id, role: 'editor' }));
		expect(demote.data.code).toBe('FORBIDDEN');
		expect(demote.message).toMatch(/cannot demote or disable yourself/);
		const disable = await errorShapeOf(caller.admin.updateUser({ id: admin.id, disabled: true }));
		expect(disable.data.code).toBe('FORBIDDEN');
		const me = (await caller.admin.users()).find((u) => u.id === admin.id);
		expect(me).toMatchObject({ role: 'admin', disabled: false });
	});

	it('disables another user, audited with who did it; 404 for an unknown id; 400 for no change', async () => {
		const caller = callerFor(db, { user: admin });
		const other = await caller.admin.createUser({
			email: 'other@example.org',
			name: 'Other',
			role: 'analyst',
			password
		});
		expect(await caller.admin.updateUser({ id: other.id, disabled: true })).toMatchObject({
			disabled: true
		});
		const audit = await listAudit(db, { page: 1, pageSize: 1, userId: admin.id });
		expect(audit.entries[0]).toMatchObject({
			action: 'update',
			entityId: String(other.id),
			user: { id: admin.id },
			after: { disabled: true }
		});
		const missing = await errorShapeOf(caller.admin.updateUser({ id: 99_999, role: 'editor' }));
		expect(missing.data.code).toBe('NOT_FOUND');
		const empty = await errorShapeOf(caller.admin.updateUser({ id: other.id }));
		expect(empty.data.code).toBe('BAD_REQUEST');
		expect(empty.message).toBe('role: Give a role or disabled');
	});
});

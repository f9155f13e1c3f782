import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers, updateUser } from '@untoc-alliance/db';
import { startServer, type RunningServer } from './app.ts';
import { sessionCookie, wrongCredentialsMessage } from './auth-routes.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import {
	addTestUser,
	cookieFor,
	makeTempSite,
	queryUrl,
	signInCookie,
	testPassword,
	type TempSite
} from './test-server.ts';

let site: TempSite;
let server: RunningServer;
let clock = new Date('2026-11-28T09:00:00.000Z');

beforeAll(async () => {
	site = await makeTempSite();
	server = await startServer({
		port: 0,
		host: '127.0.0.1',
		databasePath: site.databasePath,
		seed: { kind: 'demo' },
		dashboardDist: site.dist,
		today: () => '2026-11-28',
		now: () => clock
	});
	await server.ready;
});

afterAll(async () => {
	await server.close();
	await site.remove();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
	return fetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Origin: server.url, ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
}

async function me(cookie: string): Promise<unknown> {
	const res = await fetch(queryUrl(server.url, 'auth.me', undefined), {
		headers: { Cookie: cookie }
	});
	return ((await res.json()) as { result: { data: unknown } }).result.data;
}

function expectSecurityHeaders(res: Response): void {
	expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('referrer-policy')).toBe('no-referrer');
	expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
	expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)/);
}

describe('POST /auth/sign-in', () => {
	it('signs in, sets an HttpOnly SameSite=Strict cookie, and auth.me knows the user', async () => {
		const user = await addTestUser(server, 'editor');
		const res = await post('/auth/sign-in', {
			email: user.email.toUpperCase(),
			password: testPassword
		});
		expect(res.status).toBe(200);
		expectSecurityHeaders(res);
		const body = (await res.json()) as { user: { id: number; role: string }; expiresAt: string };
		expect(body.user).toMatchObject({ id: user.id, email: user.email, role: 'editor' });
		expect(body.expiresAt).toBe('2026-11-28T21:00:00.000Z');
		const setCookie = res.headers.get('set-cookie') ?? '';
		expect(setCookie).toMatch(new RegExp(`^${sessionCookie}=[\\w-]{43}; `));
		expect(setCookie).toContain('; HttpOnly');
		expect(setCookie).toContain('; SameSite=Strict');
		expect(setCookie).toContain('; Path=/');
		expect(setCookie).toContain('; Max-Age=43200');
		expect(setCookie).not.toContain('Secure');
		expect(await me(setCookie.split(';')[0] ?? '')).toMatchObject({ id: user.id, role: 'editor' });
	});

	it('marks the cookie Secure only behind a trusted proxy that says https', async () => {
		const site2 = await makeTempSite();
		const proxied = await startServer({
			port: 0,
			host: '127.0.0.1',
			databasePath: site2.databasePath,
			seed: { kind: 'demo' },
			dashboardDist: site2.dist,
			trustProxy: true
		});
		try {
			await proxied.ready;
			const user = await addTestUser(proxied, 'analyst');
			const res = await fetch(`${proxied.url}/auth/sign-in`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					Origin: 'https://dashboard.example.org',
					'X-Forwarded-Proto': 'https',
					'X-Forwarded-Host': 'dashboard.example.org'
				},
				body: JSON.stringify({ email: user.email, password: testPassword })
			});
			expect(res.status).toBe(200);
			expect(res.headers.get('set-cookie')).toContain('; Secure');
		} finally {
			await proxied.close();
			await site2.remove();
		}
	});

	it('answers 400 naming the fields of a bad body, and 400 for a body that is not JSON', async () => {
		const res = await post('/auth/sign-in', { email: 'not-an-e-mail', password: '' });
		expect(res.status).toBe(400);
		expectSecurityHeaders(res);
		const body = (await res.json()) as { error: string; issues: { path: string }[] };
		expect(body.issues.map((i) => i.path)).toEqual(['email', 'password']);
		expect(body.error).toContain('email: Not an e-mail address');
		const broken = await post('/auth/sign-in', '{"email":');
		expect(broken.status).toBe(400);
		expect(await broken.json()).toEqual({ error: 'The request body is not valid JSON' });
	});

	it('answers 401 with the same message for a wrong password and an unknown e-mail', async () => {
		const user = await addTestUser(server, 'analyst');
		const wrong = await post('/auth/sign-in', { email: user.email, password: 'wrong password' });
		const unknown = await post('/auth/sign-in', {
			email: 'nobody@example.org',
			password: testPassword
		});
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(await wrong.json()).toEqual({ error: wrongCredentialsMessage });
		expect(await unknown.json()).toEqual({ error: wrongCredentialsMessage });
		expect(wrong.headers.get('set-cookie')).toBeNull();
	});

	it('answers 429 with Retry-After after 5 failures per e-mail within 15 minutes', async () => {
		const user = await addTestUser(server, 'analyst');
		for (let i = 0; i < 5; i++) {
			const res = await post('/auth/sign-in', { email: user.email, password: 'wrong password' });
			expect(res.status).toBe(401);
		}
		const limited = await post('/auth/sign-in', { email: user.email, password: testPassword });
		expect(limited.status).toBe(429);
		expectSecurityHeaders(limited);
		expect(Number(limited.headers.get('retry-after'))).toBe(15 * 60);
		expect(((await limited.json()) as { error: string }).error).toMatch(/try again in 15 minutes/);
		// Another e-mail from the same address is not affected.
		const other = await addTestUser(server, 'analyst');
		expect(
			(await post('/auth/sign-in', { email: other.email, password: testPassword })).status
		).toBe(200);
		// After the window the right password works again.
		const start = clock;
		clock = new Date(start.getTime() + 15 * 60 * 1000 + 1000);
		try {
			expect(
				(await post('/auth/sign-in', { email: user.email, password: testPassword })).status
			).toBe(200);
		} finally {
			clock = start;
		}
	});

	it('refuses GET with 405 and an unknown /auth path with 404', async () => {
		const get = await fetch(`${server.url}/auth/sign-in`);
		expect(get.status).toBe(405);
		expect(get.headers.get('allow')).toBe('POST');
		expectSecurityHeaders(get);
		expect((await post('/auth/nope', {})).status).toBe(404);
	});
});

describe('sessions', () => {
	it('sign-out deletes the session: the old cookie no longer authenticates', async () => {
		const cookie = await cookieFor(server, 'admin');
		expect(await me(cookie)).toMatchObject({ role: 'admin' });
		const res = await post('/auth/sign-out', {}, { Cookie: cookie });
		expect(res.status).toBe(204);
		expectSecurityHeaders(res);
		expect(res.headers.get('set-cookie')).toMatch(
			new RegExp(`^${sessionCookie}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict`)
		);
		expect(await me(cookie)).toBeNull();
	});

	it('treats an expired session as anonymous', async () => {
		const cookie = await cookieFor(server, 'analyst');
		const start = clock;
		clock = new Date(start.getTime() + 12 * 60 * 60 * 1000);
		try {
			expect(await me(cookie)).toBeNull();
		} finally {
			clock = start;
		}
		expect(await me(cookie)).toMatchObject({ role: 'analyst' });
	});

	it('treats the session of a disabled user as anonymous', async () => {
		const user = await addTestUser(server, 'editor');
		const cookie = await signInCookie(server.url, user);
		await updateUser(await server.database(), { id: user.id, disabled: true });
		expect(await me(cookie)).toBeNull();
		expect(
			(await post('/auth/sign-in', { email: user.email, password: testPassword })).status
		).toBe(401);
	});

	it('treats a made-up cookie as anonymous', async () => {
		expect(await me(`${sessionCookie}=made-up`)).toBeNull();
	});
});

describe('cross-site requests', () => {
	it('refuses a POST from another origin with 403, on /auth and /trpc', async () => {
		for (const path of ['/auth/sign-in', '/auth/sign-out', '/trpc/auth.me']) {
			const res = await post(path, {}, { Origin: 'https://evil.example' });
			expect(res.status, path).toBe(403);
			expectSecurityHeaders(res);
			expect(((await res.json()) as { error: string }).error).toMatch(/Cross-site request refused/);
		}
	});

	it('refuses Sec-Fetch-Site: cross-site and same-site, accepts same-origin', async () => {
		const user = await addTestUser(server, 'analyst');
		const credentials = { email: user.email, password: testPassword };
		for (const site of ['cross-site', 'same-site']) {
			const res = await post('/auth/sign-in', credentials, { 'Sec-Fetch-Site': site });
			expect(res.status, site).toBe(403);
		}
		const ok = await post('/auth/sign-in', credentials, { 'Sec-Fetch-Site': 'same-origin' });
		expect(ok.status).toBe(200);
	});

	it('never runs a mutation sent as GET (405), even with an admin cookie', async () => {
		const cookie = await cookieFor(server, 'admin');
		const input = {
			email: 'by-get@example.org',
			name: 'By GET',
			role: 'admin',
			password: testPassword
		};
		const res = await fetch(queryUrl(server.url, 'admin.createUser', input), {
			headers: { Cookie: cookie }
		});
		expect(res.status).toBe(405);
		expectSecurityHeaders(res);
		const users = await listUsers(await server.database());
		expect(users.map((u) => u.email)).not.toContain('by-get@example.org');
	});

	it('refuses a form post to /auth with 415 (JSON only)', async () => {
		const res = await fetch(`${server.url}/auth/sign-out`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
			body: 'a=1'
		});
		expect(res.status).toBe(415);
	});
});

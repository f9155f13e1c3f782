/**
 * `POST /auth/sign-in` (JSON `{email, password}`) and `POST /auth/sign-out`: the only routes that
 * set and clear the session cookie `untoc_session` (HttpOnly, SameSite=Strict, Path=/, Secure
 * over HTTPS, Max-Age = the session's lifetime). Sign-in is rate-limited per e-mail and client
 * address (see `sign-in-limiter.ts`) and answers one message for an unknown e-mail and a wrong
 * password. Cross-site requests are refused before they get here (`same-origin.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	deleteSession,
	sessionLifetimeMs,
	signIn,
	userForSession,
	type Database
} from '@untoc-alliance/db';
import { SignInInput, type SessionUser } from '@untoc-alliance/schema';
import { isHttps, type ProxyOptions } from './same-origin.ts';
import { createSignInLimiter, type SignInLimiter } from './sign-in-limiter.ts';

/** Mount point of the sign-in routes. */
export const authPrefix = '/auth/';
/** Name of the session cookie. */
export const sessionCookie = 'untoc_session';
/** The one answer to an unknown e-mail or a wrong password. */
export const wrongCredentialsMessage = 'E-mail or password is wrong';
/** The largest sign-in body, in bytes. */
const maxAuthBodySize = 4 * 1024;

/** What the auth routes need. */
export interface AuthOptions extends ProxyOptions {
	db: Database;
	/** The clock (tests move it); defaults to the real one. */
	now?: () => Date;
	limiter?: SignInLimiter;
}

/** One field of the body that was rejected. */
interface FieldIssue {
	path: string;
	message: string;
}

/** Sends `body` as JSON; set any other header on `res` first. */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

/** The value of the session cookie of a request, or undefined. */
export function sessionToken(req: IncomingMessage): string | undefined {
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at > 0 && part.slice(0, at).trim() === sessionCookie) return part.slice(at + 1).trim();
	}
	return undefined;
}

/** `authenticate` for the API context: the user of the request's session cookie, or null. */
export function authenticator(db: Database, now: () => Date = () => new Date()) {
	return async (req: IncomingMessage): Promise<SessionUser | null> => {
		const token = sessionToken(req);
		return token === undefined ? null : userForSession(db, token, now());
	};
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
	const attributes = [`Max-Age=${maxAgeSeconds}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
	if (secure) attributes.push('Secure');
	return [`${sessionCookie}=${value}`, ...attributes].join('; ');
}

class BodyError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function requireJson(req: IncomingMessage): void {
	const type = req.headers['content-type'] ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) {
		throw new BodyError(415, 'Send the body as application/json');
	}
}

async function readJson(req: IncomingMessage): Promise<unknown> {
	requireJson(req);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxAuthBodySize) throw new BodyError(413, 'The request body is too large');
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
	} catch {
		throw new BodyError(400, 'The request body is not valid JSON');
	}
}

function clientAddress(req: IncomingMessage, options: ProxyOptions): string {
	const forwarded = req.headers['x-forwarded-for'];
	if (options.trustProxy && typeof forwarded === 'string') {
		const last = forwarded.split(',').at(-1)?.trim();
		if (last) return last;
	}
	return req.socket.remoteAddress ?? 'unknown';
}

/** Makes the handler of `/auth/*`. */
export function createAuthHandler(options: AuthOptions) {
	const { db } = options;
	const now = options.now ?? (() => new Date());
	const limiter = options.limiter ?? createSignInLimiter();

	async function handleSignIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const parsed = SignInInput.safeParse(await readJson(req));
		if (!parsed.success) {
			const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
				path: i.path.join('.'),
				message: i.message
			}));
			const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
			return sendJson(res, 400, { error: message.join('; '), issues });
		}
		const key = `${parsed.data.email} ${clientAddress(req, options)}`;
		const time = now();
		const wait = limiter.retryAfter(key, time.getTime());
		if (wait > 0) {
			const minutes = Math.ceil(wait / 60);
			res.setHeader('Retry-After', String(wait));
			return sendJson(res, 429, {
				error: `Too many failed sign-ins: try again in ${minutes} minute${minutes > 1 ? 's' : ''}`
			});
		}
		const session = await signIn(db, parsed.data, time);
		if (!session) {
			limiter.fail(key, time.getTime());
			return sendJson(res, 401, { error: wrongCredentialsMessage });
		}
		limiter.reset(key);
		const maxAge = Math.floor(sessionLifetimeMs / 1000);
		res.setHeader('Set-Cookie', cookie(session.token, maxAge, isHttps(req, options)));
		sendJson(res, 200, { user: session.user, expiresAt: session.expiresAt.toISOString() });
	}

	async function handleSignOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
		requireJson(req);
		const token = sessionToken(req);
		if (token !== undefined) await deleteSession(db, token, now());
		res.writeHead(204, { 'Set-Cookie': cookie('', 0, isHttps(req, options)) });
		res.end();
	}

	return async function handleAuth(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const pathname = (req.url ?? '/').split('?')[0] ?? '/';
		const action = pathname.slice(authPrefix.length);
		if (action !== 'sign-in' && action !== 'sign-out') {
			return sendJson(res, 404, { error: `No route ${pathname}` });
		}
		if (req.method !== 'POST') {
			res.setHeader('Allow', 'POST');
			return sendJson(res, 405, { error: 'Use POST' });
		}
		try {
			if (action === 'sign-in') await handleSignIn(req, res);
			else await handleSignOut(req, res);
		} catch (error) {
			if (!(error instanceof BodyError)) throw error;
			sendJson(res, error.status, { error: error.message });
		}
	};
}

/**
 * Signing in and out: plain same-origin JSON POSTs to the server's `/auth/sign-in` and
 * `/auth/sign-out` (they set and clear the HttpOnly session cookie, which scripts never see).
 */
import type { SessionUser, SignInInput } from '@untoc-alliance/schema';
import { m } from '../i18n.svelte.ts';

/** One rejected field of the sign-in form, as the server names it. */
export interface FieldIssue {
	path: string;
	message: string;
}

/** What a sign-in attempt answered. */
export type SignInResult =
	| { ok: true; user: SessionUser }
	| { ok: false; status: number; message: string; issues: FieldIssue[] };

/** The calls of the sign-in page and the account control; tests pass their own. */
export interface AuthApi {
	signIn: (input: SignInInput) => Promise<SignInResult>;
	signOut: () => Promise<void>;
}

async function post(path: string, body: unknown): Promise<Response> {
	return fetch(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		credentials: 'same-origin',
		body: JSON.stringify(body)
	});
}

export const authApi: AuthApi = {
	async signIn(input) {
		const response = await post('/auth/sign-in', input);
		const body = (await response.json().catch(() => ({}))) as {
			user?: SessionUser;
			error?: string;
			issues?: FieldIssue[];
		};
		if (response.ok && body.user) return { ok: true, user: body.user };
		return {
			ok: false,
			status: response.status,
			message: body.error ?? m().account.serverAnswered(response.status),
			issues: body.issues ?? []
		};
	},
	async signOut() {
		const response = await post('/auth/sign-out', {});
		if (!response.ok) throw new Error(m().account.serverAnswered(response.status));
	}
};

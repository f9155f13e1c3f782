/**
 * Who is signed in, for the whole dashboard: read once from `auth.me` at start and again after
 * signing in or out. Controls that write show only to roles that may write (the server checks
 * again on every call).
 */
import { roleIncludes, type Role, type SessionUser } from '@untoc-alliance/schema';
import type { DashboardApi } from './trpc.ts';

export class Session {
	/** The signed-in user; null when anonymous (or not known yet). */
	user = $state.raw<SessionUser | null>(null);
	/** True once the first `auth.me` answered (or failed). */
	known = $state(false);
	#api: Pick<DashboardApi, 'me'>;

	constructor(api: Pick<DashboardApi, 'me'>) {
		this.#api = api;
	}

	/** Asks the server who is signed in; an error counts as anonymous. */
	async refresh(signal: AbortSignal = new AbortController().signal): Promise<void> {
		try {
			this.user = await this.#api.me(signal);
		} catch {
			this.user = null;
		} finally {
			this.known = true;
		}
	}

	/** Whether the signed-in user has `role` or a role that includes it. */
	can(role: Role): boolean {
		return this.user !== null && roleIncludes(this.user.role, role);
	}
}

// Signed-in end-to-end tests: the three users the global setup creates (one per role) and a
// sign-in that goes through the real `/auth/sign-in` route, leaving the cookie in the page's context.
import { expect, type Page } from '@playwright/test';

export type E2eRole = 'admin' | 'editor' | 'analyst';

/** The password of every e2e user. */
export const e2ePassword = 'correct horse battery staple';

/** The e2e users by role: `admin@example.org`, `editor@example.org`, `analyst@example.org`. */
export const e2eUsers: Record<E2eRole, { email: string; name: string }> = {
	admin: { email: 'admin@example.org', name: 'Ada Admin' },
	editor: { email: 'editor@example.org', name: 'Eddie Editor' },
	analyst: { email: 'analyst@example.org', name: 'Ana Analyst' }
};

/**
 * Signs the page's browser context in as the e2e user with `role` (through the API, not the
 * form; `e2e/auth.spec.ts` tests the form). Reload or navigate afterwards to see it.
 */
export async function signInAs(page: Page, role: E2eRole): Promise<void> {
	const response = await page.request.post('/auth/sign-in', {
		data: { email: e2eUsers[role].email, password: e2ePassword }
	});
	expect(response.status(), `sign-in as ${role}`).toBe(200);
}

/** Signs the page's browser context out. */
export async function signOut(page: Page): Promise<void> {
	const response = await page.request.post('/auth/sign-out', { data: {} });
	expect(response.status()).toBe(204);
}

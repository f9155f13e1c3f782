// Accounts end to end: the sign-in form (inline errors, the server's 401), the account control,
// signing out, the admin page (users, audit log) and what an analyst sees there.
import { expect, test, type Page } from '@playwright/test';
import { e2ePassword, e2eUsers, signInAs } from './auth-helpers.ts';
import { axeViolations } from './axe.ts';

const topBar = (page: Page) => page.getByRole('banner');

async function me(page: Page): Promise<unknown> {
	const response = await page.request.get('/trpc/auth.me');
	return ((await response.json()) as { result: { data: unknown } }).result.data;
}

test('sign in with the form, back to the page it was opened from, then sign out', async ({
	page
}) => {
	await page.goto('/alliance');
	await topBar(page).getByRole('link', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/signin$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// The schema's messages, inline, before anything is sent; focus on the first bad field.
	await page.getByRole('button', { name: 'Sign in' }).click();
	const email = page.getByLabel('E-mail');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toBeFocused();
	await expect(page.getByText('Not an e-mail address')).toBeVisible();
	await expect(page.getByText('Enter the password')).toBeVisible();

	// The server's 401.
	await email.fill(e2eUsers.editor.email);
	await page.getByLabel('Password').fill('not the password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('E-mail or password is wrong');
	expect(await me(page)).toBeNull();
	expect(await axeViolations(page)).toEqual([]);

	await page.getByLabel('Password').fill(e2ePassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/alliance$/);
	await expect(topBar(page).getByText(e2eUsers.editor.name)).toBeVisible();
	await expect(topBar(page).getByText('editor', { exact: true })).toBeVisible();
	await expect(topBar(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
	expect(await me(page)).toMatchObject({ email: e2eUsers.editor.email, role: 'editor' });
	const cookies = await page.context().cookies();
	expect(cookies.find((c) => c.name === 'untoc_session')).toMatchObject({
		httpOnly: true,
		sameSite: 'Strict',
		path: '/'
	});

	await topBar(page).getByRole('button', { name: 'Sign out' }).click();
	await expect(topBar(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
	expect(await me(page)).toBeNull();
});

test('an admin manages users and reads the audit log with before and after', async ({ page }) => {
	await signInAs(page, 'admin');
	await page.goto('/');
	await topBar(page).getByRole('link', { name: 'Admin' }).click();
	await expect(page).toHaveURL(/\/admin$/);
	const users = page.getByRole('region', { name: 'Users' });
	for (const user of Object.values(e2eUsers)) {
		await expect(users.getByRole('cell', { name: user.email })).toBeVisible();
	}
	// Your own row cannot be demoted or disabled.
	await expect(
		users.getByRole('combobox', { name: `Role of ${e2eUsers.admin.name}` })
	).toBeDisabled();

	// Adding a user: the schema's message first, then the user.
	const stamp = Date.now();
	await page.getByLabel('Name').fill('Nia New');
	await page.getByLabel('E-mail').fill(`nia-${stamp}@example.org`);
	await page.getByLabel('Initial password').fill('short');
	await page.getByRole('button', { name: 'Add user' }).click();
	await expect(page.getByText('Use at least 12 characters')).toBeVisible();
	await page.getByLabel('Initial password').fill(e2ePassword);
	await page.getByLabel('Role', { exact: true }).selectOption('editor');
	await page.getByRole('button', { name: 'Add user' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added Nia New' })).toBeVisible();
	await expect(users.getByRole('cell', { name: `nia-${stamp}@example.org` })).toBeVisible();

	// Change her role, then disable her.
	await users.getByRole('combobox', { name: 'Role of Nia New' }).selectOption('analyst');
	await expect(page.getByText('Nia New is now an analyst.')).toBeVisible();
	await users.getByRole('button', { name: 'Disable Nia New' }).click();
	await expect(users.getByRole('button', { name: 'Enable Nia New' })).toBeVisible();

	// The audit log, newest first, with the change behind a disclosure.
	const log = page.getByRole('region', { name: 'Audit log entries' });
	const newest = log.getByRole('row').nth(1);
	await expect(newest).toContainText('update');
	await expect(newest).toContainText(`${e2eUsers.admin.name} (${e2eUsers.admin.email})`);
	await newest.getByText('Show').click();
	await expect(newest.locator('pre').first()).toContainText('"disabled": false');
	await expect(newest.locator('pre').last()).toContainText('"disabled": true');
	await expect(page.getByText(/^Page 1 of \d+ \([\d,]+ entries\)$/)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('an analyst has no Admin link and gets the 403 message on /admin', async ({ page }) => {
	await signInAs(page, 'analyst');
	await page.goto('/admin');
	await expect(topBar(page).getByText(e2eUsers.analyst.name)).toBeVisible();
	await expect(topBar(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
	await expect(page.getByRole('alert')).toContainText('This page is for admins (403)');
	await expect(page.getByRole('region', { name: 'Users' })).toHaveCount(0);
	const response = await page.request.get('/trpc/admin.users');
	expect(response.status()).toBe(403);
	expect(await axeViolations(page)).toEqual([]);
});

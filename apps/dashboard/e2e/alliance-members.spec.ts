// The member list under the alliance charts and the member panel it opens.
import { expect, test } from '@playwright/test';
import { api, growthCard, memberList, names, type MembersPage } from './alliance-helpers.ts';
import { axeViolations } from './axe.ts';
import { signInAs } from './auth-helpers.ts';

// These specs compare the charts with exact API numbers and list every organisation: signed in as
// an analyst (anonymous visitors see small counts suppressed: e2e/public-view.spec.ts).
test.beforeEach(async ({ page }) => {
	await signInAs(page, 'analyst');
});

test('the member list: search, sort both ways and pages follow the API', async ({ page }) => {
	await page.goto('/alliance?alliance=PAK');
	const input = { alliance: 'PAK' };
	const all = await api<MembersPage>(page, 'members.list', input);
	await expect(memberList(page).getByRole('status').first()).toHaveText(`${all.total} members`);
	expect(await names(page)).toEqual(all.rows.map((r) => r.name));
	const pages = Math.ceil(all.total / 25);
	await expect(memberList(page).getByRole('navigation')).toContainText(`Page 1 of ${pages}`);

	await memberList(page).getByRole('button', { name: 'Next' }).click();
	await expect(memberList(page).getByRole('navigation')).toContainText(`Page 2 of ${pages}`);
	const second = await api<MembersPage>(page, 'members.list', { ...input, page: 2 });
	expect(await names(page)).toEqual(second.rows.map((r) => r.name));

	const joined = memberList(page).getByRole('columnheader', { name: /Joined/ });
	await joined.getByRole('button').click();
	await expect(joined).toHaveAttribute('aria-sort', 'ascending');
	await joined.getByRole('button').click();
	await expect(joined).toHaveAttribute('aria-sort', 'descending');
	await expect(memberList(page).getByRole('navigation')).toContainText(`Page 1 of ${pages}`);
	const newest = await api<MembersPage>(page, 'members.list', {
		...input,
		sort: 'joinedOn',
		order: 'desc'
	});
	expect(await names(page)).toEqual(newest.rows.map((r) => r.name));

	const word = (all.rows[0]?.name ?? '').split(' ')[0] ?? '';
	await memberList(page).getByRole('searchbox', { name: 'Search by name' }).fill(`  ${word} `);
	const found = await api<MembersPage>(page, 'members.list', {
		...input,
		q: word,
		sort: 'joinedOn',
		order: 'desc'
	});
	await expect(memberList(page).getByRole('status').first()).toHaveText(
		`${found.total} ${found.total === 1 ? 'member' : 'members'}`
	);
	expect(await names(page)).toEqual(found.rows.map((r) => r.name));

	await memberList(page).getByRole('searchbox').fill('zzzz nobody');
	await expect(memberList(page)).toContainText('No members match the search “zzzz nobody”.');
	await memberList(page).getByRole('button', { name: 'Clear filters and search' }).click();
	await expect(memberList(page).getByRole('status').first()).toHaveText(`${all.total} members`);
});

test('the member panel: opens from a row with the API event count, Escape, Back and reload', async ({
	page
}) => {
	await page.goto('/alliance?alliance=PAK');
	const list = await api<MembersPage>(page, 'members.list', { alliance: 'PAK' });
	const member = list.rows[0];
	const detail = await api<{ name: string; events: { total: number } }>(page, 'members.byId', {
		id: member?.id
	});
	const open = memberList(page).getByRole('button', { name: member?.name ?? '', exact: true });
	await open.click();
	await expect(page).toHaveURL(new RegExp(`[?&]member=${member?.id ?? -1}(&|$)`));
	const dialog = page.getByRole('dialog', { name: detail.name });
	await expect(dialog).toBeFocused();
	const events = detail.events.total;
	await expect(dialog.locator('[aria-labelledby="member-events"] .count')).toHaveText(
		new RegExp(`^${events} events?`)
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page).not.toHaveURL(/member=/);
	await expect(open).toBeFocused();

	await page.goBack();
	await expect(dialog).toBeVisible();
	await page.reload();
	await expect(page.getByRole('dialog', { name: detail.name })).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page).not.toHaveURL(/member=/);
	await page.goForward();
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
});

test('a member id that does not exist says so', async ({ page }) => {
	await page.goto('/alliance?alliance=PAK&member=999999');
	await expect(page.getByRole('dialog')).toContainText('No member with id 999999.');
});

test('axe finds no violations with the growth table and the member panel open', async ({
	page
}) => {
	await page.goto('/alliance?alliance=PAK');
	const list = await api<MembersPage>(page, 'members.list', { alliance: 'PAK' });
	await expect(growthCard(page).locator('path.band').first()).toBeVisible();
	await growthCard(page).getByRole('button', { name: 'Show table' }).click();
	await memberList(page)
		.getByRole('button', { name: list.rows[0]?.name ?? '', exact: true })
		.click();
	await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
		list.rows[0]?.name ?? ''
	);
	expect(await axeViolations(page)).toEqual([]);
});

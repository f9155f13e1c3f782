// Editing end to end: an editor renames an organisation from the member panel (a field error
// inline first, from the same schema as the server) and the member list shows the new name; an
// event's participant rows; an analyst sees no edit controls and the API answers 403.
import { expect, test, type Page } from '@playwright/test';
import { api, memberList } from './alliance-helpers.ts';
import { signInAs } from './auth-helpers.ts';
import { axeViolations } from './axe.ts';

// Two cores shared with the server and the build: axe on the engagement page takes a while.
test.describe.configure({ timeout: 120_000 });

interface MembersPage {
	rows: { id: number; name: string }[];
}

async function openMember(page: Page): Promise<{ id: number; name: string }> {
	await page.goto('/alliance?alliance=PAK');
	const list = await api<MembersPage>(page, 'members.list', { alliance: 'PAK', pageSize: 5 });
	const member = list.rows[1];
	if (!member) throw new Error('No member to edit');
	await memberList(page).getByRole('button', { name: member.name, exact: true }).click();
	await expect(page.getByRole('dialog', { name: member.name })).toBeVisible();
	return member;
}

test('an editor renames an organisation from the member panel; the list shows it', async ({
	page
}) => {
	await signInAs(page, 'editor');
	const member = await openMember(page);
	const panel = page.getByRole('dialog', { name: member.name });
	await panel.getByRole('button', { name: 'Edit organisation' }).click();
	const form = page.getByRole('dialog', { name: `Edit organisation: ${member.name}` });
	const name = form.getByLabel('Name', { exact: true });
	await expect(name).toBeFocused();
	await expect(name).toHaveValue(member.name);

	// The schema's message, inline, before anything is sent; focus on the bad field.
	await name.fill(' ');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toBeFocused();
	const error = form.getByText('Too small: expected string to have >=1 characters');
	await expect(error).toBeVisible();
	await expect(name).toHaveAttribute('aria-describedby', (await error.getAttribute('id')) ?? '');
	expect(await axeViolations(page)).toEqual([]);

	// Escape cancels the form only: the panel stays.
	await page.keyboard.press('Escape');
	await expect(form).toBeHidden();
	await expect(panel).toBeVisible();

	const renamed = `${member.name} (renamed)`;
	await panel.getByRole('button', { name: 'Edit organisation' }).click();
	await form.getByLabel('Name', { exact: true }).fill(renamed);
	await expect(name).not.toHaveAttribute('aria-invalid', 'true');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toBeHidden();
	const saved = page.getByRole('dialog', { name: renamed });
	await expect(saved.getByRole('status').filter({ hasText: `Saved ${renamed}.` })).toBeVisible();
	await expect(saved.getByRole('button', { name: 'Edit organisation' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(memberList(page).getByRole('button', { name: renamed, exact: true })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('an editor adds a participant row to an event and removes it again', async ({ page }) => {
	await signInAs(page, 'editor');
	await page.goto('/engagement?alliance=PAK&event=1');
	const event = page.getByRole('dialog').filter({ has: page.getByRole('heading', { level: 2 }) });
	const rows = event.getByRole('region', { name: 'Edit this event' });
	await expect(rows.getByRole('button', { name: 'Edit event' })).toBeVisible();
	await expect(rows.getByText('Loading the participant rows…')).toHaveCount(0);
	const before = await rows.getByRole('listitem').count();
	await rows.getByRole('button', { name: 'Add participant row' }).click();
	const form = page.getByRole('dialog', { name: 'New participant row' });
	await form.getByLabel('People').fill('7');
	await form.getByLabel('Side').selectOption('government');
	await form.getByRole('button', { name: 'Save' }).click();
	// Government delegations have no sector: the server's rule, shown before sending.
	await expect(
		form.getByText('A sector is given for civil-society participants and only for them')
	).toBeVisible();
	await form.getByLabel('Sector').selectOption('');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toBeHidden();
	await expect(rows.getByRole('listitem')).toHaveCount(before + 1);
	expect(await axeViolations(page)).toEqual([]);

	const added = rows.getByRole('listitem').filter({ hasText: 'Government · 7 participants' });
	await added.getByRole('button', { name: /^Edit row / }).click();
	const edit = page.getByRole('dialog', { name: /^Edit participant row:/ });
	await edit.getByRole('button', { name: 'Delete…' }).click();
	await edit.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(edit).toBeHidden();
	await expect(rows.getByRole('listitem')).toHaveCount(before);
});

test('an analyst sees no edit controls, and the API refuses the write', async ({ page }) => {
	await signInAs(page, 'analyst');
	const member = await openMember(page);
	const panel = page.getByRole('dialog', { name: member.name });
	await expect(panel.getByText('Events attended')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Edit organisation' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'New organisation' })).toHaveCount(0);
	const answer = await page.request.post('/trpc/organisations.create', {
		data: {
			name: 'Not allowed',
			sector: 'ngo',
			country: 'PAK',
			public: true,
			verified: false,
			synthetic: false,
			sourceUrl: null
		}
	});
	expect(answer.status()).toBe(403);
	expect(await axeViolations(page)).toEqual([]);
});

test("an editor sets a review step's status; the schema's rule shows inline", async ({ page }) => {
	await signInAs(page, 'editor');
	await page.goto('/review?alliance=PAK');
	const card = page.getByRole('region', { name: 'Edit a review step' });
	await card.getByLabel('Step').selectOption('experts');
	await card.getByRole('button', { name: 'Edit step' }).click();
	const form = page.getByRole('dialog', { name: /^Edit review step:/ });
	await form.getByLabel('Status').selectOption('in_progress');
	await form.getByLabel('Completed on').fill('2024-01-31');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByText('Only a completed step has a completion date')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await form.getByLabel('Completed on').fill('');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toBeHidden();
	await expect(card.getByRole('status')).toHaveText(/^Saved /);
});

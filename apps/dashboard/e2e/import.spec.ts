// Import in Chromium: an editor previews a members CSV with an error (row and column shown),
// fixes it, commits it, and the member list shows the new member; analysts get no import page
// but can download the member list.
import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers.ts';
import { axeViolations } from './axe.ts';

const header = 'Organisation,Sector,Country,Public,Alliance,Role,Joined on,Themes';
const good = 'Playwright Import Forum,NGO / CSO,PAK,yes,PAK,member,2025-06-01,Drugs';

function csv(rows: string[]) {
	return { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) };
}

test('an editor previews a file with an error, fixes it and commits it', async ({ page }) => {
	await signInAs(page, 'editor');
	await page.goto('/import');
	await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
	await expect(page.getByRole('radio', { name: /Members/ })).toBeChecked();
	const fileInput = page.getByLabel('File (CSV or XLSX)');
	await fileInput.setInputFiles(
		csv([header, good, 'Second Forum,ngo,PAK,maybe,PAK,member,2025-06-01,'])
	);
	const preview = page.getByRole('button', { name: 'Preview' });
	const commit = page.getByRole('button', { name: 'Commit' });
	await expect(commit).toBeDisabled();
	await preview.click();

	const errors = page.getByRole('table', { name: /Errors/ });
	await expect(errors.getByRole('row')).toHaveCount(2);
	await expect(errors.getByRole('row').nth(1)).toHaveText(
		/3\s*Public\s*Expected yes or no, found "maybe"/
	);
	await expect(commit).toBeDisabled();
	expect(await axeViolations(page)).toEqual([]);

	await fileInput.setInputFiles(
		csv([header, good, 'Second Forum,ngo,PAK,no,PAK,member,2025-06-01,'])
	);
	await preview.click();
	const counts = page.getByRole('table', { name: /Rows to write/ });
	await expect(counts.getByRole('row', { name: /Memberships/ })).toHaveText(
		/Memberships\s*2\s*0\s*0/
	);
	await expect(commit).toBeEnabled();
	await commit.click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
	await expect(
		page.getByRole('table', { name: /Rows written/ }).getByRole('row', { name: /Organisations/ })
	).toHaveText(/Organisations\s*2\s*0\s*0/);
	expect(await axeViolations(page)).toEqual([]);

	await page.goto('/alliance?alliance=PAK');
	await page.getByRole('searchbox', { name: 'Search by name' }).fill('Playwright Import');
	await expect(page.getByRole('button', { name: 'Playwright Import Forum' })).toBeVisible();
});

test('re-importing the same file changes nothing', async ({ page }) => {
	await signInAs(page, 'editor');
	await page.goto('/import');
	const events = [
		'Title,Type,Alliance,Start date,Format,Clusters',
		'Playwright roundtable,Roundtable,PAK,2025-07-01,Online,1;2'
	];
	const file = { ...csv(events), name: 'events.csv' };
	await page.getByRole('radio', { name: /Events/ }).check();
	const fileInput = page.getByLabel('File (CSV or XLSX)');
	await fileInput.setInputFiles(file);
	await page.getByRole('button', { name: 'Preview' }).click();
	await page.getByRole('button', { name: 'Commit' }).click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();

	await fileInput.setInputFiles({ ...file, name: 'events-again.csv' });
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByText('the file changes nothing')).toBeVisible();
	await expect(
		page.getByRole('table', { name: /Rows to write/ }).getByRole('row', { name: /Events/ })
	).toHaveText(/Events\s*0\s*0\s*1/);
	await expect(page.getByRole('button', { name: 'Commit' })).toBeDisabled();
});

test('an analyst sees no import page but can download the member list', async ({ page }) => {
	await signInAs(page, 'analyst');
	await page.goto('/import');
	await expect(page.getByRole('alert')).toContainText('Only editors can import data.');
	await expect(
		page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Import' })
	).toHaveCount(0);

	await page.goto('/alliance?alliance=PAK');
	const link = page.getByRole('link', { name: 'Download members as CSV' });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
	expect(await axeViolations(page)).toEqual([]);
});

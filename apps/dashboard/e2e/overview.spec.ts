import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const count = new Intl.NumberFormat('en-GB');

const composition = (page: Page) => page.getByRole('figure', { name: /Members by sector/ });
const sectorBars = (page: Page) => composition(page).locator('g.bar');

async function chooseSector(page: Page, label: string) {
	await page.getByRole('button', { name: /^Sector:/ }).click();
	await page.getByRole('checkbox', { name: label, exact: true }).check();
	await page.keyboard.press('Escape');
}

test('the overview shows three chart cards with captions, findings and marks', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
	const figures = page.getByRole('figure');
	await expect(figures).toHaveCount(3);
	for (const name of [
		/Members by sector/,
		/Engagement events over time/,
		/Review progress per cluster/
	]) {
		const figure = page.getByRole('figure', { name });
		await expect(figure.locator('figcaption h2')).toBeVisible();
		await expect(figure.locator('svg[role="img"]').first()).toBeVisible();
		await expect(figure.locator('svg[role="img"] rect').first()).toBeAttached();
	}
	await expect(sectorBars(page)).not.toHaveCount(0);
	await expect(composition(page).locator('.summary')).toContainText(
		/makes up \d+% of the \d+ members/
	);
	await expect(page.getByText('Demo data', { exact: true }).first()).toBeVisible();
	await expect(
		page.getByRole('figure', { name: /Engagement/ }).locator('.milestones text')
	).toContainText(['Pilot launch', 'COP11', 'COP12']);
	// No CSP violation (zod runs jitless) and no other error on the console.
	expect(problems).toEqual([]);
});

test('choosing a sector puts it in the URL, filters the chart and matches the API', async ({
	page
}) => {
	await page.goto('/');
	await expect(sectorBars(page).first()).toBeVisible();
	await chooseSector(page, 'Academia');
	await expect(page).toHaveURL(/\?sectors=academia$/);
	await expect(sectorBars(page)).toHaveCount(1);
	await expect(sectorBars(page).first()).toHaveAttribute('data-key', 'academia');

	const input = encodeURIComponent(JSON.stringify({ sectors: ['academia'] }));
	const response = await page.request.get(`/trpc/alliance.composition?input=${input}`);
	expect(response.ok()).toBe(true);
	const body = (await response.json()) as { result: { data: { total: number } } };
	const total = count.format(body.result.data.total);

	await composition(page).getByRole('button', { name: 'Show table' }).click();
	const row = composition(page).getByRole('row', { name: /Academia/ });
	await expect(row.getByRole('cell').first()).toHaveText(total);
	await expect(sectorBars(page).locator('text.value')).toHaveText(total);

	await page.reload();
	await expect(page).toHaveURL(/\?sectors=academia$/);
	await expect(sectorBars(page)).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Remove Academia' })).toBeVisible();
});

test('Back restores the previous view state', async ({ page }) => {
	await page.goto('/?interval=year');
	await expect(sectorBars(page).first()).toBeVisible();
	const all = await sectorBars(page).count();
	await chooseSector(page, 'Media');
	await expect(page).toHaveURL(/sectors=media/);
	await expect(sectorBars(page)).toHaveCount(1);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?interval=year$/);
	await expect(sectorBars(page)).toHaveCount(all);
	await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
});

test('a rejected URL value is named in a notice and the rest still applies', async ({ page }) => {
	await page.goto('/?sectors=academia,nope');
	const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('“nope”');
	await expect(notice).toContainText('sectors');
	await expect(sectorBars(page)).toHaveCount(1);
	await expect(sectorBars(page).first()).toHaveAttribute('data-key', 'academia');
});

test('axe finds no accessibility violations, with and without a table open', async ({ page }) => {
	await page.goto('/?sectors=academia,ngo&interval=quarter');
	await expect(sectorBars(page)).toHaveCount(2);
	await expect(
		page
			.getByRole('figure', { name: /Review progress/ })
			.locator('svg[role="img"]')
			.first()
	).toBeVisible();
	const run = () => axeViolations(page);
	expect(await run()).toEqual([]);
	await composition(page).getByRole('button', { name: 'Show table' }).click();
	await page
		.getByRole('figure', { name: /Engagement/ })
		.getByRole('button', { name: 'Show table' })
		.click();
	expect(await run()).toEqual([]);
});

test('the sector control and the table toggle work with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await expect(sectorBars(page).first()).toBeVisible();
	const sector = page.getByRole('button', { name: /^Sector:/ });
	for (let i = 0; i < 10 && !(await sector.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(sector).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(sector).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: 'NGO / CSO' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/\?sectors=ngo$/);
	await page.keyboard.press('Escape');
	await expect(sector).toBeFocused();
	await expect(sector).toHaveAttribute('aria-expanded', 'false');

	const toggle = composition(page).getByRole('button', { name: 'Show table' });
	for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(composition(page).getByRole('table')).toBeVisible();
	await expect(composition(page).getByRole('row', { name: /NGO \/ CSO/ })).toBeVisible();
});

// Phones and dark mode: each view at 360×740 has no horizontal page scroll and 44×44 px touch
// targets, the filter panel works with the keyboard, and the theme follows the system or the switch.
import { expect, test, type Page } from '@playwright/test';
import { sectorCard } from './alliance-helpers.ts';
import { axeViolations } from './axe.ts';

const views = [
	{ path: '/', heading: 'Overview' },
	{ path: '/alliance?alliance=PAK', heading: 'Alliance members' },
	{ path: '/engagement', heading: 'Stakeholder engagement' },
	{ path: '/review?alliance=PAK', heading: 'Review progress' }
];

/** The dark theme's page background (app.css `--bg`). */
const darkBackground = 'rgb(15, 17, 20)';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

/** Opens `path` and waits until its first chart has been drawn. */
async function open(page: Page, path: string, heading: string) {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	await expect(page.locator('figure[data-status="ready"] svg[role="img"]').first()).toBeVisible();
}

/**
 * The visible buttons, selects, inputs and navigation links smaller than 44×44 px (a check box or
 * radio button is measured by its label, which is the target).
 */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const small: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('button, select, input, nav a')) {
			const choice = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type);
			const target = choice ? (el.closest('label') ?? el.labels?.[0] ?? el) : el;
			if (!target.checkVisibility({ visibilityProperty: true })) continue;
			const box = target.getBoundingClientRect();
			if (box.width < 43.5 || box.height < 43.5) {
				const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim();
				small.push(
					`${target.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`
				);
			}
		}
		return small;
	});
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const { path, heading } of views) {
	test(`${path} at 360 px: no sideways scroll, 44 px targets, a filter panel for the keyboard`, async ({
		page
	}) => {
		await open(page, path, heading);
		expect(await pageWidth(page)).toBeLessThanOrEqual(360);
		expect(await smallTargets(page)).toEqual([]);

		const toggle = page.getByRole('button', { name: /^Filters/ });
		const sector = page.getByRole('button', { name: /^Sector:/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(sector).toBeHidden();
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(sector).toBeVisible();
		const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
		await expect(panel).toContainText('Sector');
		expect(await pageWidth(page)).toBeLessThanOrEqual(360);
		expect(await smallTargets(page)).toEqual([]);

		await page.keyboard.press('Tab');
		await expect(sector).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(toggle).toBeFocused();
		await expect(sector).toBeHidden();
	});
}

test('the language switch turns the page to Urdu, right to left, still without sideways scroll', async ({
	page
}) => {
	await open(page, '/', 'Overview');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
	await expect(page).toHaveURL(/[?&]lang=ur(&|$)/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('combobox', { name: 'زبان' })).toHaveValue('ur');
	await expect(page.getByRole('button', { name: 'فلٹر' })).toBeVisible();
	expect(await pageWidth(page)).toBeLessThanOrEqual(360);
	expect(await smallTargets(page)).toEqual([]);
	expect(await axeViolations(page)).toEqual([]);
});

test('the filter toggle counts the active filters', async ({ page }) => {
	await open(page, '/?sectors=academia,ngo&from=2023-01-01', 'Overview');
	await expect(page.getByRole('button', { name: 'Filters (3)' })).toBeVisible();
});

test('a table scrolls inside its own focusable region, not the page', async ({ page }) => {
	await open(page, '/alliance?alliance=PAK', 'Alliance members');
	const card = sectorCard(page);
	await card.getByRole('button', { name: 'Show table' }).click();
	const region = card.getByRole('region');
	await expect(region).toHaveAttribute('tabindex', '0');
	await expect(region).toHaveAccessibleName(/.+/);
	expect(await pageWidth(page)).toBeLessThanOrEqual(360);
});

test('the dark theme chosen in the top bar persists across a reload', async ({ page }) => {
	await open(page, '/', 'Overview');
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
	const root = page.locator('html');
	await expect(root).toHaveAttribute('data-theme', 'dark');
	await expect(root).toHaveCSS('background-color', darkBackground);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
	await expect(root).toHaveAttribute('data-theme', 'dark');
	await expect(root).toHaveCSS('background-color', darkBackground);
	await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

	await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
	await expect(root).toHaveCSS('background-color', 'rgb(244, 246, 248)');
});

test.describe('with the system in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the page is dark without a stored choice, and axe finds no violation', async ({ page }) => {
		await open(page, '/', 'Overview');
		const root = page.locator('html');
		await expect(root).not.toHaveAttribute('data-theme', /.*/);
		await expect(root).toHaveCSS('background-color', darkBackground);
		await expect(root).toHaveCSS('color', 'rgb(230, 232, 235)');
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const { path, heading } of views.slice(1)) {
		test(`${path} in dark: axe finds no violation`, async ({ page }) => {
			await open(page, path, heading);
			await expect(page.locator('html')).toHaveCSS('background-color', darkBackground);
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('"Light" in the switch wins over the system', async ({ page }) => {
		await open(page, '/', 'Overview');
		await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
		await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(244, 246, 248)');
	});
});

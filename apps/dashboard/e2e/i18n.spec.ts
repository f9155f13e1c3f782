// Issue #8 in Chromium: Urdu on a phone (right to left, translated captions, mirrored time axes),
// dark mode's contrast, and axe in both languages and both themes.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { lowContrasts } from './contrast.ts';

const views = ['/', '/alliance', '/engagement', '/review'] as const;

/** Latin words left in a text, acronyms (all capitals) aside. */
const englishWords = (text: string) =>
	(text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^[A-Z0-9]+$/.test(w));

async function chartsDrawn(page: Page) {
	await expect(page.locator('figure svg[role="img"]').first()).toBeVisible();
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The on-screen x of each dated tick of every time axis, in date order. */
function timeAxes(page: Page) {
	return page.locator('[data-axis="time"]').evaluateAll((axes) =>
		axes.map((axis) =>
			[...axis.querySelectorAll('[data-date]')]
				.map((tick) => ({
					date: tick.getAttribute('data-date') ?? '',
					x: tick.getBoundingClientRect().x
				}))
				.sort((a, b) => a.date.localeCompare(b.date))
		)
	);
}

test.describe('Urdu on a 360 × 740 phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });

	for (const view of views) {
		test(`${view}: right to left, captions in Urdu, nothing wider than the screen`, async ({
			page
		}) => {
			await page.goto(`${view}?lang=ur`);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
			await chartsDrawn(page);
			const captions = await page.locator('figure figcaption h2').allTextContents();
			expect(captions.length).toBeGreaterThan(0);
			for (const caption of captions) {
				expect(caption).toMatch(/[\u0600-\u06FF]/);
				expect(englishWords(caption)).toEqual([]);
			}
			const h1 = await page.getByRole('heading', { level: 1 }).textContent();
			expect(h1).toMatch(/[\u0600-\u06FF]/);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
		});
	}

	test('time axes run right to left in Urdu and left to right in English', async ({ page }) => {
		await page.goto('/engagement?lang=ur');
		await chartsDrawn(page);
		const rtl = await timeAxes(page);
		expect(rtl.length).toBeGreaterThan(0);
		for (const ticks of rtl) {
			expect(ticks.length).toBeGreaterThan(1);
			for (let i = 1; i < ticks.length; i++)
				expect(ticks[i]?.x).toBeLessThan(ticks[i - 1]?.x ?? -Infinity);
		}
		await page.goto('/engagement?lang=en');
		await chartsDrawn(page);
		for (const ticks of await timeAxes(page)) {
			for (let i = 1; i < ticks.length; i++)
				expect(ticks[i]?.x).toBeGreaterThan(ticks[i - 1]?.x ?? Infinity);
		}
	});

	test('the language switch moves to English and back, and Back undoes it', async ({ page }) => {
		await page.goto('/alliance?lang=ur');
		await chartsDrawn(page);
		await page.getByRole('combobox', { name: 'زبان' }).selectOption('en');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page).toHaveURL(/lang=en/);
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/[\u0600-\u06FF]/);
		await page.goBack();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});
});

test.describe('the browser preference', () => {
	test.use({ locale: 'ur-PK' });

	test('an Urdu browser gets Urdu without lang= in the URL', async ({ page }) => {
		await page.goto('/review');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page).not.toHaveURL(/lang=/);
	});
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });

	for (const view of views) {
		test(`${view}: chart text ≥ 4.5:1 and marks ≥ 3:1 against their background`, async ({
			page
		}) => {
			await page.goto(view);
			await chartsDrawn(page);
			const background = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			// The page is dark: every channel of its background is below 50 of 255.
			expect(background).toMatch(/^rgb\([1-4]?\d, [1-4]?\d, [1-4]?\d\)$/);
			expect(await lowContrasts(page)).toEqual([]);
		});
	}
});

test.describe('axe in both languages and both themes', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const lang of ['en', 'ur']) {
			test(`${lang}, ${colorScheme}: no violations on any view`, async ({ browser }) => {
				const context = await browser.newContext({ colorScheme });
				const page = await context.newPage();
				for (const view of views) {
					await page.goto(`${view}?lang=${lang}`);
					await chartsDrawn(page);
					expect({ view, violations: await axeViolations(page) }).toEqual({
						view,
						violations: []
					});
				}
				await context.close();
			});
		}
	}
});

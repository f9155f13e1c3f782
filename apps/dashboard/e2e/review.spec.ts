import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const swimlane = (page: Page) => page.getByRole('figure', { name: /Steps of the country reviews/ });
const phases = (page: Page) => page.getByRole('figure', { name: /Review phases 2020–2030/ });

async function api<T>(page: Page, path: string, input?: unknown): Promise<T> {
	const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
	const response = await page.request.get(`/trpc/${path}${query}`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

async function read(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFileSync(path);
}

test('the top bar links the overview and the review page, keeping the view state', async ({
	page
}) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto('/?sectors=academia');
	await page.getByRole('link', { name: 'Review progress' }).click();
	await expect(page).toHaveURL(/\/review\?sectors=academia$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Review progress' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Review progress' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
	await page.goForward();
	await expect(swimlane(page).locator('svg.swimlane').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('the timeline and the swimlane render, with today, delays in days and unknown steps', async ({
	page
}) => {
	await page.goto('/review?alliance=PAK');
	const progress = await api<{
		asOf: string;
		clusters: { steps: { step: string; delayDays: number | null; status: string | null }[] }[];
	}>(page, 'review.progress', { country: 'PAK' });
	await expect(phases(page).locator('g.row')).toHaveCount(5);
	await expect(phases(page).locator('g.row[data-verified="false"]')).toHaveCount(3);
	await expect(phases(page).locator(`g.today[data-today="${progress.asOf}"]`)).toBeVisible();
	await expect(phases(page).locator('g.today text')).toContainText('Today');

	const lanes = swimlane(page).locator('g.lane');
	await expect(lanes).toHaveCount(7);
	await expect(swimlane(page).locator('g.today')).toHaveCount(1);
	const saq = progress.clusters[0]?.steps.find((s) => s.step === 'self_assessment');
	const days = new Intl.NumberFormat('en-GB').format(saq?.delayDays ?? -1);
	await expect(
		swimlane(page).locator('g.lane[data-key="self_assessment"] .delay-label')
	).toHaveText(`+${days} days`);
	const dialogue = swimlane(page).locator('g.lane[data-key="dialogue"]');
	await expect(dialogue).toHaveAttribute('data-status', 'unknown');
	await expect(dialogue.locator('.note')).toHaveText('unknown');
	await expect(dialogue.locator('rect.unknown')).toBeAttached();
});

test('CSV, SVG and PNG downloads: the CSV matches the API, the SVG parses, the PNG is a PNG', async ({
	page
}) => {
	await page.goto('/review?alliance=PAK');
	const card = page.getByRole('figure', {
		name: /Civil-society contributions per cluster, by type/
	});
	await expect(card.locator('svg[role="img"]')).toBeVisible();
	const data = await api<{ byType: { cluster: number | null; type: string; count: number }[] }>(
		page,
		'review.contributions',
		{ alliance: 'PAK' }
	);

	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'CSV' }).click()
	]);
	expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
	const csv = (await read(csvDownload)).toString('utf8').split('\r\n');
	expect(csv[0]).toBe('# Civil-society contributions per cluster, by type');
	expect(csv[1]).toBe('# Filter: alliance PAK');
	expect(csv.some((l) => l.startsWith('# Source:'))).toBe(true);
	expect(csv.some((l) => /^# As of: \d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
	const header = csv.find((l) => l.startsWith('Type,')) ?? '';
	expect(header).toBe('Type,Cluster 1,Cluster 2,Cluster 3,Cluster 4,Whole review');
	const paper = csv.find((l) => l.startsWith('Position paper,'))?.split(',') ?? [];
	const count = (cluster: number | null) =>
		String(
			data.byType.find((r) => r.type === 'position_paper' && r.cluster === cluster)?.count ?? 0
		);
	expect(paper.slice(1)).toEqual([count(1), count(2), count(3), count(4), count(null)]);

	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'SVG' }).click()
	]);
	const svgText = (await read(svgDownload)).toString('utf8');
	const root = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			name: doc.documentElement.nodeName,
			errors: doc.getElementsByTagName('parsererror').length,
			fills: doc.querySelectorAll('[fill]').length
		};
	}, svgText);
	expect(root).toMatchObject({ name: 'svg', errors: 0 });
	expect(root.fills).toBeGreaterThan(0);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('figure', { name: /Steps of the country reviews/ })
			.getByRole('button', { name: 'PNG' })
			.click()
	]);
	const png = await read(pngDownload);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('axe finds no accessibility violations on the review page', async ({ page }) => {
	await page.goto('/review');
	await expect(swimlane(page).locator('svg.swimlane').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: /Articles per cluster/ })).toBeVisible();
	const run = () => axeViolations(page);
	expect(await run()).toEqual([]);
	await swimlane(page).getByRole('button', { name: 'Show table' }).click();
	expect(await run()).toEqual([]);
});

test('the nav links and the export buttons are reachable with the keyboard', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('figure').first().locator('svg[role="img"]')).toBeVisible();
	const focusOn = async (target: ReturnType<Page['getByRole']>, max: number) => {
		for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(target).toBeFocused();
	};
	const link = page.getByRole('link', { name: 'Review progress' });
	await focusOn(link, 10);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/review$/);
	const csv = swimlane(page).getByRole('button', { name: 'CSV' });
	await expect(csv).toBeEnabled();
	await focusOn(csv, 80);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toMatch(/^steps-of-the-country-reviews.*\.csv$/);
});

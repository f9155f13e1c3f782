import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const views = ['overview', 'alliance', 'engagement', 'review'] as const;
type View = (typeof views)[number];

const en = new Intl.NumberFormat('en-GB');
const ur = new Intl.NumberFormat('ur-PK');

async function api<T>(page: Page, path: string, input?: unknown): Promise<T> {
	const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
	const response = await page.request.get(`/trpc/${path}${query}`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

interface Composition {
	total: number;
	bySector: unknown[];
	byRegion: unknown[];
}
interface Timeline {
	totals: { events: number; participants: number };
}

/** The headline numbers each brief must show, from the API's own answers (no filter). */
async function expectedHeadlines(
	page: Page,
	view: View,
	format: Intl.NumberFormat
): Promise<Record<string, string>> {
	const n = (x: number) => format.format(x);
	if (view === 'overview' || view === 'alliance') {
		const c = await api<Composition>(page, 'alliance.composition', {});
		const members = { members: n(c.total), sectors: n(c.bySector.length) };
		if (view === 'alliance') return { ...members, regions: n(c.byRegion.length) };
		const t = await api<Timeline>(page, 'engagement.timeline', { interval: 'month' });
		return {
			...members,
			regions: n(c.byRegion.length),
			events: n(t.totals.events),
			participants: n(t.totals.participants)
		};
	}
	if (view === 'engagement') {
		const t = await api<Timeline>(page, 'engagement.timeline', { interval: 'month' });
		const p = await api<{ byType: { trilateral: number }[] }>(page, 'engagement.participation', {
			interval: 'month'
		});
		return {
			events: n(t.totals.events),
			participants: n(t.totals.participants),
			trilateral: n(p.byType.reduce((sum, row) => sum + row.trilateral, 0))
		};
	}
	const contributions = await api<{ total: number }>(page, 'review.contributions', {});
	return { contributions: n(contributions.total) };
}

/** Opens a brief and waits until every number is in and every chart is drawn. */
async function openBrief(page: Page, search: string): Promise<void> {
	await page.goto(`/brief?${search}`);
	const sheet = page.locator('main.sheet');
	await expect(sheet).toHaveAttribute('aria-busy', 'false');
	const figures = sheet.getByRole('figure');
	await expect(figures.first()).toBeVisible();
	const count = await figures.count();
	expect(count).toBeGreaterThanOrEqual(2);
	expect(count).toBeLessThanOrEqual(4);
	for (let i = 0; i < count; i++) {
		const figure = figures.nth(i);
		await expect(figure).toHaveAttribute('data-status', /^(ready|empty)$/);
		if ((await figure.getAttribute('data-status')) === 'ready')
			await expect(figure.locator('svg[role="img"]').first()).toBeVisible();
	}
}

/** Prints the page to PDF as Chromium does and counts its pages (page objects, not the tree). */
async function printedPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function headlines(page: Page): Promise<Record<string, string>> {
	const items = page.getByTestId('brief-headline');
	const shown: Record<string, string> = {};
	for (const item of await items.all()) {
		const key = (await item.getAttribute('data-key')) ?? '';
		shown[key] = (await item.locator('dd').textContent())?.trim() ?? '';
	}
	return shown;
}

for (const view of views) {
	test(`the ${view} brief shows the API's numbers, its charts, and prints on one A4 page`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await openBrief(page, `view=${view}`);
		await expect(page.locator('main.sheet figure[data-status="ready"]')).toHaveCount(
			await page.locator('main.sheet figure').count()
		);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('brief-filter')).toHaveText('None: all records');
		await expect(page.getByTestId('brief-as-of')).toContainText(/^As of \d{1,2} \w+ \d{4}$/);
		await expect(page.getByText(/^Demo data: /)).toBeVisible();
		expect(await headlines(page)).toMatchObject(await expectedHeadlines(page, view, en));
		expect(await printedPages(page)).toBe(1);
		// Shrunk to fit, if at all, no further than a size that stays readable on paper.
		const fit = Number(await page.locator('main.sheet').getAttribute('data-fit'));
		expect(fit).toBeGreaterThanOrEqual(0.65);
		expect(fit).toBeLessThanOrEqual(1);
		expect(errors).toEqual([]);
	});
}

test('the Urdu brief is right to left, with the numbers of the API in ur-PK, on one page', async ({
	page
}) => {
	for (const view of ['alliance', 'engagement'] as const) {
		await openBrief(page, `view=${view}&lang=ur`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
		await expect(page.getByTestId('brief-filter')).toHaveText('کوئی نہیں: تمام ریکارڈ');
		expect(await headlines(page)).toMatchObject(await expectedHeadlines(page, view, ur));
		expect(await printedPages(page)).toBe(1);
	}
});

test('the page count sees the pages of a long view printed as it is', async ({ page }) => {
	await page.goto('/alliance');
	await expect(page.locator('figure[data-status="ready"]')).toHaveCount(4);
	expect(await printedPages(page)).toBeGreaterThan(1);
});

test('a long filter still prints on one page, said in words with the as-of day', async ({
	page
}) => {
	const search =
		'sectors=academia,ngo,media,legal,youth,think_tank&themes=drugs,firearms,corruption' +
		'&from=2022-01-01&to=2024-12-31&view=engagement';
	await openBrief(page, search);
	const filter = page.getByTestId('brief-filter').getByRole('listitem');
	await expect(filter).toHaveText([
		'Academia',
		'NGO / CSO',
		'Media',
		'Legal profession',
		'Youth',
		'Think tank',
		'Drugs',
		'Firearms',
		'Corruption',
		'From 1 Jan 2022',
		'Until 31 Dec 2024'
	]);
	await expect(page.getByTestId('brief-as-of')).toHaveText('As of 31 Dec 2024');
	expect(await printedPages(page)).toBe(1);
});

test('each view links to its brief with its URL state, and the brief links back', async ({
	page
}) => {
	await page.goto('/alliance?sectors=academia&interval=quarter');
	await page.getByRole('link', { name: 'Printable brief' }).click();
	await expect(page).toHaveURL(/\/brief\?sectors=academia&interval=quarter&view=alliance$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Alliance members' })).toBeVisible();
	await expect(page.getByTestId('brief-filter')).toHaveText('Academia');
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to the view' }).click();
	await expect(page).toHaveURL(/\/alliance\?sectors=academia&interval=quarter$/);
	for (const [path, view] of [
		['/', 'overview'],
		['/engagement', 'engagement'],
		['/review', 'review']
	] as const) {
		await page.goto(`${path}?themes=drugs`);
		await expect(page.getByRole('link', { name: 'Printable brief' })).toHaveAttribute(
			'href',
			`/brief?themes=drugs&view=${view}`
		);
	}
});

test('a view without a brief is reported and the overview brief shown', async ({ page }) => {
	await page.goto('/brief?view=admin');
	await expect(page.getByRole('alert')).toContainText('admin');
	await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('the brief is axe-clean in English and in Urdu', async ({ page }) => {
	for (const search of ['view=overview', 'view=review&lang=ur']) {
		await openBrief(page, search);
		expect(await axeViolations(page), search).toEqual([]);
	}
});

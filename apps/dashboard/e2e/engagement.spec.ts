import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import {
	api,
	cards,
	clusterCard,
	clusterRow,
	count,
	read,
	ready,
	sectorCard,
	sideCard,
	tableBuckets,
	trilateralCard,
	typesCard,
	type ByCluster,
	type Participation,
	type Timeline
} from './engagement-page.ts';

test('the page renders its five cards from the API, with milestones on the time axes', async ({
	page
}) => {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	await page.goto('/engagement?alliance=PAK');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Stakeholder engagement' })
	).toBeVisible();
	for (const card of cards) {
		await ready(card(page));
		await expect(card(page).locator('svg[role="img"]')).toHaveAttribute('tabindex', '0');
	}
	const timeline = await api<Timeline>(page, 'engagement.timeline', {
		alliance: 'PAK',
		interval: 'month'
	});
	await expect(typesCard(page).locator('.summary')).toContainText(
		`${count.format(timeline.totals.events)} events with ${count.format(timeline.totals.participants)} participants`
	);
	const clusters = await api<ByCluster>(page, 'engagement.byCluster', { alliance: 'PAK' });
	const one = clusters.clusters.find((c) => c.cluster === 1);
	expect(await clusterRow(page, '1')).toBe(
		`${count.format(one?.events ?? -1)} ${count.format(one?.participants ?? -1)}`
	);
	await expect(clusterCard(page).locator('g.row').first()).toContainText('Cluster 1: ');
	const participation = await api<Participation>(page, 'engagement.participation', {
		alliance: 'PAK',
		interval: 'month'
	});
	const workshop = participation.byType.find((t) => t.type === 'workshop');
	await expect(trilateralCard(page).locator('g.row[data-key="workshop"] text.value')).toHaveText(
		new RegExp(`^${workshop?.trilateral} of ${workshop?.events} \\(`)
	);
	for (const card of [typesCard, sectorCard, sideCard])
		await expect(card(page).locator('.milestones text')).toContainText([/COP11/, /COP12/]);
	await expect(typesCard(page).locator('.note')).toContainText('COP11');
	expect(problems).toEqual([]);
});

test('the overview links its timeline card to the engagement page, keeping the view state', async ({
	page
}) => {
	await page.goto('/?alliance=PAK&interval=year');
	const link = page.getByRole('link', { name: 'More on the engagement page' });
	await expect(link).toHaveAttribute('href', '/engagement?alliance=PAK&interval=year');
	await link.click();
	await expect(page).toHaveURL(/\/engagement\?alliance=PAK&interval=year$/);
	await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
	await ready(typesCard(page));
});

test('when the milestones fail the time charts still draw, without milestones, and say so', async ({
	page
}) => {
	await page.route(/\/trpc\/[^?]*engagement\.milestones/, async (route) => {
		const paths = new URL(route.request().url()).pathname.replace('/trpc/', '').split(',');
		const response = await route.fetch();
		const body = (await response.json()) as unknown[];
		const failed = body.map((item, i) =>
			paths[i] === 'engagement.milestones'
				? {
						error: {
							message: 'No procedure found',
							code: -32004,
							data: { code: 'NOT_FOUND', httpStatus: 404, path: paths[i] }
						}
					}
				: item
		);
		await route.fulfill({ response, status: 207, json: failed });
	});
	await page.goto('/engagement?alliance=PAK');
	await ready(typesCard(page));
	await expect(typesCard(page).locator('.summary')).toContainText(
		'Milestones could not be loaded, so none are drawn.'
	);
	await expect(typesCard(page).locator('.milestones line')).toHaveCount(0);
	await expect(typesCard(page).locator('svg[role="img"] .marks rect').first()).toBeVisible();
});

test('the interval switch changes the URL and the buckets; Back restores, reload keeps', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK');
	await ready(typesCard(page));
	const [months, quarters] = await Promise.all(
		['month', 'quarter'].map((interval) =>
			api<Timeline>(page, 'engagement.timeline', { alliance: 'PAK', interval })
		)
	);
	expect(await tableBuckets(typesCard(page))).toHaveLength(months?.buckets.length ?? -1);

	// A segmented control: one tab stop, the arrow keys move the choice.
	await page.getByRole('radio', { name: 'Month' }).focus();
	await page.keyboard.press('ArrowRight');
	const quarter = page.getByRole('radio', { name: 'Quarter' });
	await expect(page).toHaveURL(/[?&]interval=quarter(&|$)/);
	await expect(quarter).toBeChecked();
	await ready(typesCard(page));
	const shown = await tableBuckets(typesCard(page));
	expect(shown).toHaveLength(quarters?.buckets.length ?? -1);
	expect(shown[0]).toMatch(/^Q[1-4] \d{4}$/);
	expect(await tableBuckets(sectorCard(page))).toEqual(shown);

	await page.reload();
	await expect(page).toHaveURL(/interval=quarter/);
	await expect(page.getByRole('radio', { name: 'Quarter' })).toBeChecked();
	await ready(typesCard(page));
	expect(await tableBuckets(typesCard(page))).toEqual(shown);

	await page.goBack();
	await expect(page).not.toHaveURL(/interval=/);
	await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked();
	await ready(typesCard(page));
	expect(await tableBuckets(typesCard(page))).toHaveLength(months?.buckets.length ?? -1);
});

test('a sector segment filters every chart; Back undoes, a second click removes it', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK');
	await ready(sectorCard(page));
	const before = await clusterRow(page, '1');
	const segment = sectorCard(page).locator('rect[data-series="academia"]').first();
	await segment.click();
	await expect(page).toHaveURL(/[?&]sectors=academia(&|$)/);
	await expect(sectorCard(page).getByRole('list', { name: 'Legend' })).toContainText('✓ Academia');
	const [timeline, clusters] = await Promise.all([
		api<Timeline>(page, 'engagement.timeline', {
			alliance: 'PAK',
			sectors: ['academia'],
			interval: 'month'
		}),
		api<ByCluster>(page, 'engagement.byCluster', { alliance: 'PAK', sectors: ['academia'] })
	]);
	await ready(typesCard(page));
	await expect(typesCard(page).locator('.summary')).toContainText(
		`${count.format(timeline.totals.events)} events with`
	);
	const one = clusters.clusters.find((c) => c.cluster === 1);
	const after = `${count.format(one?.events ?? -1)} ${count.format(one?.participants ?? -1)}`;
	expect(await clusterRow(page, '1')).toBe(after);
	expect(after).not.toBe(before);
	await expect(page.getByRole('button', { name: 'Remove Academia' })).toBeVisible();
	const measured = await page.evaluate(
		() => performance.getEntriesByName('engagement:filter-to-charts').length
	);
	expect(measured).toBeGreaterThan(0);

	await page.goBack();
	await expect(page).not.toHaveURL(/sectors=/);
	expect(await clusterRow(page, '1')).toBe(before);

	await page.goForward();
	await expect(page).toHaveURL(/sectors=academia/);
	await ready(sectorCard(page));
	await sectorCard(page).locator('rect[data-series="academia"]').first().click();
	await expect(page).not.toHaveURL(/sectors=/);
});

test('keyboard: the sector chart is one tab stop; arrows read segments out, Enter filters', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK&interval=year');
	await ready(sectorCard(page));
	const svg = sectorCard(page).locator('svg[role="img"]');
	const readout = sectorCard(page).locator('.readout');
	await svg.focus();
	await expect(sectorCard(page).locator('rect.focus')).toBeVisible();
	const first = await readout.textContent();
	expect(first).toMatch(/^2019 · .+: \d+ participants? of \d+/);
	await page.keyboard.press('ArrowRight');
	await expect(readout).not.toHaveText(first ?? '');
	await expect(readout).toContainText('2020 · ');
	const sector = (await readout.textContent())?.split(' · ')[1]?.split(':')[0] ?? '';
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]sectors=[a-z_]+(&|$)/);
	await expect(sectorCard(page).getByRole('list', { name: 'Legend' })).toContainText(`✓ ${sector}`);
	// Clusters are not a filter: Enter reads, the URL stays.
	const url = page.url();
	await clusterCard(page).locator('svg[role="img"]').focus();
	await page.keyboard.press('ArrowDown');
	await expect(clusterCard(page).locator('.readout')).toContainText('Cluster 2');
	await page.keyboard.press('Enter');
	expect(page.url()).toBe(url);
});

test('a period with no events shows the empty state naming the filter, with Clear', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK&from=2010-01-01&to=2010-12-31');
	for (const card of cards) {
		await expect(card(page)).toHaveAttribute('data-status', 'empty');
		await expect(
			card(page).getByText('No events match from 1 Jan 2010 until 31 Dec 2010.')
		).toBeVisible();
	}
	await typesCard(page).getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/engagement\?alliance=PAK$/);
	await ready(typesCard(page));
});

test('the CSV matches the API numbers; SVG and PNG downloads are valid files', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK&interval=quarter');
	await ready(typesCard(page));
	const timeline = await api<Timeline>(page, 'engagement.timeline', {
		alliance: 'PAK',
		interval: 'quarter'
	});
	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		typesCard(page).getByRole('button', { name: 'CSV' }).click()
	]);
	const csv = (await read(csvDownload)).toString('utf8').split('\r\n');
	expect(csv[0]).toBe('# Events over time, by event type');
	expect(csv[1]).toBe('# Filter: alliance PAK; by quarter');
	expect(csv[2]).toMatch(/^# Source: /);
	expect(csv[3]).toMatch(/^# As of: \d{4}-\d{2}-\d{2}$/);
	const header = csv.findIndex((l) => l.startsWith('Quarter,Events,Participants'));
	expect(header).toBeGreaterThan(0);
	const rows = csv.slice(header + 1).filter((l) => l !== '');
	expect(rows.map((l) => l.split(',').slice(1, 3).map(Number))).toEqual(
		timeline.buckets.map((b) => [b.events, b.participants])
	);

	const clusters = await api<ByCluster>(page, 'engagement.byCluster', { alliance: 'PAK' });
	await ready(clusterCard(page));
	const [clusterCsv] = await Promise.all([
		page.waitForEvent('download'),
		clusterCard(page).getByRole('button', { name: 'CSV' }).click()
	]);
	const clusterLines = (await read(clusterCsv)).toString('utf8').split('\r\n');
	const start = clusterLines.indexOf('Review cluster,Events,Participants');
	expect(
		clusterLines
			.slice(start + 1)
			.filter((l) => l !== '')
			.map((l) => l.split(',').slice(-2).map(Number))
	).toEqual(clusters.clusters.map((c) => [c.events, c.participants]));

	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		sectorCard(page).getByRole('button', { name: 'SVG' }).click()
	]);
	const svgText = (await read(svgDownload)).toString('utf8');
	const root = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			name: doc.documentElement.nodeName,
			errors: doc.getElementsByTagName('parsererror').length,
			marks: doc.querySelectorAll('rect').length
		};
	}, svgText);
	expect(root.name).toBe('svg');
	expect(root.errors).toBe(0);
	expect(root.marks).toBeGreaterThan(10);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		trilateralCard(page).getByRole('button', { name: 'PNG' }).click()
	]);
	const png = await read(pngDownload);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.length).toBeGreaterThan(1000);
});

test('axe finds no accessibility violations on the engagement page', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK&sectors=ngo&interval=quarter');
	for (const card of cards) await ready(card(page));
	expect(await axeViolations(page)).toEqual([]);
	for (const card of cards) await card(page).getByRole('button', { name: 'Show table' }).click();
	await sectorCard(page).locator('svg[role="img"]').focus();
	expect(await axeViolations(page)).toEqual([]);
});

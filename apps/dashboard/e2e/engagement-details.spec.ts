// The lower half of /engagement: engaged members, the network of organisations, the event list and
// an event's page, each checked against the API called with the same input.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { signInAs } from './auth-helpers.ts';

// These specs compare the charts with exact API numbers and list every organisation: signed in as
// an analyst (anonymous visitors see small counts suppressed: e2e/public-view.spec.ts).
test.beforeEach(async ({ page }) => {
	await signInAs(page, 'analyst');
});

interface Member {
	id: number;
	name: string;
	events: number;
}
interface Members {
	members: number;
	most: Member[];
	least: Member[];
	inactive: { total: number; rows: Member[] };
}
interface NetworkNode {
	id: number;
	name: string;
	sector: string;
	events: number;
}
interface Network {
	nodes: NetworkNode[];
	links: { source: number; target: number; shared: number }[];
}
interface EventRow {
	id: number;
	title: string;
	participants: number;
}
interface EventsPage {
	total: number;
	rows: EventRow[];
}

const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const membersSection = (page: Page) =>
	page.getByRole('region', { name: 'Most and least engaged members' });
const networkCard = (page: Page) => page.getByRole('figure', { name: /^Who works with whom/ });
const eventsSection = (page: Page) => page.getByRole('region', { name: 'The events' });
/** The sum of the links drawn (each path bundles `data-count` links of one weight). */
const drawnLinks = (page: Page) =>
	networkCard(page)
		.locator('g.links path')
		.evaluateAll((ps) => ps.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0));

async function api<T>(page: Page, path: string, input: unknown): Promise<T> {
	const query = `?input=${encodeURIComponent(JSON.stringify(input))}`;
	const response = await page.request.get(`/trpc/${path}${query}`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

/** The titles of the event list's rows, once the list has settled. */
async function titles(page: Page): Promise<string[]> {
	await expect(eventsSection(page)).toHaveAttribute('aria-busy', 'false');
	return eventsSection(page).locator('tbody th a').allTextContents();
}

test('the members ranking starts with the API top member; the inactive count is stated', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK');
	const data = await api<Members>(page, 'engagement.members', { alliance: 'PAK', limit: 10 });
	const most = membersSection(page).getByRole('list', { name: 'Most engaged' });
	await expect(most.getByRole('link').first()).toHaveText(data.most[0]?.name ?? '?');
	await expect(most.getByRole('listitem')).toHaveCount(data.most.length);
	await expect(membersSection(page)).toContainText(
		`${count(data.inactive.total)} of ${count(data.members)} members took part in no event`
	);
});

test('event list: paging, sort by title and search follow the API', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK');
	const base = { alliance: 'PAK', pageSize: 20 };
	const first = await api<EventsPage>(page, 'engagement.events', base);
	const pages = Math.ceil(first.total / 20);
	const list = eventsSection(page);
	await expect(list).toContainText(`${count(first.total)} events match; page 1 of ${pages}.`);
	expect(await titles(page)).toEqual(first.rows.map((r) => r.title));

	await list.getByRole('button', { name: 'Next' }).click();
	await expect(list).toContainText(`page 2 of ${pages}.`);
	const second = await api<EventsPage>(page, 'engagement.events', { ...base, page: 2 });
	expect(await titles(page)).toEqual(second.rows.map((r) => r.title));

	await list.getByRole('button', { name: /^Title/ }).click();
	await expect(list.getByRole('columnheader', { name: /^Title/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect(list.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
		'aria-sort',
		'none'
	);
	await expect(list).toContainText('page 1 of');
	const byTitle = await api<EventsPage>(page, 'engagement.events', {
		...base,
		sort: 'title',
		order: 'asc'
	});
	expect(await titles(page)).toEqual(byTitle.rows.map((r) => r.title));

	await list.getByRole('searchbox', { name: 'Search' }).fill('Lahore');
	const found = await api<EventsPage>(page, 'engagement.events', {
		...base,
		sort: 'title',
		order: 'asc',
		q: 'Lahore'
	});
	expect(found.total).toBeGreaterThan(0);
	await expect(list).toContainText(
		`${count(found.total)} ${found.total === 1 ? 'event matches' : 'events match'}; page 1 of`
	);
	expect(await titles(page)).toEqual(found.rows.map((r) => r.title));
});

test('the event page opens from the list with the API total, Escape closes it; Back and reload', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK');
	const first = await api<EventsPage>(page, 'engagement.events', { alliance: 'PAK' });
	const row = first.rows[0];
	if (!row) throw new Error('no events');
	const detail = await api<EventRow>(page, 'engagement.eventById', { id: row.id });
	const link = eventsSection(page).locator(`a[href$="event=${row.id}"]`);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`[?&]event=${row.id}(&|$)`));
	const dialog = page.getByRole('dialog', { name: row.title, exact: true });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText(`${count(detail.participants)} recorded participant`);
	await expect(page.locator('#event-page-title')).toBeFocused();

	expect(await axeViolations(page)).toEqual([]);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page).not.toHaveURL(/event=/);
	await expect(link).toBeFocused();

	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`event=${row.id}`));
	await expect(dialog).toBeVisible();
	await page.reload();
	await expect(page.getByRole('dialog', { name: row.title, exact: true })).toBeVisible();
	await page.goBack();
	await expect(page).not.toHaveURL(/event=/);
	await expect(page.getByRole('dialog')).toBeHidden();
});

test('an unknown event id says so', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK&event=999999');
	await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('No event with id 999999.');
});

test('the network draws one circle per API node and the pairs sharing at least N events; the keyboard moves the focus and filters', async ({
	page
}) => {
	await page.goto('/engagement?alliance=PAK');
	const data = await api<Network>(page, 'engagement.network', { alliance: 'PAK', limit: 60 });
	const card = networkCard(page);
	await expect(card.locator('g.node')).toHaveCount(data.nodes.length);
	const control = card.getByLabel('Show pairs sharing at least');
	const minShared = Number(await control.inputValue());
	expect(minShared).toBeGreaterThanOrEqual(1);
	const shown = data.links.filter((l) => l.shared >= minShared);
	expect(await drawnLinks(page)).toBe(shown.length);
	expect(shown.length).toBeLessThanOrEqual(
		Math.max(120, data.links.filter((l) => l.shared >= (data.links[0]?.shared ?? 1)).length)
	);
	console.log(
		`network: ${shown.length} of ${data.links.length} pairs drawn, those sharing at least ${minShared} events`
	);
	const measured = await page.evaluate(() =>
		performance.getEntriesByName('network:layout-render').map((e) => e.duration)
	);
	expect(measured.length).toBeGreaterThan(0);
	console.log(
		`network data → laid out and drawn (${data.nodes.length} nodes, ${data.links.length} links): ${measured.map((d) => `${d.toFixed(1)} ms`).join(', ')}`
	);

	const svg = card.locator('svg[role="img"]');
	await expect(svg).toHaveAttribute('tabindex', '0');
	await svg.focus();
	const second = data.nodes[1];
	if (!second) throw new Error('fewer than two nodes');
	await page.keyboard.press('ArrowRight');
	await expect(card.locator('.readout')).toContainText(`${second.name} (`);
	await expect(card.locator('.readout')).toContainText(`${count(second.events)} event`);
	const linked = shown.filter((l) => l.source === second.id || l.target === second.id);
	await expect(card.locator('line.on')).toHaveCount(linked.length);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`[?&]sectors=${second.sector}(&|$)`));
});

test('the pairs control at 1 draws every API link and keeps every node', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK');
	const data = await api<Network>(page, 'engagement.network', { alliance: 'PAK', limit: 60 });
	const card = networkCard(page);
	await expect(card.locator('g.node')).toHaveCount(data.nodes.length);
	const control = card.getByLabel('Show pairs sharing at least');
	await control.focus();
	await control.selectOption('1');
	await expect(control).toHaveValue('1');
	await expect.poll(() => drawnLinks(page)).toBe(data.links.length);
	await expect(card.locator('g.node')).toHaveCount(data.nodes.length);
	await expect(card.locator('.summary')).toContainText(
		data.links.length === 1
			? 'Showing the only pair.'
			: `Showing all ${count(data.links.length)} pairs.`
	);
});

test('the network CSV lists the API pairs with names and shared events', async ({ page }) => {
	await page.goto('/engagement?alliance=PAK');
	const data = await api<Network>(page, 'engagement.network', { alliance: 'PAK', limit: 60 });
	const card = networkCard(page);
	await expect(card.locator('g.node')).toHaveCount(data.nodes.length);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'CSV' }).click()
	]);
	const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
	expect(lines[0]).toBe('# Who works with whom');
	expect(lines[1]).toBe('# Filter: alliance PAK');
	const start = lines.indexOf('Organisation,Sector,Partner,Partner sector,Shared events');
	expect(start).toBeGreaterThan(0);
	const rows = lines.slice(start + 1).filter((l) => l !== '');
	expect(rows).toHaveLength(data.links.length);
	const names = new Map(data.nodes.map((n) => [n.id, n.name]));
	const quote = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	rows.forEach((line, i) => {
		const link = data.links[i];
		expect(line.startsWith(`${quote(names.get(link?.source ?? 0) ?? '?')},`)).toBe(true);
		expect(line.endsWith(`,${link?.shared ?? -1}`)).toBe(true);
		expect(line).toContain(`,${quote(names.get(link?.target ?? 0) ?? '?')},`);
	});
});

// Helpers of the engagement page's end-to-end spec: its cards, the API answer for an input, and
// what a card shows (its table's buckets, a cluster row's values).
import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface Timeline {
	interval: string;
	buckets: { start: string; events: number; participants: number }[];
	totals: { events: number; participants: number };
}
export interface ByCluster {
	clusters: { cluster: number | 'none'; events: number; participants: number }[];
}
export interface Participation {
	byType: { type: string; events: number; trilateral: number }[];
}

export const count = new Intl.NumberFormat('en-GB');

export const typesCard = (page: Page) =>
	page.getByRole('figure', { name: /Events over time, by event type/ });
export const sectorCard = (page: Page) =>
	page.getByRole('figure', { name: /Civil-society participants over time, by sector/ });
export const sideCard = (page: Page) =>
	page.getByRole('figure', { name: /Participants over time, by side/ });
export const trilateralCard = (page: Page) =>
	page.getByRole('figure', { name: /Events with all three sides/ });
export const clusterCard = (page: Page) =>
	page.getByRole('figure', { name: /Events and participants by review cluster/ });
export const cards = [typesCard, sectorCard, sideCard, trilateralCard, clusterCard];

export async function api<T>(page: Page, path: string, input: unknown): Promise<T> {
	const query = `?input=${encodeURIComponent(JSON.stringify(input))}`;
	const response = await page.request.get(`/trpc/${path}${query}`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

export async function read(download: Download): Promise<Buffer> {
	return readFileSync(await download.path());
}

/** Waits for a card to show its chart for the current state. */
export async function ready(card: Locator): Promise<void> {
	await expect(card).toHaveAttribute('aria-busy', 'false');
	await expect(card).toHaveAttribute('data-status', 'ready');
}

/** The first cell (the bucket name) of every row of a card's table. */
export async function tableBuckets(card: Locator): Promise<string[]> {
	const toggle = card.getByRole('button', { name: /table/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	return card.locator('tbody tr th').allTextContents();
}

/** "80 1,561" for cluster 1: the values written beside the row's bars. */
export async function clusterRow(page: Page, key: string): Promise<string> {
	await ready(clusterCard(page));
	const texts = await clusterCard(page)
		.locator(`g.row[data-key="${key}"] text.value`)
		.allTextContents();
	return texts.map((t) => t.trim()).join(' ');
}

// Locators and API reads shared by the alliance page's end-to-end specs.
import { expect, type Page } from '@playwright/test';

export interface Composition {
	total: number;
	bySector: { sector: string; count: number }[];
	byRegion: { region: string; count: number }[];
}

export const sectorCard = (page: Page) =>
	page.getByRole('figure', { name: /^Members by sector(?! and)/ });
export const regionCard = (page: Page) => page.getByRole('figure', { name: /Members by region/ });
export const matrixCard = (page: Page) =>
	page.getByRole('figure', { name: /Members by sector and crime theme/ });
export const growthCard = (page: Page) => page.getByRole('figure', { name: /Membership growth/ });
export const memberList = (page: Page) => page.getByRole('region', { name: 'Members' });
export const bar = (card: ReturnType<Page['getByRole']>, key: string) =>
	card.locator(`g.bar[data-key="${key}"]`);

export async function api<T>(page: Page, path: string, input?: unknown): Promise<T> {
	const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
	const response = await page.request.get(`/trpc/${path}${query}`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

/** The bars of a card as "key count", in their order. */
export async function bars(card: ReturnType<Page['getByRole']>): Promise<string[]> {
	await expect(card).toHaveAttribute('aria-busy', 'false');
	return card
		.locator('g.bar')
		.evaluateAll((gs) =>
			gs.map(
				(g) => `${g.getAttribute('data-key')} ${g.querySelector('.value')?.textContent.trim()}`
			)
		);
}

export interface Growth {
	sectors: string[];
	months: { month: string; total: number; counts: number[] }[];
	milestones: { label: string }[];
}

export interface MembersPage {
	total: number;
	rows: { id: number; name: string; sector: string }[];
}

/** The names in the member list, once it has loaded. */
export async function names(page: Page): Promise<string[]> {
	await expect(memberList(page)).toHaveAttribute('aria-busy', 'false');
	return memberList(page).locator('tbody th button').allTextContents();
}

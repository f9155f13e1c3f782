// What anonymous visitors see: small counts as "fewer than 3" (outlined, with a legend note) and
// only organisations marked public; signed in as an analyst, the same page shows exact numbers.
import { expect, test } from '@playwright/test';
import { bar, matrixCard, memberList, sectorCard } from './alliance-helpers.ts';
import { signInAs } from './auth-helpers.ts';
import { axeViolations } from './axe.ts';

test('anonymous visitors see "fewer than 3" where the API suppresses a count', async ({ page }) => {
	// Mexico's alliance has one Media member and two Legal ones.
	await page.goto('/alliance?alliance=MEX');
	const card = sectorCard(page);
	await expect(card).toHaveAttribute('aria-busy', 'false');
	await expect(bar(card, 'media').locator('.value')).toHaveText('fewer than 3');
	await expect(bar(card, 'legal').locator('.value')).toHaveText('fewer than 3');
	await expect(bar(card, 'media').locator('rect.suppressed-mark')).toHaveCount(1);
	await expect(bar(card, 'ngo').locator('.value')).toHaveText('6');
	await expect(card.getByText('Fewer than 3: hidden to protect small groups')).toBeVisible();
	await card.getByRole('button', { name: 'Show table' }).click();
	await expect(card.getByRole('row', { name: /^Media/ })).toHaveText(
		/Media\s*fewer than 3\s*hidden/
	);
	await expect(matrixCard(page).locator('g.cell[data-count="suppressed"]').first()).toBeVisible();
	// Three of Mexico's 21 members are not marked public: listed neither by name nor by count.
	await expect(memberList(page).getByRole('status')).toHaveText(
		'18 members listed and 3 organisations not named'
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('signed in as an analyst, the same page shows the exact numbers', async ({ page }) => {
	await signInAs(page, 'analyst');
	await page.goto('/alliance?alliance=MEX');
	const card = sectorCard(page);
	await expect(card).toHaveAttribute('aria-busy', 'false');
	await expect(bar(card, 'media').locator('.value')).toHaveText('1');
	await expect(bar(card, 'legal').locator('.value')).toHaveText('2');
	await expect(bar(card, 'media').locator('rect.suppressed-mark')).toHaveCount(0);
	await expect(card.getByText('hidden to protect small groups')).toHaveCount(0);
	await expect(memberList(page).getByRole('status')).toHaveText('21 members');
});

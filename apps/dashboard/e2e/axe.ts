// axe-core for the end-to-end specs. The page's CSP forbids inline scripts (so addScriptTag is
// refused); axe is evaluated through the DevTools protocol, which leaves the policy on for the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; impact: string; nodes: unknown[] }[];
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is and lists each violation briefly. */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const { axe } = window as unknown as {
			axe: { run: (ctx: Document, options: object) => Promise<AxeResult> };
		};
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
	});
}

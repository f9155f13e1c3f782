// Browser timings read from the dashboard's own performance marks, in Debian's Chromium:
//  - alliance:filter-to-charts: a sector-bar click on /alliance to every chart and the member
//    list redrawn (issue #3 budget: 100 ms);
//  - network:layout-render: the network's data arriving to its layout drawn (issue #4: 500 ms).
// Against a running server, e.g. the 1M benchmark database that `pnpm bench` seeded:
//   (cd apps/server && DATABASE_PATH=data/bench-1000000.sqlite SEED=none PORT=4500 npx tsx src/main.ts) &
//   BASE_URL=http://127.0.0.1:4500 ALLIANCES=ARG,AUT,BGD node apps/dashboard/bench/browser-timings.mjs
// Each alliance is a fresh filter for the server's cache, so every click here is a cache miss.
import { chromium } from '@playwright/test';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:3000';
const alliances = (process.env['ALLIANCES'] ?? 'PAK,MEX').split(',');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const entries = (name) =>
	page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
const clicks = [];
const networks = [];
for (const alliance of alliances) {
	await page.goto(`${base}/alliance?alliance=${alliance}`);
	const bar = page
		.getByRole('figure', { name: /Members by sector/ })
		.locator('g.bar')
		.first();
	await bar.waitFor();
	await page
		.getByRole('region', { name: 'Members' })
		.and(page.locator('[aria-busy="false"]'))
		.waitFor();
	await bar.click();
	await page.waitForFunction(
		() => performance.getEntriesByName('alliance:filter-to-charts').length > 0
	);
	clicks.push(...(await entries('alliance:filter-to-charts')));

	await page.goto(`${base}/engagement?alliance=${alliance}`);
	await page.waitForFunction(
		() => performance.getEntriesByName('network:layout-render').length > 0,
		null,
		{ timeout: 30_000 }
	);
	networks.push(...(await entries('network:layout-render')));
}
await browser.close();
const show = (xs) => xs.map((d) => d.toFixed(0)).join(', ');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(0);
console.log(
	`alliance filter click → charts and list updated (ms): ${show(clicks)}; median ${median(clicks)}`
);
console.log(
	`network data → laid out and drawn (ms): ${show(networks)}; median ${median(networks)}`
);

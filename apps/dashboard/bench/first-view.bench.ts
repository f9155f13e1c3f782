/**
 * The first view on a weak phone connection: Chromium's "Slow 4G" preset (DevTools' numbers:
 * 562.5 ms latency, 180,000 B/s down, 84,375 B/s up) and 4× CPU throttling, no cache. For the
 * overview (`/`) it reports, per run and as the median of `runs`:
 * - the bytes transferred (encoded, as on the wire) before the first chart is drawn and in all,
 *   by kind (document, script, stylesheet, API);
 * - when the headline numbers are in the page (the server renders them into the HTML, so they
 *   are painted at first contentful paint), first contentful paint, and when the first data mark
 *   of a chart is in the page.
 * It measures and prints; it asserts only that the page got there.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { expect, test, type CDPSession } from '@playwright/test';

/** A data mark of a drawn chart (a placeholder has none): the first chart is drawn when one is in. */
const dataMark = 'svg[role="img"] :is(rect, path, circle)[fill]';
const firstMark = `figure ${dataMark}`;
const runs = Number(process.env['BENCH_FIRST_VIEW_RUNS'] ?? 5);
const slow4g = {
	offline: false,
	latency: 562.5,
	downloadThroughput: 180_000,
	uploadThroughput: 84_375
};

/** When, in the page's clock (ms), the numbers and the first chart were first in the page. */
interface Marks {
	numbers?: number;
	chart?: number;
}

interface Run {
	numbersMs: number;
	fcpMs: number;
	firstChartMs: number;
	bytesBeforeChart: number;
	bytes: Record<'document' | 'script' | 'stylesheet' | 'api' | 'other', number>;
	total: number;
}

function kindOf(type: string, url: string): keyof Run['bytes'] {
	if (url.includes('/trpc/')) return 'api';
	if (type === 'Document') return 'document';
	if (type === 'Script') return 'script';
	if (type === 'Stylesheet') return 'stylesheet';
	return 'other';
}

/** Encoded bytes of every finished response, and when it finished (CDP timestamps, seconds). */
async function recordTransfers(cdp: CDPSession) {
	const requests = new Map<string, { type: string; url: string }>();
	const finished: { kind: keyof Run['bytes']; bytes: number }[] = [];
	cdp.on('Network.responseReceived', (e) =>
		requests.set(e.requestId, { type: e.type, url: e.response.url })
	);
	cdp.on('Network.loadingFinished', (e) => {
		const r = requests.get(e.requestId);
		if (r) finished.push({ kind: kindOf(r.type, r.url), bytes: e.encodedDataLength });
	});
	await cdp.send('Network.enable');
	return finished;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

test('first view of the overview under Slow 4G and 4× CPU throttling', async ({ browser }) => {
	const results: Run[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		// Marks, in the page's own clock, when numbers and the first chart appear.
		await page.addInitScript((firstMark) => {
			const marks: Marks = {};
			(window as unknown as { __marks: Marks }).__marks = marks;
			const check = () => {
				if (marks.numbers === undefined && document.querySelector('#app dd'))
					marks.numbers = performance.now();
				if (marks.chart === undefined && document.querySelector(firstMark))
					marks.chart = performance.now();
			};
			new MutationObserver(check).observe(document, { childList: true, subtree: true });
		}, firstMark);
		const cdp = await context.newCDPSession(page);
		const finished = await recordTransfers(cdp);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', slow4g);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

		await page.goto('/', { waitUntil: 'commit' });
		await expect(page.locator(firstMark).first()).toBeAttached({ timeout: 120_000 });
		const bytesBeforeChart = finished.reduce((sum, f) => sum + f.bytes, 0);
		// The overview is drawn: every chart card has its marks (the review card waits for a second
		// request), then the network is quiet.
		await expect(page.locator(`figure:has(${dataMark})`)).toHaveCount(3, { timeout: 120_000 });
		await page.waitForLoadState('networkidle');
		const marks = await page.evaluate(() => ({
			...(window as unknown as { __marks: Marks }).__marks,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
		}));
		const bytes: Run['bytes'] = { document: 0, script: 0, stylesheet: 0, api: 0, other: 0 };
		for (const f of finished) bytes[f.kind] += f.bytes;
		results.push({
			numbersMs: marks.numbers ?? NaN,
			fcpMs: marks.fcp,
			firstChartMs: marks.chart ?? NaN,
			bytesBeforeChart,
			bytes,
			total: Object.values(bytes).reduce((a, b) => a + b, 0)
		});
		await context.close();
	}

	const summary = {
		conditions: {
			network: 'Slow 4G (DevTools preset)',
			...slow4g,
			cpuThrottling: 4,
			viewport: '360×740',
			runs
		},
		median: {
			numbersMs: Math.round(median(results.map((r) => r.numbersMs))),
			fcpMs: Math.round(median(results.map((r) => r.fcpMs))),
			firstChartMs: Math.round(median(results.map((r) => r.firstChartMs))),
			bytesBeforeChart: median(results.map((r) => r.bytesBeforeChart)),
			total: median(results.map((r) => r.total))
		},
		runs: results
	};
	console.log(
		[
			`First view of / — Slow 4G (562.5 ms, 180,000 B/s down), 4× CPU, 360×740, ${runs} cold runs (median):`,
			`  headline numbers in the DOM ${summary.median.numbersMs} ms (server-rendered HTML)`,
			`  first contentful paint      ${summary.median.fcpMs} ms (the numbers are on screen)`,
			`  first chart drawn           ${summary.median.firstChartMs} ms`,
			`  transferred before chart    ${summary.median.bytesBeforeChart} B`,
			`  transferred in all          ${summary.median.total} B (${JSON.stringify(results[0]?.bytes)})`
		].join('\n')
	);
	await mkdir('bench/results', { recursive: true });
	await writeFile('bench/results/first-view.json', `${JSON.stringify(summary, null, '\t')}\n`);
	expect(results.every((r) => Number.isFinite(r.firstChartMs))).toBe(true);
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptedLanguages, escapeHtml } from './first-view.ts';
import type { RunningServer } from './app.ts';
import { makeTempSite, queryUrl, startDemoServer, type TempSite } from './test-server.ts';

const index =
	'<!doctype html><html lang="en"><head><title>UNTOC</title></head><body><div id="app"></div></body></html>';

let site: TempSite;
let server: RunningServer;

beforeAll(async () => {
	site = await makeTempSite();
	await writeFile(join(site.dist, 'index.html'), index);
	server = await startDemoServer(site);
	await server.ready;
});

afterAll(async () => {
	await server.close();
	await site.remove();
});

async function page(path: string, headers: Record<string, string> = {}) {
	const res = await fetch(`${server.url}${path}`, { headers });
	return { status: res.status, vary: res.headers.get('vary'), html: await res.text() };
}

/** The headline values the server rendered, in order. */
function values(html: string): string[] {
	return [...html.matchAll(/data-first-view="([^"]*)"/g)].map((m) => m[1] ?? '');
}

async function api<T>(path: string, input: unknown): Promise<T> {
	const res = await fetch(queryUrl(server.url, path, input));
	return ((await res.json()) as { result: { data: T } }).result.data;
}

describe('the first view of the overview', () => {
	test('carries the headline numbers the API answers, before any script runs', async () => {
		const { status, html, vary } = await page('/');
		expect(status).toBe(200);
		expect(vary).toContain('Accept-Language');
		expect(html).toContain('<html lang="en" dir="ltr">');
		const composition = await api<{ total: number; bySector: unknown[]; byRegion: unknown[] }>(
			'alliance.composition',
			{}
		);
		const timeline = await api<{ totals: { events: number; participants: number } }>(
			'engagement.timeline',
			{ interval: 'month' }
		);
		const en = new Intl.NumberFormat('en-GB');
		expect(values(html).slice(0, 5)).toEqual([
			en.format(composition.total),
			en.format(composition.bySector.length),
			en.format(composition.byRegion.length),
			en.format(timeline.totals.events),
			en.format(timeline.totals.participants)
		]);
		expect(values(html)[5]).toMatch(/^\d+%$/);
		expect(html).toContain('<dt>Members</dt>');
	});

	test('follows the filter in the URL and leaves out values the schema rejects', async () => {
		const filtered = await api<{ total: number }>('alliance.composition', {
			sectors: ['academia']
		});
		const all = await api<{ total: number }>('alliance.composition', {});
		expect(filtered.total).toBeLessThan(all.total);
		const [members] = values((await page('/?sectors=academia,bogus&from=not-a-date')).html);
		expect(members).toBe(new Intl.NumberFormat('en-GB').format(filtered.total));
	});

	test('is in Urdu, right to left, for lang=ur or an Urdu browser', async () => {
		for (const view of [
			await page('/?lang=ur'),
			await page('/', { 'Accept-Language': 'ur-PK,ur;q=0.9,en;q=0.5' })
		]) {
			expect(view.html).toContain('<html lang="ur" dir="rtl">');
			expect(view.html).toContain('<dt>اراکین</dt>');
			expect(values(view.html)).toHaveLength(6);
		}
	});

	test('a language without a catalogue, or junk, falls back to English', async () => {
		expect((await page('/?lang=fr', { 'Accept-Language': 'fr' })).html).toContain(
			'<html lang="en" dir="ltr">'
		);
		const junk = await page('/?lang=%3Cscript%3E');
		expect(junk.status).toBe(200);
		expect(junk.html).toContain('<html lang="en" dir="ltr">');
		expect(junk.html).not.toContain('<script>');
	});

	test('other pages get the language but no numbers', async () => {
		const { html } = await page('/alliance?lang=ur');
		expect(html).toContain('<html lang="ur" dir="rtl">');
		expect(html).toContain('<div id="app"></div>');
	});
});

describe('helpers', () => {
	test('Accept-Language is read best first, q=0 and * left out', () => {
		expect(acceptedLanguages('en;q=0.5, ur-PK, fr;q=0, *;q=0.1, ur;q=0.9')).toEqual([
			'ur-PK',
			'ur',
			'en'
		]);
		expect(acceptedLanguages(undefined)).toEqual([]);
	});

	test('text is escaped for HTML', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});

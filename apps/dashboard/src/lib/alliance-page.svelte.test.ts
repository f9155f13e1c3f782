import type { DashboardFilter, VocabularyOutput } from '@untoc-alliance/schema';
import { flushSync, tick } from 'svelte';
import { afterEach, expect, test } from 'vitest';
import { AllianceData, updateMeasure } from './alliance-page.svelte.ts';
import { Query } from './query.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import { UrlState } from './url-state.svelte.ts';

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	window.history.replaceState(null, '', '/');
	performance.clearMeasures();
});

/** An API that records each call as "procedure filter" and answers at once. */
function fakeApi(calls: string[]): DashboardApi {
	const answer =
		<T>(name: string, data: T) =>
		(input: DashboardFilter) => {
			calls.push(`${name} ${JSON.stringify(input)}`);
			return Promise.resolve(data);
		};
	return {
		composition: answer('composition', {}),
		matrix: answer('matrix', {}),
		growth: answer('growth', {}),
		members: answer('members', {})
	} as unknown as DashboardApi;
}

const settle = async () => {
	for (let i = 0; i < 5; i++) await tick();
	flushSync();
};

test('a click asks for every chart and the list at once; the URL follows; answers are kept', async () => {
	window.history.replaceState(null, '', '/alliance?alliance=PAK');
	const calls: string[] = [];
	const vocabulary = new Query<VocabularyOutput>();
	vocabulary.status = 'ready';
	const url = new UrlState(window);
	let data: AllianceData | undefined;
	cleanup = $effect.root(() => {
		data = new AllianceData(fakeApi(calls), url, vocabulary);
	});
	flushSync();
	await settle();
	expect(calls.map((c) => c.split(' ')[0])).toEqual(['composition', 'matrix', 'growth', 'members']);
	calls.length = 0;

	data?.toggleSector('media');
	expect(calls.map((c) => c.split(' {')[0])).toEqual([
		'composition',
		'matrix',
		'growth',
		'members'
	]);
	expect(calls[0]).toBe('composition {"alliance":"PAK","sectors":["media"]}');
	expect(window.location.search).toBe('?alliance=PAK');
	await new Promise((resolve) => setTimeout(resolve));
	await settle();
	expect(window.location.search).toBe('?alliance=PAK&sectors=media');
	expect(performance.getEntriesByName(updateMeasure)).toHaveLength(1);

	calls.length = 0;
	data?.toggleSector('media');
	await new Promise((resolve) => setTimeout(resolve));
	await settle();
	expect(window.location.search).toBe('?alliance=PAK');
	expect(calls).toEqual([]);
	expect(performance.getEntriesByName(updateMeasure)).toHaveLength(2);
});

test('filterFor names what a mark would filter; prefetch asks ahead and the click reuses it', async () => {
	window.history.replaceState(null, '', '/alliance?alliance=PAK&sectors=ngo');
	const calls: string[] = [];
	const vocabulary = new Query<VocabularyOutput>();
	vocabulary.status = 'ready';
	let data: AllianceData | undefined;
	cleanup = $effect.root(() => {
		data = new AllianceData(fakeApi(calls), new UrlState(window), vocabulary);
	});
	flushSync();
	await settle();
	if (!data) throw new Error('no data');
	expect(data.filterFor('growth', 'ngo')).toEqual({ alliance: 'PAK' });
	expect(data.filterFor('regions', 'PK-PB')).toEqual({
		alliance: 'PAK',
		sectors: ['ngo'],
		regions: ['PK-PB']
	});
	expect(data.filterFor('matrix', 'media drugs')).toEqual({
		alliance: 'PAK',
		sectors: ['ngo', 'media'],
		themes: ['drugs']
	});
	expect(data.filterFor('unknown', 'x')).toBeUndefined();
	calls.length = 0;
	data.prefetch({ alliance: 'PAK', sectors: ['ngo', 'youth'] });
	expect(calls).toHaveLength(4);
	data.toggleSector('youth');
	expect(calls).toHaveLength(4);
});

import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import {
	asOfDay,
	briefHref,
	filterWords,
	fitToPage,
	isBriefView,
	pageHeight,
	viewHref
} from './brief-text.ts';

afterEach(async () => {
	await i18n.use('en');
});

const pakistan = { code: 'PAK', country: 'PAK', name: 'Pakistan Alliance' };

describe('the brief of a view', () => {
	test('the four views have a brief; sign-in and import do not', () => {
		expect(['overview', 'alliance', 'engagement', 'review'].every(isBriefView)).toBe(true);
		expect(isBriefView('signin')).toBe(false);
		expect(isBriefView('import')).toBe(false);
	});

	test('the brief link carries the filter, interval and language but no open panel', () => {
		const state = {
			filter: { alliance: 'PAK', sectors: ['academia' as const] },
			interval: 'quarter' as const,
			member: 4,
			lang: 'ur'
		};
		expect(briefHref(state, 'alliance')).toBe(
			'/brief?alliance=PAK&sectors=academia&interval=quarter&lang=ur&view=alliance'
		);
		expect(briefHref({ filter: {}, interval: 'month' }, 'overview')).toBe('/brief?view=overview');
	});

	test('the way back leads to the view of the brief without view=', () => {
		const state = { filter: { themes: ['drugs' as const] }, interval: 'month' as const };
		expect(viewHref({ ...state, view: 'engagement' })).toBe('/engagement?themes=drugs');
		expect(viewHref({ ...state, view: 'overview' })).toBe('/?themes=drugs');
		expect(viewHref(state)).toBe('/?themes=drugs');
	});

	test('as of the end of the period when it has passed, else today', () => {
		expect(asOfDay({}, '2026-11-28')).toBe('2026-11-28');
		expect(asOfDay({ to: '2024-12-31' }, '2026-11-28')).toBe('2024-12-31');
		expect(asOfDay({ to: '2030-01-01' }, '2026-11-28')).toBe('2026-11-28');
	});
});

describe('fitting one A4 page', () => {
	test('an A4 page less 12 mm margins is 273 mm: about 1,032 CSS pixels', () => {
		expect(pageHeight).toBeCloseTo(1031.8, 1);
	});

	test('a sheet that fits (or is not measured yet) keeps its size', () => {
		expect(fitToPage(0)).toBe(1);
		expect(fitToPage(900)).toBe(1);
	});

	test('a longer sheet shrinks until it fits, with room for rounding', () => {
		const fit = fitToPage(1300);
		expect(fit).toBeLessThan(1);
		expect(1300 * fit).toBeCloseTo(pageHeight - 8, 6);
		expect(fitToPage(2000, 1000)).toBe(0.496);
	});
});

describe('the filter in words', () => {
	const filter = {
		alliance: 'PAK',
		sectors: ['academia' as const, 'media' as const],
		regions: ['PK-PB' as const],
		themes: ['drugs' as const],
		from: '2024-01-01',
		to: '2024-12-31'
	};

	test('says every chip of the filter bar, the alliance first', () => {
		expect(filterWords(filter, [pakistan])).toEqual([
			'Alliance: Pakistan',
			'Academia',
			'Media',
			'Punjab',
			'Drugs',
			'From 1 Jan 2024',
			'Until 31 Dec 2024'
		]);
		expect(filterWords({}, [pakistan])).toEqual([]);
	});

	test('names an alliance not in the vocabulary (yet) by its code', () => {
		expect(filterWords({ alliance: 'MEX' }, [pakistan])).toEqual(['Alliance: MEX']);
	});

	test('in Urdu: the labels and dates of the Urdu catalogue', async () => {
		await i18n.use('ur');
		const words = filterWords(filter, [pakistan]);
		expect(words[0]).toBe('اتحاد: پاکستان');
		expect(words.slice(1, 5)).toEqual(['تعلیمی ادارے', 'ذرائع ابلاغ', 'پنجاب', 'منشیات']);
		expect(words[5]).toMatch(/جنوری.* سے$/);
		expect(words[6]).toMatch(/دسمبر.* تک$/);
	});
});

import { afterEach, describe, expect, test } from 'vitest';
import { formatCount, formatDay, suppressedNote } from './format.ts';
import { hasLanguage, i18n, languages, m, preferredLanguage } from './i18n.svelte.ts';
import { sectorLabel } from './labels.ts';

afterEach(async () => {
	await i18n.use('en');
});

describe('the page language', () => {
	test('English and Urdu have catalogues, each named in its own language', () => {
		expect(languages).toEqual([
			{ tag: 'en', name: 'English' },
			{ tag: 'ur', name: 'اردو' }
		]);
		expect(hasLanguage('ur')).toBe(true);
		expect(hasLanguage('fr')).toBe(false);
	});

	test('follows the browser preference, English when no catalogue matches', () => {
		expect(preferredLanguage(['ur-PK', 'en-GB'])).toBe('ur');
		expect(preferredLanguage(['fr-FR'])).toBe('en');
	});

	test('switching to Urdu loads its catalogue: messages, labels, dates and direction', async () => {
		expect(i18n.dir).toBe('ltr');
		expect(sectorLabel('youth')).toBe('Youth');
		await i18n.use('ur');
		expect(i18n.lang).toBe('ur');
		expect(i18n.dir).toBe('rtl');
		expect(sectorLabel('youth')).toBe('نوجوان');
		expect(m().common.hidden).toBe('پوشیدہ');
		expect(formatDay('2024-12-31')).toMatch(/دسمبر/);
		expect(suppressedNote(3)).toBe(`${formatCount(3)} سے کم: چھوٹے گروہوں کے تحفظ کے لیے پوشیدہ`);
	});

	test('a later choice wins over one still loading; an unknown tag is English', async () => {
		const urdu = i18n.use('ur');
		await i18n.use('en');
		await urdu;
		expect(i18n.lang).toBe('en');
		await i18n.use('xx');
		expect(i18n.lang).toBe('en');
	});
});

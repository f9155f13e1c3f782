import { describe, expect, test } from 'vitest';
import { keyPaths, matchLanguage, missingKeys } from './keys.ts';
import { catalogueTags, loadCatalogues } from './node.ts';

const catalogues = await loadCatalogues();
const english = catalogues.get('en');
if (!english) throw new Error('catalogues/en.ts is missing');
const others = [...catalogues.values()].filter((c) => c.meta.tag !== 'en');

/** Whole words of Latin letters that may stay as they are in a translation (acronyms). */
const untranslatable = /^(?:[A-Z]{2,}|UNTOC|UNODC|CSV|SVG|PNG|XLSX|PDF|A4|ID)$/;

function leaves(messages: unknown, prefix = ''): [string, unknown][] {
	if (messages === null || typeof messages !== 'object') return [[prefix, messages]];
	return Object.entries(messages).flatMap(([key, value]) =>
		leaves(value, prefix ? `${prefix}.${key}` : key)
	);
}

describe('catalogues', () => {
	test('every file in catalogues/ is a language named by its tag', () => {
		expect(catalogueTags()).toContain('en');
		expect(catalogueTags()).toContain('ur');
		for (const [tag, catalogue] of catalogues) expect(catalogue.meta.tag).toBe(tag);
	});

	test.each(others.map((c) => [c.meta.tag, c] as const))(
		'%s has every key English has, of the same kind',
		(_tag, catalogue) => {
			expect(missingKeys(english.messages, catalogue.messages)).toEqual([]);
			expect(missingKeys(catalogue.messages, english.messages)).toEqual([]);
		}
	);

	test('the check names a missing key and a key of another kind', () => {
		const reference = { a: { b: 'x', c: (n: number) => String(n) }, d: 'y' };
		expect(missingKeys(reference, { a: { c: 'not a function' }, d: 'z' })).toEqual([
			'a.b: string',
			'a.c: function/1'
		]);
		expect(keyPaths(reference)).toEqual(['a.b: string', 'a.c: function/1', 'd: string']);
	});

	test.each(others.map((c) => [c.meta.tag, c] as const))(
		'%s: no empty message, and no English left untranslated',
		(_tag, catalogue) => {
			const englishLeaves = new Map(leaves(english.messages));
			for (const [path, value] of leaves(catalogue.messages)) {
				if (typeof value !== 'string') continue;
				expect(value.trim(), path).not.toBe('');
				const latinWords = value.match(/[A-Za-z]{2,}/g) ?? [];
				const copied = value === englishLeaves.get(path) && latinWords.length > 0;
				const english = latinWords.filter((w) => !untranslatable.test(w));
				expect({ path, copied, english }).toEqual({ path, copied: false, english: [] });
			}
		}
	);

	test('numbers and dates follow the locale', () => {
		const ur = catalogues.get('ur');
		expect(english.formats.count(1234)).toBe('1,234');
		expect(english.formats.day('2024-12-31')).toBe('31 Dec 2024');
		expect(ur?.meta.dir).toBe('rtl');
		expect(ur?.formats.day('2024-12-31')).toMatch(/دسمبر/);
		expect(english.messages.common.count.members(1)).toBe('1 member');
		expect(english.messages.common.count.members(1200)).toBe('1,200 members');
	});

	test('the best language for a list of preferences', () => {
		expect(matchLanguage(['ur-PK', 'en'], ['en', 'ur'])).toBe('ur');
		expect(matchLanguage(['fr-FR', 'en-US'], ['en', 'ur'])).toBe('en');
		expect(matchLanguage(['de'], ['en', 'ur'], 'en')).toBe('en');
		expect(matchLanguage([], ['en', 'ur'])).toBe('en');
	});
});

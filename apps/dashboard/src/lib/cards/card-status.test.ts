import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import { cardMessage, cardStatus, sourceText } from './card-status.ts';

describe('cardStatus', () => {
	test.each([
		{ name: 'an error wins over stale data', status: 'error', data: 3, expected: 'error' },
		{ name: 'no data yet is loading', status: 'loading', data: undefined, expected: 'loading' },
		{ name: 'data judged empty', status: 'ready', data: 0, expected: 'empty' },
		{ name: 'data to draw', status: 'ready', data: 3, expected: 'ready' }
	] as const)('$name', ({ status, data, expected }) => {
		expect(cardStatus({ status, data }, (n: number) => n === 0)).toBe(expected);
	});
});

describe('cardMessage', () => {
	const what = 'The members by sector';
	const empty = 'No members match academia.';

	test('an error names what failed and why', () => {
		expect(cardMessage({ status: 'error', what, error: 'timeout', empty })).toBe(
			'The members by sector could not be loaded: timeout.'
		);
		expect(cardMessage({ status: 'error', what, error: undefined, empty })).toBe(
			'The members by sector could not be loaded: unknown error.'
		);
	});

	test('otherwise it says why the card is empty', () => {
		expect(cardMessage({ status: 'empty', what, error: undefined, empty })).toBe(empty);
	});
});

describe('cardMessage in Urdu', () => {
	afterEach(() => i18n.use('en'));

	test('the error sentence and the fallback error come from the catalogue', async () => {
		await i18n.use('ur');
		const message = cardMessage({ status: 'error', what: 'اراکین', error: undefined, empty: '' });
		expect(message).toBe('اراکین لوڈ کرنے میں ناکامی: نامعلوم خرابی۔');
		expect(sourceText()).toBe('اتحاد کے ریکارڈ، یو این ٹی او سی اتحاد ڈیش بورڈ');
	});

	test('a card with its own sentence passes `failed`', () => {
		const failed = (error: string) => `The review steps could not be loaded: ${error}.`;
		expect(cardMessage({ status: 'error', failed, error: 'timeout', empty: '' })).toBe(
			'The review steps could not be loaded: timeout.'
		);
	});
});

import { describe, expect, test } from 'vitest';
import { firstViewValue, keepFirstView } from './first-view.ts';

describe('numbers the server rendered', () => {
	test('stand for the address and language they were rendered for', () => {
		const target = document.createElement('div');
		target.innerHTML =
			'<dl><dd data-first-view="61">61</dd><dd data-first-view="fewer than 3">x</dd></dl>';
		keepFirstView(target, '?sectors=ngo', 'en');
		expect(firstViewValue(0, '?sectors=ngo', 'en')).toBe('61');
		expect(firstViewValue(1, '?sectors=ngo', 'en')).toBe('fewer than 3');
		expect(firstViewValue(2, '?sectors=ngo', 'en')).toBeUndefined();
		expect(firstViewValue(0, '', 'en')).toBeUndefined();
		expect(firstViewValue(0, '?sectors=ngo', 'ur')).toBeUndefined();
	});

	test('nothing is kept from a page without them', () => {
		keepFirstView(document.createElement('div'), '', 'en');
		expect(firstViewValue(0, '', 'en')).toBeUndefined();
	});
});

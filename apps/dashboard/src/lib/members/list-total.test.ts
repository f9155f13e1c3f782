import { expect, test } from 'vitest';
import { listTotalText } from './list-total.ts';

test('the member count names how many organisations are not named, only when not few', () => {
	expect(listTotalText({ total: 61, unnamed: 0 })).toBe('61 members');
	expect(listTotalText({ total: 1, unnamed: 0 })).toBe('1 member');
	expect(listTotalText({ total: 54, unnamed: 7 })).toBe(
		'54 members listed and 7 organisations not named'
	);
	expect(listTotalText({ total: 54, unnamed: null })).toBe('54 members');
});

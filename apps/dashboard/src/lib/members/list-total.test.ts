import { expect, test } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import { listTotalText } from './list-total.ts';

test('the member count names how many organisations are not named, only when not few', () => {
	expect(listTotalText({ total: 61, unnamed: 0 })).toBe('61 members');
	expect(listTotalText({ total: 1, unnamed: 0 })).toBe('1 member');
	expect(listTotalText({ total: 54, unnamed: 7 })).toBe(
		'54 members listed and 7 organisations not named'
	);
	expect(listTotalText({ total: 54, unnamed: null })).toBe('54 members');
});

test('the member count in Urdu, one and many', async () => {
	await i18n.use('ur');
	try {
		expect(listTotalText({ total: 1, unnamed: 0 })).toBe('1 رکن');
		expect(listTotalText({ total: 54, unnamed: 1 })).toBe(
			'54 اراکین درج ہیں اور 1 تنظیم کا نام ظاہر نہیں کیا گیا'
		);
	} finally {
		await i18n.use('en');
	}
});

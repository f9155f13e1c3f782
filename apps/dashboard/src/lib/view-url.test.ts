import { describe, expect, test } from 'vitest';
import { fromSearch, toSearch } from './view-url.ts';

describe('toSearch', () => {
	test.each([
		{
			name: 'defaults give an empty query',
			state: { filter: {}, interval: 'month' as const },
			expected: ''
		},
		{
			name: 'lists keep readable commas; a non-default interval is kept',
			state: {
				filter: { sectors: ['academia', 'ngo'] as ['academia', 'ngo'], alliance: 'PAK' },
				interval: 'quarter' as const
			},
			expected: '?alliance=PAK&sectors=academia,ngo&interval=quarter'
		}
	])('$name', ({ state, expected }) => {
		expect(toSearch(state)).toBe(expected);
	});
});

describe('fromSearch', () => {
	test('round-trips what toSearch wrote', () => {
		const search = '?alliance=PAK&sectors=academia,ngo&from=2022-01-01&to=2024-12-31&interval=year';
		const { state, problems } = fromSearch(search);
		expect([toSearch(state), problems]).toEqual([search, []]);
	});

	test('names each rejected value and keeps the rest', () => {
		const { state, problems } = fromSearch('?sectors=academia,nope&interval=weekly');
		expect(state).toEqual({ filter: { sectors: ['academia'] }, interval: 'month' });
		expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual([
			'sectors=nope',
			'interval=weekly'
		]);
	});
});

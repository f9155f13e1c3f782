import { describe, expect, test } from 'vitest';
import { Organisation } from './organisation.ts';

describe('Organisation', () => {
	const org = {
		id: 1,
		name: '  Centre for Governance Research ',
		sector: 'think_tank',
		country: 'PAK',
		public: true,
		verified: true,
		synthetic: false,
		sourceUrl: 'https://cgr.com.pk/article/2269'
	};

	test('trims the name', () => {
		expect(Organisation.parse(org).name).toBe('Centre for Governance Research');
	});

	test('rejects an empty name and an over-long one', () => {
		expect(Organisation.safeParse({ ...org, name: '   ' }).error?.issues[0]?.path).toEqual([
			'name'
		]);
		expect(Organisation.safeParse({ ...org, name: 'x'.repeat(201) }).success).toBe(false);
	});
});

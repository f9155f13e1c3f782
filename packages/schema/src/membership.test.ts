import { describe, expect, test } from 'vitest';
import { Membership } from './membership.ts';

const base = {
	id: 1,
	alliance: 'PAK',
	organisationId: 7,
	role: 'member',
	joinedOn: '2022-09-15',
	leftOn: null,
	regions: ['PK-IS', 'PK-KP'],
	themes: ['trafficking_in_persons'],
	verified: false,
	synthetic: true,
	sourceUrl: null
};

describe('Membership', () => {
	test('accepts a current membership', () => {
		expect(Membership.parse(base)).toEqual(base);
	});

	test('rejects a membership that ends before it begins, naming leftOn', () => {
		const result = Membership.safeParse({ ...base, leftOn: '2022-01-01' });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['leftOn']);
	});

	test('rejects an unknown region inside the list, naming its index', () => {
		const result = Membership.safeParse({ ...base, regions: ['PK-IS', 'PK-ZZ'] });
		expect(result.error?.issues[0]).toMatchObject({
			path: ['regions', 1],
			message: 'Unknown region "PK-ZZ"'
		});
	});
});

import { describe, expect, test } from 'vitest';
import { Participation } from './participation.ts';

const member = {
	id: 1,
	eventId: 1,
	organisationId: 3,
	side: 'civil_society',
	sector: 'academia',
	participants: 2,
	organiser: false,
	verified: false,
	synthetic: true,
	sourceUrl: null
};

describe('Participation', () => {
	test('accepts a civil-society participant with a sector and a government delegation without', () => {
		expect(Participation.parse(member).sector).toBe('academia');
		const ministry = { ...member, organisationId: null, side: 'government', sector: null };
		expect(Participation.parse(ministry).side).toBe('government');
	});

	test('rejects a sector on a government participant and a missing one on civil society', () => {
		for (const change of [{ side: 'government' }, { sector: null }]) {
			const result = Participation.safeParse({ ...member, ...change });
			expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['sector']);
		}
	});

	test('rejects negative and fractional participant counts', () => {
		expect(Participation.safeParse({ ...member, participants: -3 }).success).toBe(false);
		expect(Participation.safeParse({ ...member, participants: 1.5 }).success).toBe(false);
	});

	test.each([
		[{ participants: -3 }, 'participants'],
		[{ participants: 1.5 }, 'participants'],
		[{ side: 'press' }, 'side'],
		[{ sector: 'pirates' }, 'sector']
	])('rejects %j, naming %s', (change, path) => {
		const result = Participation.safeParse({ ...member, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
	});
});

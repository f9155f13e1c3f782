import { describe, expect, test } from 'vitest';
import { DashboardFilter, MembersListInput, ReviewProgressInput, TimelineInput } from './filter.ts';

function issues(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('DashboardFilter', () => {
	test('an empty object is the unfiltered view', () => {
		expect(DashboardFilter.parse({})).toEqual({});
	});

	test('accepts every field at once', () => {
		const filter = {
			alliance: 'PAK',
			sectors: ['academia', 'ngo'],
			regions: ['PK-PB'],
			themes: ['drugs'],
			from: '2022-01-01',
			to: '2024-12-31'
		};
		expect(DashboardFilter.parse(filter)).toEqual(filter);
	});

	test.each([
		[{ sectors: ['nope'] }, 'sectors.0', 'Unknown sector "nope"'],
		[{ regions: ['PK-XX'] }, 'regions.0', 'Unknown region "PK-XX"'],
		[{ themes: ['drug'] }, 'themes.0', 'Unknown theme "drug"'],
		[{ alliance: 'pak' }, 'alliance', 'Not an ISO 3166-1 alpha-3 code: "pak"'],
		[{ from: '2024-02-30' }, 'from', 'Not a calendar date (YYYY-MM-DD): "2024-02-30"'],
		[{ to: '31/12/2024' }, 'to', 'Not a calendar date (YYYY-MM-DD): "31/12/2024"']
	])('rejects %j at %s', (input, path, message) => {
		expect(issues(DashboardFilter.safeParse(input))).toEqual([{ path, message }]);
	});

	test('rejects a period that ends before it starts, naming to', () => {
		const result = DashboardFilter.safeParse({ from: '2024-01-01', to: '2023-12-31' });
		expect(issues(result)).toEqual([
			{ path: 'to', message: 'The period ends before it starts (to is earlier than from)' }
		]);
	});

	test('rejects unknown fields and empty or oversized lists', () => {
		expect(issues(DashboardFilter.safeParse({ sector: ['ngo'] }))[0]?.message).toMatch(/sector/);
		expect(DashboardFilter.safeParse({ sectors: [] }).success).toBe(false);
		expect(DashboardFilter.safeParse({ themes: Array(11).fill('drugs') }).success).toBe(false);
	});

	test('accepts a leap day and a one-day period', () => {
		expect(DashboardFilter.parse({ from: '2024-02-29', to: '2024-02-29' })).toEqual({
			from: '2024-02-29',
			to: '2024-02-29'
		});
	});
});

describe('procedure inputs', () => {
	test('TimelineInput defaults the interval to month and rejects week', () => {
		expect(TimelineInput.parse({})).toEqual({ interval: 'month' });
		expect(issues(TimelineInput.safeParse({ interval: 'week' }))).toEqual([
			{ path: 'interval', message: 'Unknown interval "week"' }
		]);
	});

	test('MembersListInput fills paging and sort defaults and bounds the page size', () => {
		expect(MembersListInput.parse({ q: '  legal ' })).toEqual({
			q: 'legal',
			sort: 'name',
			order: 'asc',
			page: 1,
			pageSize: 25
		});
		expect(issues(MembersListInput.safeParse({ pageSize: 1000 }))[0]?.path).toBe('pageSize');
		expect(issues(MembersListInput.safeParse({ page: 0 }))[0]?.path).toBe('page');
	});

	test('ReviewProgressInput needs a country code', () => {
		expect(ReviewProgressInput.parse({ country: 'MEX' })).toEqual({ country: 'MEX' });
		expect(issues(ReviewProgressInput.safeParse({}))[0]?.path).toBe('country');
	});
});

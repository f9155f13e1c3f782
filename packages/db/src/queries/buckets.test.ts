import { describe, expect, it } from 'vitest';
import { bucketStart, toBuckets } from './buckets.ts';

describe('bucketStart', () => {
	it.each([
		{ month: '2024-05', interval: 'month', expected: '2024-05-01' },
		{ month: '2024-05', interval: 'quarter', expected: '2024-04-01' },
		{ month: '2024-12', interval: 'quarter', expected: '2024-10-01' },
		{ month: '2024-05', interval: 'year', expected: '2024-01-01' }
	] as const)('$month by $interval starts on $expected', ({ month, interval, expected }) => {
		expect(bucketStart(month, interval)).toBe(expected);
	});
});

describe('toBuckets', () => {
	const row = (month: string, type: string, events: number) => ({
		month,
		type,
		events,
		participants: events * 10,
		synthetic: 0
	});

	it('merges rows of a bucket and keeps empty buckets between the first and the last', () => {
		const rows = [
			row('2024-05', 'workshop', 1),
			row('2023-11', 'launch', 2),
			row('2023-12', 'launch', 1)
		];
		expect(toBuckets(rows, 'quarter').map((b) => [b.start, b.events, b.participants])).toEqual([
			['2023-10-01', 3, 30],
			['2024-01-01', 0, 0],
			['2024-04-01', 1, 10]
		]);
	});

	it('returns no buckets when no row has events', () => {
		expect(toBuckets([row('2024-01', 'launch', 0)], 'month')).toEqual([]);
	});

	it('adds up one type across the months of a bucket', () => {
		const [year] = toBuckets([row('2024-01', 'launch', 1), row('2024-07', 'launch', 2)], 'year');
		expect(year?.byType).toEqual([{ type: 'launch', events: 3, participants: 30 }]);
	});
});

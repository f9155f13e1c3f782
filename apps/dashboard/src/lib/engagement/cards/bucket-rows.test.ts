import { describe, expect, test } from 'vitest';
import { participationRows, rowsRange } from './bucket-rows.ts';

describe('participationRows', () => {
	test('dates each bucket, ends it at the next one, and maps sectors and sides', () => {
		const rows = participationRows({
			interval: 'quarter',
			buckets: [
				{
					start: '2022-07-01',
					events: 2,
					bySector: [{ sector: 'ngo', participants: 5 }],
					bySide: [{ side: 'government', participants: 3 }]
				},
				{ start: '2022-10-01', events: 0, bySector: [], bySide: [] }
			],
			byType: [],
			synthetic: false
		});
		expect(
			rows.map(
				(r) =>
					`${r.start.toISOString().slice(0, 10)}–${r.end.toISOString().slice(0, 10)} ` +
					`${r.events} ngo ${r.bySector.get('ngo') ?? 0} gov ${r.bySide.get('government') ?? 0}`
			)
		).toEqual(['2022-07-01–2022-10-01 2 ngo 5 gov 3', '2022-10-01–2023-01-01 0 ngo 0 gov 0']);
		expect(rowsRange(rows)?.map((d) => d.toISOString().slice(0, 10))).toEqual([
			'2022-07-01',
			'2023-01-01'
		]);
	});

	test('no buckets give no rows and no range', () => {
		expect(rowsRange([])).toBeUndefined();
	});
});

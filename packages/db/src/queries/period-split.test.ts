import { describe, expect, it } from 'vitest';
import { splitPeriod } from './period-split.ts';

describe('splitPeriod', () => {
	it.each([
		{
			name: 'no period is all months',
			period: {},
			expected: { months: { from: undefined, to: undefined }, days: [] }
		},
		{
			name: 'month-aligned ends are whole months',
			period: { from: '2024-01-01', to: '2024-03-31' },
			expected: { months: { from: '2024-01', to: '2024-03' }, days: [] }
		},
		{
			name: 'mid-month ends become edge day ranges',
			period: { from: '2024-01-15', to: '2024-03-10' },
			expected: {
				months: { from: '2024-02', to: '2024-02' },
				days: [
					{ from: '2024-01-15', to: '2024-01-31' },
					{ from: '2024-03-01', to: '2024-03-10' }
				]
			}
		},
		{
			name: 'a partial single month is one day range',
			period: { from: '2024-02-03', to: '2024-02-29' },
			expected: { months: null, days: [{ from: '2024-02-03', to: '2024-02-29' }] }
		},
		{
			name: 'two adjacent partial months leave no whole month',
			period: { from: '2024-01-20', to: '2024-02-10' },
			expected: {
				months: null,
				days: [
					{ from: '2024-01-20', to: '2024-01-31' },
					{ from: '2024-02-01', to: '2024-02-10' }
				]
			}
		},
		{
			name: 'an open start keeps months open before a partial end',
			period: { to: '2024-02-10' },
			expected: {
				months: { from: undefined, to: '2024-01' },
				days: [{ from: '2024-02-01', to: '2024-02-10' }]
			}
		}
	])('$name', ({ period, expected }) => {
		expect(splitPeriod(period)).toEqual(expected);
	});
});

import { reviewStepList, type ReviewStepCode } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { dueOn, lateness } from './step-progress.ts';

const definition = (code: ReviewStepCode) => {
	const found = reviewStepList.find((s) => s.code === code);
	if (!found) throw new Error(code);
	return found;
};

describe('dueOn', () => {
	test.each([
		{
			name: 'focal point, 2 weeks after the start',
			step: 'focal_point',
			start: '2020-12-01',
			saq: null,
			expected: '2020-12-15'
		},
		{
			name: 'experts across the new year',
			step: 'experts',
			start: '2020-12-10',
			saq: null,
			expected: '2021-01-07'
		},
		{
			name: 'SAQ: 31 Aug + 6 months is the last day of Feb',
			step: 'self_assessment',
			start: '2021-08-31',
			saq: null,
			expected: '2022-02-28'
		},
		{
			name: 'SAQ: 31 Aug + 6 months in a leap year is 29 Feb',
			step: 'self_assessment',
			start: '2023-08-31',
			saq: null,
			expected: '2024-02-29'
		},
		{
			name: 'feedback: 29 Feb + 6 months',
			step: 'written_feedback',
			start: '2023-01-01',
			saq: '2024-02-29',
			expected: '2024-08-29'
		},
		{
			name: 'feedback counts from the SAQ, not from the start',
			step: 'written_feedback',
			start: '2020-12-01',
			saq: '2022-08-31',
			expected: '2023-02-28'
		},
		{
			name: 'feedback without a SAQ completion has no due date',
			step: 'written_feedback',
			start: '2020-12-01',
			saq: null,
			expected: null
		},
		{ name: 'no start, no due date', step: 'experts', start: null, saq: null, expected: null },
		{
			name: 'dialogue has no deadline in the rules',
			step: 'dialogue',
			start: '2020-12-01',
			saq: '2021-06-01',
			expected: null
		}
	] as const)('$name', ({ step, start, saq, expected }) => {
		const clock = { startedOn: start, completedOn: { self_assessment: saq } };
		expect(dueOn(definition(step), clock)).toBe(expected);
	});

	test('29 Feb + 12 months (a deadline of a year) is 28 Feb', () => {
		const yearly = {
			...definition('self_assessment'),
			deadline: { after: 'start', amount: 12, unit: 'month' }
		} as const;
		expect(dueOn(yearly, { startedOn: '2024-02-29', completedOn: {} })).toBe('2025-02-28');
	});
});

describe('lateness', () => {
	const today = '2024-06-15';
	test.each([
		{
			name: 'completed on the due date: on time',
			status: 'completed',
			completedOn: '2024-03-01',
			due: '2024-03-01',
			expected: [false, 0]
		},
		{
			name: 'completed a day late',
			status: 'completed',
			completedOn: '2024-03-01',
			due: '2024-02-29',
			expected: [true, 1]
		},
		{
			name: 'completed early counts as 0, not negative',
			status: 'completed',
			completedOn: '2024-01-01',
			due: '2024-03-01',
			expected: [false, 0]
		},
		{
			name: 'in progress past the due date is late by today',
			status: 'in_progress',
			completedOn: null,
			due: '2023-11-15',
			expected: [true, 213]
		},
		{
			name: 'not started before the due date is not overdue',
			status: 'not_started',
			completedOn: null,
			due: '2024-07-01',
			expected: [false, 0]
		},
		{
			name: 'unknown status stays unknown',
			status: null,
			completedOn: null,
			due: '2020-01-01',
			expected: [false, null]
		},
		{
			name: 'completed without a date stays unknown',
			status: 'completed',
			completedOn: null,
			due: '2020-01-01',
			expected: [false, null]
		},
		{
			name: 'no due date, no delay',
			status: 'in_progress',
			completedOn: null,
			due: null,
			expected: [false, null]
		}
	] as const)('$name', ({ status, completedOn, due, expected }) => {
		const result = lateness({ status, completedOn }, { due, today });
		expect([result.overdue, result.delayDays]).toEqual(expected);
	});
});

describe('in a time zone with daylight saving', () => {
	const saved = process.env['TZ'];
	afterEach(() => {
		process.env['TZ'] = saved;
	});

	test.each(['Europe/London', 'America/New_York', 'Pacific/Auckland'])(
		'%s: a delay across the March and October clock changes is whole days',
		(zone) => {
			process.env['TZ'] = zone;
			// The zone is in effect, and it has a clock change in 2024.
			const offsets = [0, 6].map((m) => new Date(2024, m, 1).getTimezoneOffset());
			expect(offsets[0]).not.toBe(offsets[1]);
			const spring = lateness(
				{ status: 'completed', completedOn: '2024-04-05' },
				{ due: '2024-03-25', today: '2024-06-15' }
			);
			expect(spring.delayDays).toBe(11);
			const autumn = lateness(
				{ status: 'in_progress', completedOn: null },
				{ due: '2023-10-20', today: '2023-11-03' }
			);
			expect(autumn.delayDays).toBe(14);
			const clock = { startedOn: '2024-03-30', completedOn: {} };
			expect(dueOn(definition('focal_point'), clock)).toBe('2024-04-13');
		}
	);
});

import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, dueDate } from './review-schedule.ts';

describe('addMonths', () => {
	test.each([
		['2020-12-01', 6, '2021-06-01'],
		['2021-08-31', 6, '2022-02-28'],
		['2023-08-31', 6, '2024-02-29'],
		['2024-02-29', 12, '2025-02-28'],
		['2022-01-31', 1, '2022-02-28'],
		['2022-03-31', -1, '2022-02-28'],
		['2022-11-15', 2, '2023-01-15']
	])('addMonths(%s, %i) is %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});
});

describe('addDays and daysBetween', () => {
	test('two weeks after 2020-12-01 is 2020-12-15', () => {
		expect(addDays('2020-12-01', 14)).toBe('2020-12-15');
	});

	test('crosses a leap day', () => {
		expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
	});

	test('is negative backwards and ignores the local time zone', () => {
		expect(daysBetween('2022-10-30', '2022-10-01')).toBe(-29);
		expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
	});
});

describe('dueDate', () => {
	test('a focal point is due two weeks after the start', () => {
		expect(dueDate('2020-12-01', { after: 'start', amount: 2, unit: 'week' })).toBe('2020-12-15');
	});

	test('written feedback is due six calendar months after the self-assessment', () => {
		expect(dueDate('2022-08-31', { after: 'self_assessment', amount: 6, unit: 'month' })).toBe(
			'2023-02-28'
		);
	});
});

import { describe, expect, test } from 'vitest';
import {
	bySuppressibleDesc,
	fewerThan,
	formatShareOf,
	formatSuppressible,
	suppressedNote
} from './format.ts';

describe('suppressed counts', () => {
	test('a suppressed count reads "fewer than N" with the threshold, a shown one exactly', () => {
		expect(formatSuppressible(null, 3)).toBe('fewer than 3');
		expect(formatSuppressible(null, 5)).toBe('fewer than 5');
		expect(formatSuppressible(1234, 3)).toBe('1,234');
		expect(formatSuppressible(2, null)).toBe('2');
		expect(formatSuppressible(0, 3)).toBe('0');
		expect(fewerThan(null)).toBe('hidden');
	});

	test('shares, the legend note and the order never turn a suppressed count into 0', () => {
		expect(formatShareOf(null, 20)).toBe('hidden');
		expect(formatShareOf(5, null)).toBe('hidden');
		expect(formatShareOf(5, 20)).toBe('25%');
		expect(suppressedNote(3)).toBe('Fewer than 3: hidden to protect small groups');
		expect([2, null, 0, 7].sort(bySuppressibleDesc)).toEqual([7, 2, 0, null]);
	});
});

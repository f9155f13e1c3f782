import { describe, expect, test } from 'vitest';
import { logicalKey, nextCell, nextMark, toggled } from './chart-keys.ts';

describe('nextMark', () => {
	test.each([
		{ index: 0, key: 'ArrowDown', count: 3, expected: 1 },
		{ index: 2, key: 'ArrowDown', count: 3, expected: 2 },
		{ index: 1, key: 'ArrowRight', count: 3, expected: 2 },
		{ index: 1, key: 'ArrowUp', count: 3, expected: 0 },
		{ index: 0, key: 'ArrowLeft', count: 3, expected: 0 },
		{ index: 2, key: 'Home', count: 3, expected: 0 },
		{ index: 0, key: 'End', count: 3, expected: 2 },
		{ index: 0, key: 'Enter', count: 3, expected: null },
		{ index: 0, key: 'ArrowDown', count: 0, expected: null }
	])('$key from $index of $count is $expected', ({ index, key, count, expected }) => {
		expect(nextMark(index, key, count)).toBe(expected);
	});
});

describe('toggled', () => {
	test.each([
		{ name: 'adds to nothing', list: undefined, value: 'ngo', expected: ['ngo'] },
		{ name: 'adds at the end', list: ['media'], value: 'ngo', expected: ['media', 'ngo'] },
		{
			name: 'removes on the second click',
			list: ['media', 'ngo'],
			value: 'ngo',
			expected: ['media']
		}
	])('$name', ({ list, value, expected }) => {
		expect(toggled(list, value)).toEqual(expected);
	});
});

describe('nextCell', () => {
	test.each([
		{ at: [0, 0], key: 'ArrowDown', expected: [1, 0] },
		{ at: [1, 0], key: 'ArrowDown', expected: [1, 0] },
		{ at: [1, 1], key: 'ArrowUp', expected: [0, 1] },
		{ at: [0, 0], key: 'ArrowRight', expected: [0, 1] },
		{ at: [0, 2], key: 'ArrowRight', expected: [0, 2] },
		{ at: [0, 2], key: 'ArrowLeft', expected: [0, 1] },
		{ at: [1, 2], key: 'Home', expected: [1, 0] },
		{ at: [1, 0], key: 'End', expected: [1, 2] },
		{ at: [0, 0], key: 'x', expected: null }
	] satisfies { at: [number, number]; key: string; expected: [number, number] | null }[])(
		'$key from $at in 2 × 3 is $expected',
		({ at, key, expected }) => {
			expect(nextCell(at, key, { rows: 2, columns: 3 })).toEqual(expected);
		}
	);
});

describe('logicalKey', () => {
	test.each([
		{ key: 'ArrowLeft', dir: 'ltr', expected: 'ArrowLeft' },
		{ key: 'ArrowLeft', dir: 'rtl', expected: 'ArrowRight' },
		{ key: 'ArrowRight', dir: 'rtl', expected: 'ArrowLeft' },
		{ key: 'ArrowUp', dir: 'rtl', expected: 'ArrowUp' },
		{ key: 'Home', dir: 'rtl', expected: 'Home' }
	] as const)('$key $dir reads as $expected', ({ key, dir, expected }) => {
		expect(logicalKey(key, dir)).toBe(expected);
	});

	test('right to left, ArrowRight on a time axis goes to the earlier point on the right', () => {
		// Three points, drawn right to left: index 0 at the right. From the middle one, the point
		// on the right is index 0.
		expect(nextCell([0, 1], logicalKey('ArrowRight', 'rtl'), { rows: 1, columns: 3 })).toEqual([
			0, 0
		]);
		expect(nextMark(1, logicalKey('ArrowLeft', 'rtl'), 3)).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import { SeedSpec } from './seed-spec.ts';

describe('SeedSpec', () => {
	it.each([
		{ value: 'demo', expected: { kind: 'demo' } },
		{ value: 'none', expected: { kind: 'none' } },
		{ value: 'scale:1', expected: { kind: 'scale', records: 1 } },
		{ value: 'scale:1000000', expected: { kind: 'scale', records: 1_000_000 } },
		{ value: 'scale:5000000', expected: { kind: 'scale', records: 5_000_000 } }
	])('parses "$value"', ({ value, expected }) => {
		expect(SeedSpec.parse(value)).toEqual(expected);
	});

	it.each(['', 'Demo', 'scale:', 'scale:0', 'scale:5000001', 'scale:1.5', 'scale:-3', 'scale:1e6'])(
		'rejects "%s" with a message naming SEED',
		(value) => {
			const result = SeedSpec.safeParse(value);
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.message).toMatch(
				/^SEED must be 'demo', 'none' or 'scale:<N>'/
			);
		}
	);

	it('rejects a missing value with a message naming SEED', () => {
		expect(SeedSpec.safeParse(undefined).error?.issues[0]?.message).toMatch(/^SEED must be/);
	});
});

import { describe, expect, test } from 'vitest';
import { reviewStepAsOf } from './review-step-as-of.ts';

const today = '2024-06-15';
const step = {
	step: 'self_assessment',
	status: 'completed',
	startedOn: '2023-01-10',
	completedOn: '2024-06-15',
	verified: true,
	synthetic: false,
	sourceUrl: null
};

describe('reviewStepAsOf', () => {
	test('accepts a step completed today and a step with unknown dates', () => {
		expect(reviewStepAsOf(today).parse(step).completedOn).toBe(today);
		const unknown = { ...step, status: null, startedOn: null, completedOn: null };
		expect(reviewStepAsOf(today).parse(unknown).status).toBeNull();
	});

	test.each([
		[{ completedOn: '2024-06-16' }, ['completedOn']],
		[{ status: 'in_progress', startedOn: '2030-01-01', completedOn: null }, ['startedOn']],
		[{ startedOn: '2024-06-10', completedOn: '2024-06-01' }, ['completedOn']],
		[{ status: 'paused' }, ['status']],
		[{ step: 'appeal' }, ['step']]
	])('rejects %j, naming %j', (change, paths) => {
		const result = reviewStepAsOf(today).safeParse({ ...step, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(paths);
	});

	test('the message says which date is in the future', () => {
		const result = reviewStepAsOf(today).safeParse({ ...step, completedOn: '2025-01-01' });
		expect(result.error?.issues[0]?.message).toBe(
			'completedOn 2025-01-01 is in the future (today is 2024-06-15)'
		);
	});
});

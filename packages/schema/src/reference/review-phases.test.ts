import { describe, expect, test } from 'vitest';
import { ReviewPhase, reviewPhaseList, reviewProcess } from './review-phases.ts';

describe('review phases', () => {
	test('four two-year phases staggered over three groups, inside Oct 2020 – Oct 2030', () => {
		const phases = reviewPhaseList.map((p) => ReviewPhase.parse(p));
		expect(phases.map((p) => `${p.plannedStart}/${p.plannedEnd}`)).toEqual([
			'2020-10-01/2024-10-01',
			'2022-10-01/2026-10-01',
			'2024-10-01/2028-10-01',
			'2026-10-01/2030-10-01'
		]);
		expect(phases[0]?.plannedStart).toBe(reviewProcess.start);
		expect(phases[3]?.plannedEnd).toBe(reviewProcess.end);
	});

	test('only phase 1 (cluster 1) is verified', () => {
		expect(reviewPhaseList.map((p) => p.verified)).toEqual([true, false, false, false]);
	});
});

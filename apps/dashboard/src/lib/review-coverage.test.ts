import { treatyStatusList } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { articlesCounted, coverageRows } from './review-coverage.ts';

describe('coverageRows', () => {
	const rows = coverageRows(treatyStatusList, ['PAK', 'MEX', 'FRA']);

	test('cluster 1: Pakistan counts UNTOC and TIP, not SOM and Firearms; Mexico counts all', () => {
		const cluster1 = rows.filter((r) => r.cluster === 1);
		expect(
			cluster1.map(
				(r) => `${r.instrument} ${r.counted['PAK']} ${r.counted['MEX']} ${r.counted['FRA']}`
			)
		).toEqual([
			'untoc yes yes unknown',
			'tip_protocol yes yes unknown',
			'som_protocol no yes unknown',
			'firearms_protocol no yes unknown'
		]);
	});

	test('articles counted per cluster: Pakistan 8 + 2 in cluster 1, Mexico 8 + 2 + 3 + 2', () => {
		expect(articlesCounted(rows, 'PAK').get(1)).toBe(10);
		expect(articlesCounted(rows, 'MEX').get(1)).toBe(15);
		expect(articlesCounted(rows, 'FRA').size).toBe(0);
	});
});

import { describe, expect, test } from 'vitest';
import { Cluster, clusterList } from './clusters.ts';
import { Instrument, instrumentList } from './instruments.ts';
import { ReviewStepDefinition, reviewStepList } from './review-steps.ts';

describe('reference data', () => {
	test('every instrument, cluster and step parses with its own schema', () => {
		expect(instrumentList.map((i) => Instrument.parse(i))).toHaveLength(4);
		expect(clusterList.map((c) => Cluster.parse(c).id)).toEqual([1, 2, 3, 4]);
		expect(reviewStepList.map((s) => ReviewStepDefinition.parse(s).order)).toEqual([
			1, 2, 3, 4, 5, 6, 7
		]);
	});

	test('cluster 1 holds the eight verified UNTOC articles of the sources', () => {
		const untoc = clusterList[0]?.articles.find((a) => a.instrument === 'untoc');
		expect(untoc).toMatchObject({ articles: [2, 5, 6, 8, 9, 10, 15, 23], verified: true });
	});

	test('anything without a source is marked unverified', () => {
		for (const cluster of clusterList) {
			if (cluster.sourceUrl === null) expect(cluster.verified).toBe(false);
			for (const group of cluster.articles)
				if (group.sourceUrl === null) expect(group.verified).toBe(false);
		}
	});

	test('the rules set deadlines for the first four steps only', () => {
		expect(
			reviewStepList.map((s) => (s.deadline ? `${s.deadline.amount} ${s.deadline.unit}` : null))
		).toEqual(['2 week', '4 week', '6 month', '6 month', null, null, null]);
		expect(reviewStepList[3]?.deadline?.after).toBe('self_assessment');
	});
});

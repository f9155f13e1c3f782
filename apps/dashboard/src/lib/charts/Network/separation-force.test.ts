import { forceSimulation } from 'd3-force';
import { describe, expect, test } from 'vitest';
import { forceSeparation } from './separation-force.ts';

const distance = (a: { x?: number; y?: number }, b: { x?: number; y?: number }) =>
	Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0));

describe('forceSeparation', () => {
	test('pushes overlapping circles apart until they no longer overlap', () => {
		const nodes = [
			{ r: 10, x: 0, y: 0 },
			{ r: 10, x: 5, y: 0 }
		];
		forceSimulation(nodes)
			.force('s', forceSeparation({ strength: 0, gap: 2 }))
			.stop()
			.tick(100);
		expect(distance(nodes[0] ?? {}, nodes[1] ?? {})).toBeGreaterThanOrEqual(21.9);
	});

	test('repels nodes that do not overlap, more when the strength is larger', () => {
		const run = (strength: number) => {
			const nodes = [
				{ r: 1, x: -20, y: 0 },
				{ r: 1, x: 20, y: 0 }
			];
			forceSimulation(nodes)
				.force('s', forceSeparation({ strength, gap: 0 }))
				.stop()
				.tick(50);
			return distance(nodes[0] ?? {}, nodes[1] ?? {});
		};
		expect(run(0)).toBe(40);
		expect(run(-30)).toBeGreaterThan(40);
		expect(run(-300)).toBeGreaterThan(run(-30));
	});

	test('splits coinciding nodes with the simulation random source', () => {
		const nodes = [
			{ r: 5, x: 3, y: 3 },
			{ r: 5, x: 3, y: 3 }
		];
		forceSimulation(nodes)
			.force('s', forceSeparation({ strength: -30, gap: 1 }))
			.stop()
			.tick(60);
		expect(distance(nodes[0] ?? {}, nodes[1] ?? {})).toBeGreaterThan(10);
	});
});

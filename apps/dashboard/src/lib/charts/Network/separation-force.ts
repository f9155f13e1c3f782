/**
 * A d3-force force that keeps nodes apart: every pair repels like d3's many-body force (strength
 * over squared distance) and overlapping circles (radius `r` plus `gap`) are pushed apart. It
 * visits every pair directly, which for the ≤ 100 nodes of a network card is several times faster
 * than the quadtrees of `forceManyBody` and `forceCollide` (no tree to build on every tick).
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

export interface SeparationNode extends SimulationNodeDatum {
	r: number;
}

export function forceSeparation<TNode extends SeparationNode>(options: {
	/** Negative repels, as d3's many-body strength. */
	strength: number;
	/** Space kept between circles. */
	gap: number;
}): Force<TNode, undefined> {
	const { strength, gap } = options;
	let nodes: TNode[] = [];
	let random = Math.random;
	const pair = (a: TNode, b: TNode, alpha: number) => {
		let dx = (b.x ?? 0) - (a.x ?? 0);
		let dy = (b.y ?? 0) - (a.y ?? 0);
		if (dx === 0 && dy === 0) {
			dx = (random() - 0.5) * 1e-6;
			dy = (random() - 0.5) * 1e-6;
		}
		const l2 = dx * dx + dy * dy;
		const w = (strength * alpha) / Math.max(1, l2);
		const min = a.r + b.r + gap;
		// Overlap: each circle moves a quarter of the overlap away from the other.
		const push = l2 < min * min ? ((min - Math.sqrt(l2)) / Math.sqrt(l2)) * 0.25 : 0;
		const fx = dx * (w - push);
		const fy = dy * (w - push);
		a.vx = (a.vx ?? 0) + fx;
		a.vy = (a.vy ?? 0) + fy;
		b.vx = (b.vx ?? 0) - fx;
		b.vy = (b.vy ?? 0) - fy;
	};
	const force = (alpha: number) => {
		nodes.forEach((a, i) => {
			for (const b of nodes.slice(i + 1)) pair(a, b, alpha);
		});
	};
	force.initialize = (next: TNode[], nextRandom: () => number) => {
		nodes = next;
		random = nextRandom;
	};
	return force;
}

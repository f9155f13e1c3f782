import { describe, expect, test } from 'vitest';
import {
	bundleLinks,
	layoutNetwork,
	neighbours,
	seededRandom,
	type NetworkEdge
} from './network.ts';

interface Org {
	id: string;
	events: number;
}

/** 30 organisations and links between them; pair (i, j) shares more events when i and j are near. */
function fixture(): { nodes: Org[]; links: NetworkEdge[] } {
	const random = seededRandom(7);
	const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, events: 30 - i }));
	const links: NetworkEdge[] = [];
	for (let i = 0; i < nodes.length; i++) {
		for (let j = i + 1; j < nodes.length; j++) {
			if (random() > 0.25) continue;
			const weight = Math.abs(i - j) <= 3 ? 6 + Math.floor(random() * 4) : 1;
			links.push({ source: `o${i}`, target: `o${j}`, weight });
		}
	}
	return { nodes, links };
}

const options = (data: ReturnType<typeof fixture>, width = 600, height = 400) => ({
	...data,
	key: (d: Org) => d.id,
	size: (d: Org) => d.events,
	width,
	height
});

const fixed = (n: number) => n.toFixed(3);

describe('layoutNetwork', () => {
	test('the same data gives the same positions, to the thousandth of a pixel', () => {
		const data = fixture();
		const a = layoutNetwork(options(data));
		const b = layoutNetwork(options(fixture()));
		expect(a.nodes.map((n) => `${n.key} ${fixed(n.x)} ${fixed(n.y)}`)).toEqual(
			b.nodes.map((n) => `${n.key} ${fixed(n.x)} ${fixed(n.y)}`)
		);
		expect(a.links.map((l) => `${l.key} ${fixed(l.x1)} ${fixed(l.y2)}`)).toEqual(
			b.links.map((l) => `${l.key} ${fixed(l.x1)} ${fixed(l.y2)}`)
		);
	});

	test.each([
		[600, 400],
		[320, 480],
		[200, 120]
	])('every circle lies inside a %i × %i box', (width, height) => {
		const layout = layoutNetwork(options(fixture(), width, height));
		expect(layout.nodes).toHaveLength(30);
		for (const n of layout.nodes) {
			expect(n.x - n.r).toBeGreaterThanOrEqual(0);
			expect(n.x + n.r).toBeLessThanOrEqual(width);
			expect(n.y - n.r).toBeGreaterThanOrEqual(0);
			expect(n.y + n.r).toBeLessThanOrEqual(height);
		}
	});

	test('pairs that share more events end up closer on average', () => {
		const layout = layoutNetwork(options(fixture()));
		const length = (l: (typeof layout.links)[number]) => Math.hypot(l.x2 - l.x1, l.y2 - l.y1);
		const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
		const heavy = layout.links.filter((l) => l.weight >= 6).map(length);
		const light = layout.links.filter((l) => l.weight === 1).map(length);
		expect(heavy.length).toBeGreaterThan(5);
		expect(light.length).toBeGreaterThan(5);
		expect(mean(heavy)).toBeLessThan(mean(light));
	});

	test('nodes keep their rank order; circles grow with size; links lightest first', () => {
		const layout = layoutNetwork(options(fixture()));
		expect(layout.nodes.map((n) => n.index)).toEqual([...Array(30).keys()]);
		expect(layout.nodes[0]?.r).toBe(14);
		expect(layout.nodes[0]?.r).toBeGreaterThan(layout.nodes[29]?.r ?? Infinity);
		const weights = layout.links.map((l) => l.weight);
		expect(weights).toEqual([...weights].sort((a, b) => a - b));
		const first = layout.links[0];
		const last = layout.links.at(-1);
		expect(first?.strokeWidth).toBeLessThan(last?.strokeWidth ?? 0);
		expect(first?.opacity).toBeLessThan(last?.opacity ?? 0);
	});

	test('links to nodes not listed are left out; no nodes or no width gives no marks', () => {
		const nodes = [
			{ id: 'a', events: 3 },
			{ id: 'b', events: 1 }
		];
		const links = [
			{ source: 'a', target: 'b', weight: 1 },
			{ source: 'a', target: 'zz', weight: 4 }
		];
		const base = { nodes, links, key: (d: Org) => d.id, size: (d: Org) => d.events };
		const layout = layoutNetwork({ ...base, width: 300, height: 200 });
		expect(layout.links.map((l) => l.key)).toEqual(['a-b']);
		expect(layoutNetwork({ ...base, width: 0, height: 200 })).toEqual({ nodes: [], links: [] });
		expect(layoutNetwork({ ...base, nodes: [], width: 300, height: 200 }).nodes).toEqual([]);
	});

	test('a single node sits in the middle of the box', () => {
		const layout = layoutNetwork({
			nodes: [{ id: 'a', events: 2 }],
			links: [],
			key: (d: Org) => d.id,
			size: (d: Org) => d.events,
			width: 300,
			height: 200
		});
		expect(layout.nodes.map((n) => `${fixed(n.x)} ${fixed(n.y)}`)).toEqual(['150.000 100.000']);
	});
});

describe('bundleLinks', () => {
	test('one path per weight, lightest first, with a segment per link', () => {
		const link = (key: string, weight: number, x1: number) => ({
			key,
			source: key[0] ?? '',
			target: key[2] ?? '',
			weight,
			x1,
			y1: 0,
			x2: 10.04,
			y2: 5,
			strokeWidth: weight,
			opacity: 0.5
		});
		const bundles = bundleLinks([link('a-b', 2, 1), link('a-c', 1, 2), link('b-c', 2, 3.25)]);
		expect(bundles.map((b) => `${b.key} ${b.count} ${b.strokeWidth} ${b.d}`)).toEqual([
			'w1 1 1 M2,0L10,5',
			'w2 2 2 M1,0L10,5M3.3,0L10,5'
		]);
		expect(bundleLinks([])).toEqual([]);
	});
});

describe('neighbours', () => {
	test('lists the keys at the other end of every link of a node', () => {
		const links = [
			{ source: 'a', target: 'b', weight: 1 },
			{ source: 'c', target: 'a', weight: 2 },
			{ source: 'b', target: 'c', weight: 1 }
		];
		expect([...neighbours(links, 'a')].sort()).toEqual(['b', 'c']);
		expect([...neighbours(links, 'd')]).toEqual([]);
	});
});

/**
 * Geometry of a network (who works with whom): a d3-force layout run synchronously to a fixed
 * number of ticks, so that the same data always gives the same picture. Nodes start on d3's
 * phyllotaxis spiral in rank order, the random source (used only to split coinciding nodes) is a
 * seeded generator, and the result is scaled to fit the box. Heavier links pull their ends closer.
 * The simulation does not depend on the box, so a resize only re-fits (`fitNetwork`).
 */
import { max } from 'd3-array';
import {
	forceLink,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { forceSeparation } from './separation-force.ts';

/** A link between two nodes, by their keys, with its weight (e.g. shared events). */
export interface NetworkEdge {
	source: string;
	target: string;
	weight: number;
}

export interface NetworkLayoutOptions<TNode> {
	/** The nodes in rank order (most important first). */
	nodes: readonly TNode[];
	/** Links between listed nodes; links to unknown keys are left out. */
	links: readonly NetworkEdge[];
	/** Stable identity of a node. */
	key: (d: TNode) => string;
	/** What a node's area shows (e.g. events). */
	size: (d: TNode) => number;
	width: number;
	height: number;
	/** Simulation steps (the cooling is spread over them). @default 120 */
	ticks?: number;
}

export interface NodeMark<TNode> {
	datum: TNode;
	key: string;
	/** Rank in the input order, from 0. */
	index: number;
	x: number;
	y: number;
	r: number;
}

export interface LinkMark {
	key: string;
	source: string;
	target: string;
	weight: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	strokeWidth: number;
	opacity: number;
}

export interface NetworkLayout<TNode> {
	nodes: NodeMark<TNode>[];
	/** Lightest first, so that heavy links are drawn on top. */
	links: LinkMark[];
}

export interface SimNode extends SimulationNodeDatum {
	key: string;
	r: number;
}

type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

/** Room kept between the outermost circles and the edge of the box. */
const margin = 4;

/** A small seeded linear congruential generator (the one d3-force uses by default). */
export function seededRandom(seed = 1): () => number {
	let s = seed;
	return () => {
		s = (1664525 * s + 1013904223) % 4294967296;
		return s / 4294967296;
	};
}

/** Node radius from the size value: area proportional to size, from 4 to 14 pixels. */
function radiusScale(maxSize: number) {
	return scaleSqrt([0, maxSize || 1], [4, 14]).clamp(true);
}

function simulate(
	nodes: SimNode[],
	links: SimLink[],
	options: { ticks: number; maxWeight: number }
) {
	const { ticks, maxWeight } = options;
	const link = forceLink<SimNode, SimLink>(links)
		.id((n) => n.key)
		// Heavier pairs want to sit closer and pull harder.
		.distance((l) => 30 + 60 * (1 - l.weight / maxWeight))
		.strength((l) => 0.1 + 0.6 * (l.weight / maxWeight));
	forceSimulation<SimNode>(nodes)
		.randomSource(seededRandom(42))
		// Cool down from alpha 1 to d3's alphaMin (0.001) in exactly `ticks` steps.
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.force('link', link)
		.force('separation', forceSeparation<SimNode>({ strength: -60, gap: 2 }))
		.force('x', forceX<SimNode>(0).strength(0.06))
		.force('y', forceY<SimNode>(0).strength(0.06))
		.stop()
		.tick(ticks);
}

/**
 * Scales the simulated positions into the box, centred, circles inside the edges: uniformly, then
 * stretched along the longer side by up to 1.6 times, so that a round cloud fills a wide card.
 */
function fit(nodes: SimNode[], width: number, height: number): (n: SimNode) => [number, number] {
	const xs = nodes.map((n) => n.x ?? 0);
	const ys = nodes.map((n) => n.y ?? 0);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const pad = margin + (max(nodes, (n) => n.r) ?? 0);
	const spanX = x1 - x0 || 1;
	const spanY = y1 - y0 || 1;
	const fitX = Math.max(0, (width - 2 * pad) / spanX);
	const fitY = Math.max(0, (height - 2 * pad) / spanY);
	const k = Math.min(fitX, fitY);
	const kx = Math.min(fitX, 1.6 * k);
	const ky = Math.min(fitY, 1.6 * k);
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	return (n) => [width / 2 + ((n.x ?? 0) - cx) * kx, height / 2 + ((n.y ?? 0) - cy) * ky];
}

/** The simulated network before it is fitted into a box (it does not depend on the box). */
export interface NetworkSimulation<TNode> {
	nodes: readonly TNode[];
	sim: SimNode[];
	edges: NetworkEdge[];
	maxWeight: number;
}

/** Runs the force simulation (the costly part); `fitNetwork` then places it in a box. */
export function simulateNetwork<TNode>(
	options: Omit<NetworkLayoutOptions<TNode>, 'width' | 'height'>
): NetworkSimulation<TNode> {
	const { nodes, links, key, size, ticks = 120 } = options;
	const r = radiusScale(max(nodes, size) ?? 0);
	const sim: SimNode[] = nodes.map((d) => ({ key: key(d), r: r(size(d)) }));
	const known = new Set(sim.map((n) => n.key));
	const edges = links.filter((l) => known.has(l.source) && known.has(l.target));
	const maxWeight = max(edges, (l) => l.weight) ?? 1;
	const simLinks = edges.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
	if (sim.length > 0) simulate(sim, simLinks, { ticks, maxWeight });
	return { nodes, sim, edges, maxWeight };
}

/** Scales a simulated network into a `width` × `height` box; zero size or no nodes: no marks. */
export function fitNetwork<TNode>(
	simulation: NetworkSimulation<TNode>,
	width: number,
	height: number
): NetworkLayout<TNode> {
	const { nodes, sim, edges, maxWeight } = simulation;
	if (width <= 0 || height <= 0 || sim.length === 0) return { nodes: [], links: [] };
	const place = fit(sim, width, height);
	const byKey = new Map<string, [number, number]>(sim.map((n) => [n.key, place(n)]));
	const stroke = scaleLinear([1, Math.max(2, maxWeight)], [1, 6]).clamp(true);
	const opacity = scaleLinear([1, Math.max(2, maxWeight)], [0.25, 0.8]).clamp(true);
	return {
		nodes: sim.map((n, index) => {
			const [x, y] = byKey.get(n.key) ?? [0, 0];
			return { datum: nodes[index] as TNode, key: n.key, index, x, y, r: n.r };
		}),
		links: [...edges]
			.sort((a, b) => a.weight - b.weight)
			.map((l) => {
				const [x1, y1] = byKey.get(l.source) ?? [0, 0];
				const [x2, y2] = byKey.get(l.target) ?? [0, 0];
				const k = `${l.source}-${l.target}`;
				const w = l.weight;
				return { key: k, ...l, x1, y1, x2, y2, strokeWidth: stroke(w), opacity: opacity(w) };
			})
	};
}

/** Lays out the network in a `width` × `height` box; an empty or zero-size one has no marks. */
export function layoutNetwork<TNode>(options: NetworkLayoutOptions<TNode>): NetworkLayout<TNode> {
	const { width, height } = options;
	if (width <= 0 || height <= 0 || options.nodes.length === 0) return { nodes: [], links: [] };
	return fitNetwork(simulateNetwork(options), width, height);
}

/** The links of one weight drawn as one path: a few elements instead of one per link. */
export interface LinkBundle {
	key: string;
	weight: number;
	/** "M x1,y1L x2,y2" per link. */
	d: string;
	count: number;
	strokeWidth: number;
	opacity: number;
}

/** Groups laid-out links by weight, lightest first (heavier bundles are drawn on top). */
export function bundleLinks(links: readonly LinkMark[]): LinkBundle[] {
	const round = (n: number) => Math.round(n * 10) / 10;
	const bundles = new Map<number, LinkBundle>();
	for (const l of links) {
		const segment = `M${round(l.x1)},${round(l.y1)}L${round(l.x2)},${round(l.y2)}`;
		const bundle = bundles.get(l.weight);
		if (bundle) {
			bundle.d += segment;
			bundle.count += 1;
		} else {
			const { weight, strokeWidth, opacity } = l;
			bundles.set(weight, {
				key: `w${weight}`,
				weight,
				d: segment,
				count: 1,
				strokeWidth,
				opacity
			});
		}
	}
	return [...bundles.values()].sort((a, b) => a.weight - b.weight);
}

/** The keys of the nodes linked to `key`. */
export function neighbours(links: readonly NetworkEdge[], key: string): Set<string> {
	const out = new Set<string>();
	for (const l of links) {
		if (l.source === key) out.add(l.target);
		else if (l.target === key) out.add(l.source);
	}
	return out;
}

import { regionNames, type RegionCode } from '@untoc-alliance/schema';
import { describe, expect, test } from 'vitest';
import { contrast, luminance } from '../Heatmap/heatmap.ts';
import {
	darkFill,
	darkSchemeRamp,
	inkOn,
	layoutTiles,
	legendPlacer,
	lightFill,
	maxTile,
	neighbour,
	pakistanTiles,
	tileFill,
	tileGap,
	tileGridHeight,
	tileLayoutFor,
	tilePad,
	tileSize
} from './tile-grid.ts';

const pkCodes = Object.keys(regionNames).filter((c) => c.startsWith('PK-')) as RegionCode[];
const place = (code: string) => pakistanTiles.tiles.find((t) => t.code === code);

describe('Pakistan tile layout', () => {
	test('every Pakistani region has exactly one tile, in its own cell inside the grid', () => {
		const codes = pakistanTiles.tiles.map((t) => t.code);
		expect([...codes].sort()).toEqual([...pkCodes].sort());
		const cells = pakistanTiles.tiles.map((t) => `${t.row},${t.col}`);
		expect(new Set(cells).size).toBe(cells.length);
		for (const t of pakistanTiles.tiles) {
			expect(t.row).toBeGreaterThanOrEqual(0);
			expect(t.row).toBeLessThan(pakistanTiles.rows);
			expect(t.col).toBeGreaterThanOrEqual(0);
			expect(t.col).toBeLessThan(pakistanTiles.columns);
		}
	});

	test('tiles are listed in reading order and the legend sits in empty cells', () => {
		const order = pakistanTiles.tiles.map((t) => t.row * pakistanTiles.columns + t.col);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const slot = pakistanTiles.legend;
		if (!slot) throw new Error('no legend slot');
		for (let col = slot.col; col < slot.col + slot.columns; col++)
			expect(pakistanTiles.tiles.some((t) => t.row === slot.row && t.col === col)).toBe(false);
	});

	// Rough centres (latitude °N, longitude °E) of each region, to check the relative positions.
	const centres: Record<string, [number, number]> = {
		'PK-GB': [35.8, 74.5],
		'PK-KP': [34.5, 71.8],
		'PK-JK': [33.9, 73.8],
		'PK-IS': [33.7, 73.1],
		'PK-PB': [31.2, 72.7],
		'PK-BA': [28.5, 65.9],
		'PK-SD': [26.0, 68.8]
	};

	test('north is up and west is left: no pair of regions is inverted on either axis', () => {
		const pairs = pkCodes.flatMap((a) => pkCodes.map((b) => [a, b] as const));
		for (const [a, b] of pairs) {
			const [pa, pb, ca, cb] = [place(a), place(b), centres[a], centres[b]];
			if (!pa || !pb || !ca || !cb) throw new Error(`missing ${a} or ${b}`);
			if (ca[0] > cb[0]) expect(pa.row, `${a} north of ${b}`).toBeLessThanOrEqual(pb.row);
			if (ca[1] < cb[1]) expect(pa.col, `${a} west of ${b}`).toBeLessThanOrEqual(pb.col);
		}
		expect(place('PK-GB')?.row).toBe(0);
		expect(place('PK-SD')?.row).toBe(pakistanTiles.rows - 1);
		expect(place('PK-BA')?.col).toBe(0);
	});

	test('short labels fit a tile; full names stay in the schema', () => {
		for (const t of pakistanTiles.tiles) expect(t.short.length).toBeLessThanOrEqual(11);
	});
});

describe('tileLayoutFor', () => {
	test('Pakistan has tiles; Mexico, a mix of countries and unknown regions fall back to bars', () => {
		expect(tileLayoutFor('PAK', ['PK-PB', 'PK-SD'])).toBe(pakistanTiles);
		expect(tileLayoutFor('PAK', [])).toBe(pakistanTiles);
		expect(tileLayoutFor(undefined, ['PK-PB'])).toBe(pakistanTiles);
		expect(tileLayoutFor('MEX', ['MX-AGU'])).toBeUndefined();
		expect(tileLayoutFor(undefined, ['MX-AGU', 'MX-SON'])).toBeUndefined();
		expect(tileLayoutFor(undefined, ['PK-PB', 'MX-AGU'])).toBeUndefined();
		expect(tileLayoutFor(undefined, [])).toBeUndefined();
		expect(tileLayoutFor('PAK', ['PK-PB', 'MX-AGU'])).toBeUndefined();
	});
});

describe('arrow-key neighbours', () => {
	const move = (from: RegionCode, key: string) => neighbour(pakistanTiles, from, key);

	test.each([
		['PK-IS', 'ArrowLeft', 'PK-KP'],
		['PK-IS', 'ArrowRight', 'PK-JK'],
		['PK-IS', 'ArrowDown', 'PK-PB'],
		['PK-IS', 'ArrowUp', 'PK-GB'],
		['PK-GB', 'ArrowDown', 'PK-JK'],
		['PK-JK', 'ArrowUp', 'PK-GB'],
		['PK-JK', 'ArrowDown', 'PK-PB'],
		['PK-PB', 'ArrowLeft', 'PK-BA'],
		['PK-PB', 'ArrowUp', 'PK-IS'],
		['PK-PB', 'ArrowDown', 'PK-SD'],
		['PK-BA', 'ArrowRight', 'PK-PB'],
		['PK-BA', 'ArrowUp', 'PK-KP'],
		['PK-BA', 'ArrowDown', 'PK-SD'],
		['PK-KP', 'ArrowLeft', 'PK-BA'],
		['PK-KP', 'ArrowDown', 'PK-SD'],
		['PK-SD', 'ArrowUp', 'PK-KP'],
		['PK-SD', 'ArrowRight', 'PK-PB'],
		['PK-SD', 'ArrowLeft', 'PK-BA']
	] as const)('%s %s → %s', (from, key, to) => {
		expect(move(from, key)).toBe(to);
	});

	test('edges stay put; Home and End go to the first and last tile; other keys do nothing', () => {
		expect(move('PK-GB', 'ArrowUp')).toBeNull();
		expect(move('PK-GB', 'ArrowRight')).toBeNull();
		expect(move('PK-BA', 'ArrowLeft')).toBeNull();
		expect(move('PK-SD', 'ArrowDown')).toBeNull();
		expect(move('PK-PB', 'Home')).toBe('PK-GB');
		expect(move('PK-PB', 'End')).toBe('PK-SD');
		expect(move('PK-PB', 'a')).toBeNull();
	});

	test('every tile can be reached from every other with the arrow keys', () => {
		const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
		for (const start of pkCodes) {
			const seen = new Set<RegionCode>([start]);
			const queue = [start];
			for (let at = queue.shift(); at; at = queue.shift())
				for (const key of keys) {
					const next = move(at, key);
					if (next && !seen.has(next)) {
						seen.add(next);
						queue.push(next);
					}
				}
			expect(seen.size).toBe(pkCodes.length);
		}
	});
});

describe('colour', () => {
	test('the fill gets darker as the count grows, from the light to the dark end', () => {
		expect(luminance(tileFill(1, 20))).toBeCloseTo(luminance(lightFill), 3);
		expect(luminance(tileFill(20, 20))).toBeCloseTo(luminance(darkFill), 3);
		const shades = Array.from({ length: 20 }, (_, i) => luminance(tileFill(i + 1, 20)));
		shades.slice(1).forEach((l, i) => expect(l).toBeLessThan(shades[i] ?? 0));
	});

	test('the ink on every fill of the scale has at least 4.5:1 contrast', () => {
		for (const max of [1, 2, 3, 7, 20, 250])
			for (let n = 1; n <= max; n += Math.max(1, Math.floor(max / 200))) {
				const fill = tileFill(n, max);
				expect(contrast(fill, inkOn(fill)), `${n} of ${max}: ${fill}`).toBeGreaterThanOrEqual(4.5);
			}
	});

	test('black or white ink reaches 4.5:1 on any colour, including the mid-tones', () => {
		const steps = [0, 51, 102, 119, 128, 136, 153, 204, 255];
		for (const r of steps)
			for (const g of steps)
				for (const b of steps) {
					const fill = `rgb(${r}, ${g}, ${b})`;
					expect(contrast(fill, inkOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
				}
		expect(inkOn(lightFill)).toBe('#000000');
		expect(inkOn(darkFill)).toBe('#ffffff');
	});
});

describe('layoutTiles', () => {
	const counts: Partial<Record<RegionCode, number>> = { 'PK-PB': 20, 'PK-SD': 5, 'PK-IS': 1 };

	test('places tiles on the grid; zero is empty, a region outside the filter is left out', () => {
		const value = (c: RegionCode) => (c === 'PK-GB' ? undefined : (counts[c] ?? 0));
		const grid = layoutTiles(pakistanTiles, value, { width: 600 });
		expect(grid.size).toBe(maxTile);
		const pb = grid.tiles.find((t) => t.code === 'PK-PB');
		const at = tilePad + 2 * (maxTile + tileGap);
		expect(pb).toMatchObject({ x: at, y: at });
		expect(pb).toMatchObject({ count: 20, state: 'filled', ink: '#ffffff' });
		expect(grid.tiles.find((t) => t.code === 'PK-KP')).toMatchObject({
			count: 0,
			state: 'empty',
			fill: undefined,
			ink: undefined
		});
		expect(grid.tiles.find((t) => t.code === 'PK-GB')).toMatchObject({
			count: undefined,
			state: 'out'
		});
		expect(grid.legend.max).toBe(20);
		expect(grid.legend.y).toBe(tilePad);
		expect(grid.legend.ramp[0]?.fill).toBe(tileFill(1, 20));
		expect(grid.legend.ramp.at(-1)?.fill).toBe(tileFill(20, 20));
		expect(grid.height).toBe(tileGridHeight(pakistanTiles));
	});

	test('tiles shrink to fit a narrow chart; the reserved height is the largest', () => {
		expect(tileSize(pakistanTiles, 300)).toBe(Math.floor((300 - 2 * tilePad - 3 * tileGap) / 4));
		expect(tileSize(pakistanTiles, 2000)).toBe(maxTile);
		const grid = layoutTiles(pakistanTiles, () => 1, { width: 300 });
		expect(grid.height).toBeLessThan(tileGridHeight(pakistanTiles));
		expect(Math.max(...grid.tiles.map((t) => t.x + t.size))).toBeLessThanOrEqual(300);
	});

	test('a layout without a legend slot puts the legend below the grid', () => {
		const { legend: _slot, ...bare } = pakistanTiles;
		const grid = layoutTiles(bare, () => 2, { width: 600 });
		expect(grid.legend.y).toBe(tilePad + 4 * (maxTile + tileGap));
		expect(grid.height).toBeGreaterThan(tileGridHeight(pakistanTiles));
	});
});

describe('legendPlacer', () => {
	test('keeps left-to-right positions, and mirrors them inside the legend right to left', () => {
		const legend = { x: 2, width: 200 };
		expect([legendPlacer(legend, false)(2), legendPlacer(legend, false)(16, 12)]).toEqual([2, 16]);
		const place = legendPlacer(legend, true);
		expect([place(2), place(16, 12), place(2, 200)]).toEqual([202, 176, 2]);
	});
});

describe('the dark surface', () => {
	const surface = '#16191d';
	test.each([1, 2, 5, 10, 20])(
		'a tile counting %i of 20 keeps 3:1 against the dark surface and 4.5:1 for its ink',
		(n) => {
			const fill = tileFill(n, 20, true);
			expect(contrast(fill, surface)).toBeGreaterThanOrEqual(3);
			expect(contrast(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
		}
	);

	test('more reads brighter on the dark surface; the legend ramp follows', () => {
		expect(luminance(tileFill(20, 20, true))).toBeGreaterThan(luminance(tileFill(1, 20, true)));
		expect(contrast(tileFill(1, 20, true), darkSchemeRamp[0])).toBeCloseTo(1, 5);
		const grid = layoutTiles(pakistanTiles, () => 20, { width: 600, dark: true });
		expect(grid.legend.ramp.at(-1)?.fill).toBe(tileFill(20, 20, true));
	});
});

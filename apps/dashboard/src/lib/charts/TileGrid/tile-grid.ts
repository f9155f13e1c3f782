/**
 * Geometry of a tile grid (a schematic map): one square tile per region on a small grid of rows
 * and columns, a sequential single-hue fill by count with the count written in the tile in black
 * or white ink (whichever contrasts more: always at least 4.5:1), spatial arrow-key neighbours and
 * a legend placed in an empty corner of the grid.
 */
import { scaleLinear } from 'd3-scale';
import type { RegionCode } from '@untoc-alliance/schema';
import { contrast } from '../Heatmap/heatmap.ts';

export interface TilePlace<TCode extends string = string> {
	code: TCode;
	row: number;
	col: number;
	/** Label short enough for a tile (the full name goes in the tooltip and the table). */
	short: string;
}

export interface TileLayout<TCode extends string = string> {
	rows: number;
	columns: number;
	/** In reading order (top to bottom, left to right). */
	tiles: readonly TilePlace<TCode>[];
	/** Empty cells (from `row`, `col`, `columns` wide, one row high) that hold the legend. */
	legend?: { row: number; col: number; columns: number };
}

/**
 * Pakistan's seven first-level regions. SCHEMATIC: positions are relative, not to scale, and tiles
 * are equal whatever the area. Rows follow latitude (north at top) and columns longitude (west at
 * left) of each region's rough centre, with no pair inverted on either axis:
 *
 *   .    .    .    GB        GB Gilgit-Baltistan (far north)
 *   .    KP   IS   AJK       KP Khyber Pakhtunkhwa, IS Islamabad, AJK Azad Jammu and Kashmir
 *   BA   .    PB   .         BA Balochistan (south-west), PB Punjab (east)
 *   .    SD   .    .         SD Sindh (south, east of Balochistan and west of Punjab)
 */
export const pakistanTiles: TileLayout<RegionCode> = {
	rows: 4,
	columns: 4,
	tiles: [
		{ code: 'PK-GB', row: 0, col: 3, short: 'GB' },
		{ code: 'PK-KP', row: 1, col: 1, short: 'KP' },
		{ code: 'PK-IS', row: 1, col: 2, short: 'Islamabad' },
		{ code: 'PK-JK', row: 1, col: 3, short: 'AJK' },
		{ code: 'PK-BA', row: 2, col: 0, short: 'Balochistan' },
		{ code: 'PK-PB', row: 2, col: 2, short: 'Punjab' },
		{ code: 'PK-SD', row: 3, col: 1, short: 'Sindh' }
	],
	legend: { row: 0, col: 0, columns: 3 }
};

/** Tile layouts by country (ISO alpha-3); countries without one are drawn as bars. */
const layouts: Readonly<Partial<Record<string, TileLayout<RegionCode>>>> = { PAK: pakistanTiles };

/**
 * The tile layout for `country` (else for the one country all `regions` share, by code prefix),
 * if it has every region in `regions`; undefined when there is none (e.g. Mexico, or a mix).
 */
export function tileLayoutFor(
	country: string | undefined,
	regions: readonly RegionCode[]
): TileLayout<RegionCode> | undefined {
	const prefixes = new Set(regions.map((r) => r.slice(0, 2)));
	const only = prefixes.size === 1 ? [...prefixes][0] : undefined;
	const layout =
		layouts[country ?? ''] ??
		(country === undefined
			? Object.values(layouts).find((l) => l?.tiles[0]?.code.startsWith(`${only}-`))
			: undefined);
	if (!layout) return undefined;
	const codes = new Set<string>(layout.tiles.map((t) => t.code));
	return regions.every((r) => codes.has(r)) ? layout : undefined;
}

export const tileGap = 6;
/** Room around the grid for the outlines of the outer tiles (so an export does not clip them). */
export const tilePad = 2;
export const maxTile = 76;
export const lightFill = '#c6dbef';
export const darkFill = '#08306b';
/**
 * The ramp on the dark surface, fewest to most: a mid blue to near white, all at least 3:1 against
 * #16191d (and 4.5:1 for black ink), so that more reads brighter.
 */
export const darkSchemeRamp = ['#4f86c6', '#deebf7'] as const;
export const blackInk = '#000000';
export const whiteInk = '#ffffff';

/** Side of a tile: as large as `width` allows, at most `maxTile`. */
export function tileSize(layout: TileLayout, width: number): number {
	const fit = (width - 2 * tilePad - (layout.columns - 1) * tileGap) / layout.columns;
	return Math.max(0, Math.floor(Math.min(maxTile, fit)));
}

/** Height of the grid for tiles of `size` (the largest by default: reserve it before data). */
export function tileGridHeight(layout: TileLayout, size = maxTile): number {
	const grid = 2 * tilePad + layout.rows * size + (layout.rows - 1) * tileGap;
	return layout.legend ? grid : grid + tileGap + legendHeight;
}

/**
 * Fill of a tile counting `count` (at least 1) when the largest count is `max`; `dark` for the dark
 * surface's ramp.
 */
export function tileFill(count: number, max: number, dark = false): string {
	const range: [string, string] = dark ? [...darkSchemeRamp] : [lightFill, darkFill];
	return scaleLinear<string>([1, Math.max(1, max)], range).clamp(true)(count);
}

/** Black or white, whichever contrasts more with `fill` (at least 4.58:1 for any colour). */
export function inkOn(fill: string): string {
	return contrast(fill, blackInk) >= contrast(fill, whiteInk) ? blackInk : whiteInk;
}

/**
 * Counted (a number, 0 drawn as an empty outlined tile), suppressed (a count hidden from
 * anonymous visitors, drawn with a dashed outline) or not counted (outside the filter).
 */
export type TileState = 'filled' | 'empty' | 'suppressed' | 'out';

export interface TileMark<TCode extends string = string> extends TilePlace<TCode> {
	x: number;
	y: number;
	size: number;
	/** Null when suppressed, undefined when outside the filter. */
	count: number | null | undefined;
	state: TileState;
	/** Fill of a filled tile; undefined for empty ones (the surface shows through). */
	fill: string | undefined;
	/** Ink of a filled tile's text; undefined for empty ones (the page's text colour). */
	ink: string | undefined;
}

export const legendHeight = 60;
const rampSteps = 16;

export interface TileLegend {
	x: number;
	y: number;
	width: number;
	/** Slices of the colour ramp, left (1) to right (max). */
	ramp: { x: number; width: number; fill: string }[];
	rampX: number;
	rampWidth: number;
	max: number;
}

/**
 * Places every tile and the legend in `width` pixels; `value` is undefined for a region outside the
 * filter and null for a suppressed count; `dark` fills from the dark surface's ramp.
 */
export function layoutTiles<TCode extends string>(
	layout: TileLayout<TCode>,
	value: (code: TCode) => number | null | undefined,
	{ width, dark = false }: { width: number; dark?: boolean }
): { size: number; height: number; tiles: TileMark<TCode>[]; legend: TileLegend } {
	const size = tileSize(layout, width);
	const step = size + tileGap;
	const max = Math.max(0, ...layout.tiles.map((t) => value(t.code) ?? 0));
	const tiles = layout.tiles.map((place): TileMark<TCode> => {
		const count = value(place.code);
		const state: TileState =
			count === undefined ? 'out' : count === null ? 'suppressed' : count > 0 ? 'filled' : 'empty';
		const fill = state === 'filled' ? tileFill(count ?? 0, max, dark) : undefined;
		const ink = fill === undefined ? undefined : inkOn(fill);
		const [x, y] = [tilePad + place.col * step, tilePad + place.row * step];
		return { ...place, x, y, size, count, state, fill, ink };
	});
	const slot = layout.legend;
	const legendX = tilePad + (slot ? slot.col * step : 0);
	const legendY = tilePad + (slot ? slot.row * step : layout.rows * step);
	const legendWidth = slot ? slot.columns * step - tileGap - 8 : width;
	const rampX = legendX + 14;
	const rampWidth = Math.max(24, Math.min(120, legendWidth - 48));
	const ramp = Array.from({ length: rampSteps }, (_, i) => ({
		x: rampX + (i * rampWidth) / rampSteps,
		width: rampWidth / rampSteps,
		fill: tileFill(1 + ((max - 1) * i) / (rampSteps - 1), max, dark)
	}));
	return {
		size,
		height: tileGridHeight(layout, size),
		tiles,
		legend: { x: legendX, y: legendY, width: legendWidth, ramp, rampX, rampWidth, max }
	};
}

/**
 * Places a legend item in the page's direction: `x` (and the item's width `w`) as laid out left to
 * right, mirrored inside the legend's box right to left. The map itself is never mirrored: west
 * stays at the left.
 */
export function legendPlacer(
	legend: Pick<TileLegend, 'x' | 'width'>,
	rtl: boolean
): (x: number, w?: number) => number {
	return (x, w = 0) => (rtl ? 2 * legend.x + legend.width - x - w : x);
}

/**
 * The tile the focus moves to from `from` after an arrow key: the nearest tile in that direction,
 * by distance along the key's axis plus twice the distance across it (so a tile straight ahead
 * wins over a diagonal one); ties go to the smaller sideways step, then to reading order. Home and
 * End go to the first and last tile. Null when nothing lies that way, or for other keys.
 */
export function neighbour<TCode extends string>(
	layout: TileLayout<TCode>,
	from: TCode,
	key: string
): TCode | null {
	const tiles = layout.tiles;
	if (key === 'Home') return tiles[0]?.code ?? null;
	if (key === 'End') return tiles.at(-1)?.code ?? null;
	const at = tiles.find((t) => t.code === from);
	const direction = directions[key];
	if (!at || !direction) return null;
	const [dRow, dCol] = direction;
	let best: { code: TCode; score: number; side: number } | null = null;
	for (const t of tiles) {
		const ahead = (t.row - at.row) * dRow + (t.col - at.col) * dCol;
		if (ahead <= 0) continue;
		const side = dRow === 0 ? Math.abs(t.row - at.row) : Math.abs(t.col - at.col);
		const score = ahead + 2 * side;
		if (!best || score < best.score || (score === best.score && side < best.side))
			best = { code: t.code, score, side };
	}
	return best?.code ?? null;
}

const directions: Readonly<Partial<Record<string, readonly [number, number]>>> = {
	ArrowUp: [-1, 0],
	ArrowDown: [1, 0],
	ArrowLeft: [0, -1],
	ArrowRight: [0, 1]
};

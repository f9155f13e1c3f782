/**
 * Seeded randomness for the demo data: mulberry32 streams keyed by a string, so that every part
 * of the dataset draws from its own stream and the same inputs always give the same rows.
 */
import { addDays, daysBetween } from '@untoc-alliance/schema';
import type { IsoDate } from '@untoc-alliance/schema';

/** FNV-1a hash of the joined parts: the seed of a named stream. */
export function seedOf(...parts: readonly (string | number)[]): number {
	let hash = 0x811c9dc5;
	for (const char of parts.join('|')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** mulberry32: a small, fast 32-bit generator of uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Random {
	/** A uniform number in [0, 1). */
	next(): number;
	/** A uniform integer in [min, max], both included. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** A key of `weights`, drawn with probability proportional to its weight. */
	weighted<T extends string>(weights: Partial<Record<T, number>>): T;
	/** Up to `count` distinct items, drawn with probability proportional to `weightOf`. */
	sample<T>(items: readonly T[], count: number, weightOf?: (item: T) => number): T[];
	/** A uniform date in [from, to], both included. */
	date(from: IsoDate, to: IsoDate): IsoDate;
}

/** A random stream named by `parts` (e.g. `randomFor('events', 'PAK', 2023)`). */
export function randomFor(...parts: readonly (string | number)[]): Random {
	const next = mulberry32(seedOf(...parts));
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		const item = items[int(0, items.length - 1)];
		if (item === undefined) throw new Error('Cannot pick from an empty list');
		return item;
	};
	return {
		next,
		int,
		pick,
		chance: (probability) => next() < probability,
		weighted<T extends string>(weights: Partial<Record<T, number>>): T {
			const entries = Object.entries(weights) as [T, number][];
			const total = entries.reduce((sum, [, w]) => sum + w, 0);
			let threshold = next() * total;
			for (const [key, weight] of entries) {
				threshold -= weight;
				if (threshold < 0) return key;
			}
			return pick(entries)[0];
		},
		sample<T>(items: readonly T[], count: number, weightOf: (item: T) => number = () => 1): T[] {
			// Efraimidis-Spirakis: the items with the largest u^(1/w) keys form a weighted sample.
			return items
				.map((item) => ({ item, key: next() ** (1 / Math.max(weightOf(item), 1e-9)) }))
				.sort((a, b) => b.key - a.key)
				.slice(0, Math.max(0, count))
				.map(({ item }) => item);
		},
		date: (from, to) => addDays(from, int(0, Math.max(0, daysBetween(from, to))))
	};
}

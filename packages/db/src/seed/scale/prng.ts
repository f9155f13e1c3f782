/** A small seeded pseudo-random generator (mulberry32) with the helpers the scale seed needs. */

/** Uniform numbers in [0, 1), the same sequence for the same seed. */
export interface Random {
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	/** One item of a non-empty list. */
	pick<TItem>(items: readonly TItem[]): TItem;
}

/** A mulberry32 generator seeded with a 32-bit integer. */
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		pick: <TItem>(items: readonly TItem[]): TItem => {
			const item = items[int(items.length)];
			if (item === undefined) throw new Error('pick from an empty list');
			return item;
		}
	};
}

/** Small pieces shared by the import plans. */

/** How many rows of one table an import creates, updates and leaves unchanged. */
export interface Tally {
	create: number;
	update: number;
	unchanged: number;
}

export function tally(): Tally {
	return { create: 0, update: 0, unchanged: 0 };
}

/** 0 or 1. */
export function flag(value: boolean): number {
	return value ? 1 : 0;
}

/** Whether two lists hold the same distinct items, in any order. */
export function sameList<T extends string | number>(a: readonly T[], b: readonly T[]): boolean {
	const left = [...new Set(a)].sort();
	const right = [...new Set(b)].sort();
	return left.length === right.length && left.every((item, i) => item === right[i]);
}

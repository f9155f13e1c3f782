/**
 * Keyboard and click-to-filter helpers shared by the charts: the mark an arrow key moves the
 * focus to, and a list with a value toggled (added, or removed on the second click). Right to left
 * the marks run the other way on screen, so `logicalKey` swaps Left and Right first: the arrow
 * always moves the focus the way it points.
 */

/** The key as the helpers below read it: right to left, ArrowLeft and ArrowRight swap. */
export function logicalKey(key: string, dir: 'ltr' | 'rtl'): string {
	if (dir === 'ltr') return key;
	return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}

/** The index focused after `key` from `index` among `count` marks; null for other keys. */
export function nextMark(index: number, key: string, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
		case 'ArrowRight':
			return Math.min(count - 1, index + 1);
		case 'ArrowUp':
		case 'ArrowLeft':
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** `list` with `value` added at the end, or removed when it is already there. */
export function toggled<T>(list: readonly T[] | undefined, value: T): T[] {
	const current = list ?? [];
	return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

/** The [row, column] focused after `key` in a `rows` × `columns` grid; null for other keys. */
export function nextCell(
	[row, column]: readonly [number, number],
	key: string,
	{ rows, columns }: { rows: number; columns: number }
): [number, number] | null {
	if (rows === 0 || columns === 0) return null;
	if (key === 'ArrowUp' || key === 'ArrowDown') {
		const r = nextMark(row, key, rows);
		return r === null ? null : [r, column];
	}
	if (key === 'ArrowLeft' || key === 'ArrowRight') {
		const c = nextMark(column, key, columns);
		return c === null ? null : [row, c];
	}
	if (key === 'Home') return [row, 0];
	if (key === 'End') return [row, columns - 1];
	return null;
}

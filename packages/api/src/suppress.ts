/**
 * What anonymous visitors see of the counts. Counts from 1 up to the threshold
 * (`PUBLIC_MIN_COUNT`, default 3) become null, shown as "fewer than 3", so that small groups of
 * organisations cannot be singled out; zero stays (an empty group singles no one out), and a
 * total is kept only when it is itself at or above the threshold. Not handled: when cells add
 * up to a total that is shown and exactly one cell is suppressed, the total minus the shown
 * cells gives that cell (see the README, "What anonymous visitors see"). Signed-in audiences
 * (`below === null`) get every count exact.
 */
import type {
	Composition,
	ExactComposition,
	ExactMembershipGrowth,
	ExactSectorThemeMatrix,
	MembershipGrowth,
	SectorThemeMatrix
} from '@untoc-alliance/schema';

/** `n`, or null when `below` is set and `n` is at least 1 and below it. */
export function suppressCount(n: number, below: number | null): number | null {
	return below !== null && n > 0 && n < below ? null : n;
}

/** `alliance.composition` for the audience. */
export function compositionFor(c: ExactComposition, below: number | null): Composition {
	return {
		...c,
		total: suppressCount(c.total, below),
		bySector: c.bySector.map((s) => ({ ...s, count: suppressCount(s.count, below) })),
		byRegion: c.byRegion.map((r) => ({ ...r, count: suppressCount(r.count, below) })),
		byTheme: c.byTheme.map((t) => ({ ...t, count: suppressCount(t.count, below) })),
		suppressedBelow: below
	};
}

/** `alliance.matrix` for the audience. */
export function matrixFor(m: ExactSectorThemeMatrix, below: number | null): SectorThemeMatrix {
	return {
		...m,
		cells: m.cells.map((cell) => ({ ...cell, count: suppressCount(cell.count, below) })),
		rows: m.rows.map((r) => ({ ...r, total: suppressCount(r.total, below) })),
		columns: m.columns.map((c) => ({ ...c, total: suppressCount(c.total, below) })),
		total: suppressCount(m.total, below),
		withoutTheme: suppressCount(m.withoutTheme, below),
		suppressedBelow: below
	};
}

/** `alliance.growth` for the audience: each month's total and sector counts. */
export function growthFor(g: ExactMembershipGrowth, below: number | null): MembershipGrowth {
	return {
		...g,
		months: g.months.map((month) => ({
			...month,
			total: suppressCount(month.total, below),
			counts: month.counts.map((n) => suppressCount(n, below))
		})),
		suppressedBelow: below
	};
}

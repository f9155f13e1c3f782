/** Month-end member counts per sector from joins (+1) and leaves (-1) per sector and month. */
import { sectors, type ExactGrowthMonth as GrowthMonth, type Sector } from '@untoc-alliance/schema';

/** Members who joined (positive) or left (negative) in one `YYYY-MM` month and sector. */
export interface MonthDelta {
	sector: string;
	month: string;
	delta: number;
}

/** The longest series returned; earlier members are carried into the first month shown. */
export const maxGrowthMonths = 1_500;

/** `YYYY-MM` plus `n` months. */
export function shiftMonth(month: string, n: number): string {
	const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
	const year = String(Math.floor(index / 12)).padStart(4, '0');
	return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function firstMonth(deltas: readonly MonthDelta[], options: { from?: string; to: string }): string {
	let first = deltas.reduce((m, d) => (d.month < m ? d.month : m), options.to);
	if (options.from !== undefined && options.from > first) first = options.from;
	const earliest = shiftMonth(options.to, 1 - maxGrowthMonths);
	return first < earliest ? earliest : first;
}

function snapshots(deltas: readonly MonthDelta[], options: { start: string; to: string }) {
	const sorted = [...deltas].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
	const counts = new Map<string, number>(sectors.codes.map((s) => [s, 0]));
	const rows: { month: string; counts: Map<string, number> }[] = [];
	let next = 0;
	for (let month = options.start; month <= options.to; month = shiftMonth(month, 1)) {
		for (; next < sorted.length && (sorted[next]?.month ?? '') <= month; next++) {
			const d = sorted[next];
			if (d) counts.set(d.sector, (counts.get(d.sector) ?? 0) + d.delta);
		}
		rows.push({ month, counts: new Map(counts) });
	}
	return rows;
}

/**
 * Every month from the first join (or `from`, `YYYY-MM`) to `to` with the members per sector at
 * its end; sectors that never have a member in those months are left out.
 */
export function growthSeries(
	deltas: readonly MonthDelta[],
	options: { from?: string; to: string }
): { sectors: Sector[]; months: GrowthMonth[] } {
	if (deltas.length === 0) return { sectors: [], months: [] };
	const rows = snapshots(deltas, { start: firstMonth(deltas, options), to: options.to });
	const shown = sectors.codes.filter((s) => rows.some((r) => (r.counts.get(s) ?? 0) > 0));
	const months = rows.map((r) => {
		const counts = shown.map((s) => r.counts.get(s) ?? 0);
		return { month: `${r.month}-01`, total: counts.reduce((n, c) => n + c, 0), counts };
	});
	return { sectors: shown, months };
}

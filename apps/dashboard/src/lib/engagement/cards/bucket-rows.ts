/** Participation buckets as chart rows: dated start and end, participants per sector and side. */
import type { EngagementParticipation, Interval, Sector, Side } from '@untoc-alliance/schema';
import { utcMonth } from 'd3-time';
import { parseIsoDate } from '../../format.ts';

export interface ParticipationRow {
	start: Date;
	end: Date;
	events: number;
	bySector: ReadonlyMap<Sector, number>;
	bySide: ReadonlyMap<Side, number>;
}

const months: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** One row per bucket; a bucket ends where the next one starts (the last one after its interval). */
export function participationRows(p: EngagementParticipation): ParticipationRow[] {
	return p.buckets.map((b, i) => {
		const start = parseIsoDate(b.start);
		const next = p.buckets[i + 1];
		return {
			start,
			end: next ? parseIsoDate(next.start) : utcMonth.offset(start, months[p.interval]),
			events: b.events,
			bySector: new Map(b.bySector.map((s) => [s.sector, s.participants])),
			bySide: new Map(b.bySide.map((s) => [s.side, s.participants]))
		};
	});
}

/** The first and last instant of the rows, for the milestones that fall on the axis. */
export function rowsRange(rows: readonly { start: Date; end: Date }[]): [Date, Date] | undefined {
	const first = rows[0];
	const last = rows.at(-1);
	return first && last ? [first.start, last.end] : undefined;
}

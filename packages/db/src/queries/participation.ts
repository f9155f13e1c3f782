/** `engagementParticipation`: participants by sector and by side per bucket, trilateral events. */
import {
	eventTypes,
	sectors,
	sides,
	type EngagementParticipation,
	type Interval,
	type ParticipationBucket,
	type Sector,
	type Side,
	type TimelineInput,
	type TrilateralShare
} from '@untoc-alliance/schema';
import type * as z from 'zod';
import type { Database } from '../database.ts';
import { bucketStart, toBuckets } from './buckets.ts';
import {
	sideMonthRows,
	typeMonthRows,
	type CodeMonthRow,
	type TypeMonthRow
} from './participation-rows.ts';
import { sectorRows as sectorMonthRows } from './participation-sectors.ts';

/** Sums rows per bucket start and code. */
function perBucket(
	rows: readonly CodeMonthRow[],
	interval: Interval
): Map<string, Map<string, number>> {
	const out = new Map<string, Map<string, number>>();
	for (const r of rows) {
		const start = bucketStart(r.month, interval);
		const codes = out.get(start) ?? new Map<string, number>();
		codes.set(r.code, (codes.get(r.code) ?? 0) + r.participants);
		out.set(start, codes);
	}
	return out;
}

/** Codes in vocabulary order with their counts; codes absent from `counts` are left out. */
function listed<TCode extends string>(order: readonly TCode[], counts = new Map<string, number>()) {
	return order
		.filter((code) => counts.has(code))
		.map((code) => ({ code, n: counts.get(code) ?? 0 }));
}

/** With a sector filter, civil society counts only the filtered sectors (their sum). */
function sideCounts(
	sideRows: Map<string, number> | undefined,
	sectorRows: Map<string, number> | undefined,
	sectorFiltered: boolean
): Map<string, number> {
	const counts = new Map(sideRows);
	if (sectorFiltered && counts.has('civil_society'))
		counts.set(
			'civil_society',
			[...(sectorRows ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0)
		);
	return counts;
}

function shares(rows: readonly TypeMonthRow[]): TrilateralShare[] {
	const byType = new Map<string, { events: number; trilateral: number }>();
	for (const r of rows) {
		const t = byType.get(r.type) ?? { events: 0, trilateral: 0 };
		t.events += r.events;
		t.trilateral += r.trilateral;
		byType.set(r.type, t);
	}
	return [...byType.entries()]
		.map(([type, t]) => ({
			type: type as TrilateralShare['type'],
			...t,
			share: t.trilateral / t.events
		}))
		.sort((a, b) => eventTypes.codes.indexOf(a.type) - eventTypes.codes.indexOf(b.type));
}

/** Participants per bucket by sector and by side for the events matching the filter. */
export async function engagementParticipation(
	db: Database,
	input: z.output<typeof TimelineInput>
): Promise<EngagementParticipation> {
	const { interval, ...filter } = input;
	const [types, sectorRows, sideRows] = await Promise.all([
		typeMonthRows(db, filter),
		sectorMonthRows(db, filter),
		sideMonthRows(db, filter)
	]);
	const bySector = perBucket(sectorRows, interval);
	const bySide = perBucket(sideRows, interval);
	const rows = types.map((r) => ({ ...r, participants: 0 }));
	const buckets: ParticipationBucket[] = toBuckets(rows, interval).map((b) => ({
		start: b.start,
		events: b.events,
		bySector: listed<Sector>(sectors.codes, bySector.get(b.start)).map((c) => ({
			sector: c.code,
			participants: c.n
		})),
		bySide: listed<Side>(
			sides.codes,
			sideCounts(bySide.get(b.start), bySector.get(b.start), filter.sectors !== undefined)
		).map((c) => ({ side: c.code, participants: c.n }))
	}));
	return {
		interval,
		buckets,
		byType: shares(types),
		synthetic: types.some((r) => r.synthetic > 0)
	};
}

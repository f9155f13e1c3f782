/** Time buckets of the timeline: month rows grouped into months, quarters or years. */
import {
	addMonths,
	eventTypes,
	type EventType,
	type Interval,
	type TimelineBucket
} from '@untoc-alliance/schema';

/** Events and participants of one month and event type. */
export interface MonthRow {
	month: string;
	type: string;
	events: number;
	participants: number;
	/** Number of counted events that are (or have participations that are) synthetic. */
	synthetic: number;
}

const monthsPerBucket: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** First day of the bucket holding a `YYYY-MM` month. */
export function bucketStart(month: string, interval: Interval): string {
	const year = month.slice(0, 4);
	const m = Number(month.slice(5, 7));
	const size = monthsPerBucket[interval];
	const first = Math.floor((m - 1) / size) * size + 1;
	return `${year}-${String(first).padStart(2, '0')}-01`;
}

function emptyBucket(start: string): TimelineBucket {
	return { start, events: 0, participants: 0, byType: [] };
}

function typeOrder(a: { type: EventType }, b: { type: EventType }): number {
	return eventTypes.codes.indexOf(a.type) - eventTypes.codes.indexOf(b.type);
}

function addRow(bucket: TimelineBucket, row: MonthRow): void {
	bucket.events += row.events;
	bucket.participants += row.participants;
	const type = row.type as EventType;
	const entry = bucket.byType.find((t) => t.type === type);
	if (entry) {
		entry.events += row.events;
		entry.participants += row.participants;
	} else bucket.byType.push({ type, events: row.events, participants: row.participants });
}

/** Every bucket from the first to the last row with events, empty ones included. */
export function toBuckets(rows: readonly MonthRow[], interval: Interval): TimelineBucket[] {
	const filled = new Map<string, TimelineBucket>();
	for (const row of rows) {
		if (row.events === 0) continue;
		const start = bucketStart(row.month, interval);
		const bucket = filled.get(start) ?? emptyBucket(start);
		addRow(bucket, row);
		filled.set(start, bucket);
	}
	const starts = [...filled.keys()].sort();
	const first = starts[0];
	const last = starts.at(-1);
	if (first === undefined || last === undefined) return [];
	const buckets: TimelineBucket[] = [];
	for (let start = first; start <= last; start = addMonths(start, monthsPerBucket[interval])) {
		const bucket = filled.get(start) ?? emptyBucket(start);
		bucket.byType.sort(typeOrder);
		buckets.push(bucket);
	}
	return buckets;
}

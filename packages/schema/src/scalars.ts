/** Scalar building blocks shared by every entity: ISO dates, ids, sources. */
import * as z from 'zod';

/** A calendar date on the wire, `YYYY-MM-DD` (ISO 8601), checked to exist in the calendar. */
export const IsoDate = z.iso
	.date({ error: (issue) => `Not a calendar date (YYYY-MM-DD): ${JSON.stringify(issue.input)}` })
	.meta({ description: 'Calendar date, ISO 8601 (YYYY-MM-DD)', examples: ['2022-09-15'] });
export type IsoDate = z.infer<typeof IsoDate>;

/** The dates records may carry: UNTOC's era with room on both sides (1990 to 2100). */
export const recordDateRange = { min: '1990-01-01', max: '2100-12-31' } as const;

/**
 * A date of a record (an event, a membership, a contribution, a review step): an ISO date within
 * `recordDateRange`, so that charts over all time stay a bounded number of months.
 */
export const RecordDate = IsoDate.refine(
	(date) => date >= recordDateRange.min && date <= recordDateRange.max,
	{ error: `Must be between ${recordDateRange.min} and ${recordDateRange.max}` }
);

/** A positive integer row id. */
export const Id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
export type Id = z.infer<typeof Id>;

/** A link to the public source of a fact. */
export const SourceUrl = z.url({ protocol: /^https?$/ }).max(500);

/** Where a fact comes from and whether it is real. */
export const Provenance = z.object({
	verified: z.boolean().meta({ description: 'True when the fact is stated in the cited source' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when the row was invented for demonstration or benchmarks' }),
	sourceUrl: SourceUrl.nullable().meta({ description: 'Public source of the fact' })
});
export type Provenance = z.infer<typeof Provenance>;

/** A human-readable name: trimmed, 1 to 200 characters. */
export const Name = z.string().trim().min(1).max(200);

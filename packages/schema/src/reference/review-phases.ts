/**
 * The planned phases of the review, one cluster per phase (domain.md A3, B1). The substantive
 * review runs Oct 2020 – Oct 2030 (S16); phases last two years each and the three review groups
 * start in consecutive years (S15), so phase n runs from Oct 2020 + 2(n − 1) years for group 1 to
 * two years after group 3 starts it. Only phase 1 = cluster 1 is confirmed (S18, S21); the order
 * and dates of the later phases are not verified.
 */
import * as z from 'zod';
import { IsoDate, SourceUrl } from '../scalars.ts';
import { sources } from './sources.ts';

export const ReviewPhase = z.object({
	phase: z.int().min(1).max(4),
	cluster: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
	plannedStart: IsoDate,
	plannedEnd: IsoDate,
	/** What the sources say actually happened, when they say anything. */
	actualStart: IsoDate.nullable(),
	/** Last date the phase was reported under way (not an end). */
	reportedOngoingOn: IsoDate.nullable(),
	/** Whether this cluster's place in the order is confirmed by a source. */
	verified: z.boolean(),
	sourceUrl: SourceUrl.nullable()
});
export type ReviewPhase = z.infer<typeof ReviewPhase>;

/** The whole substantive review process (S16). */
export const reviewProcess = {
	start: '2020-10-01',
	end: '2030-10-01',
	sourceUrl: sources.S16
} as const;

export const reviewPhaseList: readonly ReviewPhase[] = ([1, 2, 3, 4] as const).map((n) => ({
	phase: n,
	cluster: n,
	plannedStart: `${2018 + 2 * n}-10-01`,
	plannedEnd: `${2022 + 2 * n}-10-01`,
	actualStart: n === 1 ? '2020-12-01' : null,
	reportedOngoingOn: n === 1 ? '2024-10-18' : null,
	verified: n === 1,
	sourceUrl: n === 1 ? sources.S21 : null
}));

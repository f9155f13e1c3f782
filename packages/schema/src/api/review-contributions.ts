/** Input and output of `review.contributions`: civil-society input to the reviews, per cluster. */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { CountryCode } from '../countries.ts';
import { orderedPeriod } from '../filter.ts';
import { ClusterId } from '../reference/clusters.ts';
import { Id, IsoDate } from '../scalars.ts';
import { ContributionType, Sector, sectors } from '../vocabulary.ts';

/**
 * The dashboard filter's country (`alliance`), author sectors (a contribution counts when any
 * author is in one of them) and period (by the contribution's date).
 */
export const ReviewContributionsInput = z
	.strictObject({
		alliance: AllianceCode.optional(),
		sectors: z.array(Sector).max(sectors.codes.length).nonempty().optional(),
		from: IsoDate.optional(),
		to: IsoDate.optional()
	})
	.check(orderedPeriod);
export type ReviewContributionsInput = z.input<typeof ReviewContributionsInput>;

/** Null cluster: a contribution to the review as a whole, not to one cluster. */
const ContributionCluster = ClusterId.nullable();

export const ContributionAuthor = z.object({
	id: Id,
	name: z.string(),
	/** Null for an author outside the sector vocabulary (e.g. an international organisation). */
	sector: Sector.nullable()
});
export type ContributionAuthor = z.infer<typeof ContributionAuthor>;

export const ContributionItem = z.object({
	id: Id,
	country: CountryCode,
	cluster: ContributionCluster,
	type: ContributionType,
	title: z.string(),
	date: IsoDate,
	authors: z.array(ContributionAuthor),
	verified: z.boolean(),
	synthetic: z.boolean(),
	sourceUrl: z.string().nullable()
});
export type ContributionItem = z.infer<typeof ContributionItem>;

export const ReviewContributions = z.object({
	/** Contributions per cluster and type. */
	byType: z.array(
		z.object({ cluster: ContributionCluster, type: ContributionType, count: z.int().min(0) })
	),
	/** Contributions per cluster and author sector (a contribution counts once per sector). */
	bySector: z.array(
		z.object({ cluster: ContributionCluster, sector: Sector, count: z.int().min(0) })
	),
	/** Newest first. */
	items: z.array(ContributionItem),
	total: z.int().min(0),
	synthetic: z.boolean(),
	asOf: IsoDate
});
export type ReviewContributions = z.infer<typeof ReviewContributions>;

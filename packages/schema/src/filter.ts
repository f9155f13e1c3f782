/**
 * The dashboard filter: one shape for the API inputs and the URL. Every field is optional; within
 * a field any listed value matches, across fields every given field must match.
 */
import * as z from 'zod';
import { AllianceCode } from './alliance.ts';
import { RegionCode } from './countries.ts';
import { IsoDate } from './scalars.ts';
import { Interval, Sector, Theme, sectors, themes } from './vocabulary.ts';

/** A list of codes, at most as long as the vocabulary it draws from. */
function codeList<TItem extends z.ZodType>(item: TItem, max: number) {
	return z.array(item).max(max).nonempty();
}

/** Rejects a period whose end (`to`) is before its start (`from`), naming `to`. */
export const orderedPeriod = z.refine<{ from?: string | undefined; to?: string | undefined }>(
	(f) => f.from === undefined || f.to === undefined || f.from <= f.to,
	{ error: 'The period ends before it starts (to is earlier than from)', path: ['to'] }
);

export const filterShape = {
	alliance: AllianceCode.optional().meta({ description: 'Only this alliance' }),
	sectors: codeList(Sector, sectors.codes.length)
		.optional()
		.meta({ description: 'Only members of these sectors' }),
	regions: codeList(RegionCode, 60)
		.optional()
		.meta({ description: 'Only members or events in these regions' }),
	themes: codeList(Theme, themes.codes.length)
		.optional()
		.meta({ description: 'Only members or events on these crime areas' }),
	from: IsoDate.optional().meta({ description: 'Only rows on or after this date' }),
	to: IsoDate.optional().meta({ description: 'Only rows on or before this date' })
};

/** The fields of `DashboardFilter`, in URL order. */
export const filterKeys = Object.keys(filterShape) as (keyof typeof filterShape)[];

export const DashboardFilter = z
	.strictObject(filterShape)
	.check(orderedPeriod)
	.meta({ description: 'Filter applied to every dashboard view' });
export type DashboardFilter = z.infer<typeof DashboardFilter>;

/** Input of `engagement.timeline`: the filter and a bucket width. */
export const TimelineInput = z
	.strictObject({
		...filterShape,
		interval: Interval.default('month').meta({ description: 'Width of the time buckets' })
	})
	.check(orderedPeriod);
export type TimelineInput = z.input<typeof TimelineInput>;

export const memberSortKeys = ['name', 'sector', 'joinedOn'] as const;

/** Input of `members.list`: the filter plus search, sort and paging. */
export const MembersListInput = z
	.strictObject({
		...filterShape,
		q: z
			.string()
			.trim()
			.max(100)
			.optional()
			.meta({ description: 'Text to search for in member names' }),
		sort: z
			.enum(memberSortKeys)
			.default('name')
			.meta({ description: 'Column to sort the members by' }),
		order: z
			.enum(['asc', 'desc'])
			.default('asc')
			.meta({ description: 'Sort order, ascending or descending' }),
		page: z.int().min(1).max(100_000).default(1).meta({ description: 'Page number, from 1' }),
		pageSize: z.int().min(1).max(100).default(25).meta({ description: 'Rows per page, 1 to 100' })
	})
	.check(orderedPeriod);
export type MembersListInput = z.input<typeof MembersListInput>;

/** Input of `review.progress`. */
export const ReviewProgressInput = z.strictObject({
	country: AllianceCode.meta({ description: 'Country whose review to show' })
});
export type ReviewProgressInput = z.infer<typeof ReviewProgressInput>;

/** Output of `alliance.composition`: members that match a filter, counted three ways. */
import * as z from 'zod';
import { RegionCode } from '../countries.ts';
import { IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const Composition = z.object({
	/** Number of distinct members that match every given field of the filter. */
	total: Count,
	/** Members per sector, largest first; sectors without members are left out. */
	bySector: z.array(z.object({ sector: Sector, count: Count })),
	/** Members per region they work in (a member in two regions counts in both). */
	byRegion: z.array(z.object({ region: RegionCode, count: Count })),
	/** Members per crime theme (a member with two themes counts in both). */
	byTheme: z.array(z.object({ theme: Theme, count: Count })),
	/** True when any counted row is synthetic (demo or benchmark data). */
	synthetic: z.boolean(),
	/** The date "current membership" was judged on. */
	asOf: IsoDate
});
export type Composition = z.infer<typeof Composition>;

/**
 * Output of `alliance.composition`: members that match a filter, counted three ways.
 * `ExactComposition` is what the database computes; `Composition` is what the API answers, with
 * small counts suppressed for anonymous visitors (see `suppression.ts`).
 */
import * as z from 'zod';
import { RegionCode } from '../countries.ts';
import { IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

const ExactCount = z.int().nonnegative().meta({ description: 'Number of members' });

function compositionShape<TCount extends z.ZodType<number | null>>(Count: TCount) {
	return {
		/** Number of distinct members that match every given field of the filter. */
		total: Count.meta({
			description: 'Number of distinct members that match every given field of the filter'
		}),
		/** Members per sector, largest first; sectors without members are left out. */
		bySector: z.array(z.object({ sector: Sector, count: Count })).meta({
			description: 'Members per sector, largest first; sectors without members are left out'
		}),
		/** Members per region they work in (a member in two regions counts in both). */
		byRegion: z.array(z.object({ region: RegionCode, count: Count })).meta({
			description: 'Members per region they work in (a member in two regions counts in both)'
		}),
		/** Members per crime theme (a member with two themes counts in both). */
		byTheme: z
			.array(z.object({ theme: Theme, count: Count }))
			.meta({ description: 'Members per crime theme (a member with two themes counts in both)' }),
		/** True when any counted row is synthetic (demo or benchmark data). */
		synthetic: z
			.boolean()
			.meta({ description: 'True when any counted row is synthetic (demo or benchmark data)' }),
		/** The date "current membership" was judged on. */
		asOf: IsoDate.meta({ description: 'The date current membership was judged on' })
	};
}

/** The composition with exact counts, as the database computes it. */
export const ExactComposition = z.object(compositionShape(ExactCount));
export type ExactComposition = z.infer<typeof ExactComposition>;

export const Composition = z.object({
	...compositionShape(SuppressibleCount),
	suppressedBelow: SuppressedBelow
});
export type Composition = z.infer<typeof Composition>;

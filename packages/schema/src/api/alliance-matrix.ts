/**
 * Output of `alliance.matrix`: matching members counted by sector and crime theme.
 * `ExactSectorThemeMatrix` is what the database computes; `SectorThemeMatrix` is what the API
 * answers, with small counts suppressed for anonymous visitors (see `suppression.ts`).
 */
import * as z from 'zod';
import { IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

const ExactCount = z.int().nonnegative();

function cellShape<TCount extends z.ZodType<number | null>>(Count: TCount) {
	return {
		sector: Sector,
		theme: Theme,
		count: Count.meta({ description: 'Members of the sector working on the theme' })
	};
}

function matrixShape<TCount extends z.ZodType<number | null>>(Count: TCount) {
	return {
		cells: z
			.array(z.object(cellShape(Count)))
			.max(200)
			.meta({
				description:
					'Sector × theme counts (a member with two themes counts in both); zero cells left out'
			}),
		rows: z
			.array(z.object({ sector: Sector, total: Count.meta({ description: 'Members in the row' }) }))
			.meta({
				description: 'Distinct members per sector with a cell in the row, largest first'
			}),
		columns: z
			.array(
				z.object({ theme: Theme, total: Count.meta({ description: 'Members in the column' }) })
			)
			.meta({
				description: 'Members per theme (each member has one sector), largest first'
			}),
		total: Count.meta({ description: 'Distinct members counted in any cell' }),
		withoutTheme: Count.meta({
			description: 'Members that match the filter but have no theme, so sit in no cell'
		}),
		synthetic: z
			.boolean()
			.meta({ description: 'True when any counted member is synthetic (demo or benchmark data)' }),
		asOf: IsoDate.meta({ description: 'The date "current membership" was judged on' })
	};
}

export const ExactMatrixCell = z.object(cellShape(ExactCount));
export type ExactMatrixCell = z.infer<typeof ExactMatrixCell>;

export const MatrixCell = z.object(cellShape(SuppressibleCount));
export type MatrixCell = z.infer<typeof MatrixCell>;

/** The matrix with exact counts, as the database computes it. */
export const ExactSectorThemeMatrix = z.object(matrixShape(ExactCount));
export type ExactSectorThemeMatrix = z.infer<typeof ExactSectorThemeMatrix>;

export const SectorThemeMatrix = z.object({
	...matrixShape(SuppressibleCount),
	suppressedBelow: SuppressedBelow
});
export type SectorThemeMatrix = z.infer<typeof SectorThemeMatrix>;

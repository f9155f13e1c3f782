/** Output of `alliance.matrix`: matching members counted by sector and crime theme. */
import * as z from 'zod';
import { IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';

const Count = z.int().nonnegative();

export const MatrixCell = z.object({
	sector: Sector,
	theme: Theme,
	count: Count.meta({ description: 'Members of the sector working on the theme' })
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const SectorThemeMatrix = z.object({
	cells: z.array(MatrixCell).max(200).meta({
		description:
			'Sector × theme counts (a member with two themes counts in both); zero cells left out'
	}),
	rows: z
		.array(z.object({ sector: Sector, total: Count.meta({ description: 'Members in the row' }) }))
		.meta({
			description: 'Distinct members per sector with a cell in the row, largest first'
		}),
	columns: z
		.array(z.object({ theme: Theme, total: Count.meta({ description: 'Members in the column' }) }))
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
});
export type SectorThemeMatrix = z.infer<typeof SectorThemeMatrix>;

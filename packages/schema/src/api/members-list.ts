/** Output of `members.list`: one page of the members behind the numbers. */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { RegionCode } from '../countries.ts';
import { Id, IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';
import { SuppressedBelow, SuppressibleCount } from './suppression.ts';

export const MemberRow = z.object({
	id: Id.meta({ description: 'Row id of the membership' }),
	name: z.string().meta({ description: 'Name of the member organisation' }),
	alliance: AllianceCode.meta({ description: 'Alliance of the membership' }),
	sector: Sector.meta({ description: 'Sector of the member' }),
	regions: z.array(RegionCode).meta({ description: 'Regions the member works in' }),
	themes: z.array(Theme).meta({ description: 'Crime areas the member works on' }),
	joinedOn: IsoDate.meta({ description: 'Date the member joined' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when the row was invented for demonstration or benchmarks' })
});
export type MemberRow = z.infer<typeof MemberRow>;

const pageShape = {
	total: z.int().nonnegative().meta({ description: 'Number of members listed, over all pages' }),
	page: z.int().min(1).meta({ description: 'Page number, from 1' }),
	pageSize: z.int().min(1).meta({ description: 'Rows per page' }),
	rows: z.array(MemberRow).max(100).meta({ description: 'The members on this page' })
};

/** One page of rows as the database lists them. */
export const MemberRowsPage = z.object(pageShape);
export type MemberRowsPage = z.infer<typeof MemberRowsPage>;

export const MembersPage = z.object({
	...pageShape,
	unnamed: SuppressibleCount.meta({
		description:
			'Members that match but are not listed for this audience (anonymous visitors see only organisations marked public); 0 for signed-in users'
	}),
	suppressedBelow: SuppressedBelow
});
export type MembersPage = z.infer<typeof MembersPage>;

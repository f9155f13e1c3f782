/** Output of `members.list`: one page of the members behind the numbers. */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { RegionCode } from '../countries.ts';
import { Id, IsoDate } from '../scalars.ts';
import { Sector, Theme } from '../vocabulary.ts';

export const MemberRow = z.object({
	id: Id,
	name: z.string(),
	alliance: AllianceCode,
	sector: Sector,
	regions: z.array(RegionCode),
	themes: z.array(Theme),
	joinedOn: IsoDate,
	synthetic: z.boolean()
});
export type MemberRow = z.infer<typeof MemberRow>;

export const MembersPage = z.object({
	total: z.int().nonnegative(),
	page: z.int().min(1),
	pageSize: z.int().min(1),
	rows: z.array(MemberRow).max(100)
});
export type MembersPage = z.infer<typeof MembersPage>;

/** An organisation's membership of an alliance, with where and on what it works. */
import * as z from 'zod';
import { AllianceCode } from './alliance.ts';
import { RegionCode } from './countries.ts';
import { Id, IsoDate, Provenance } from './scalars.ts';
import { MembershipRole, Theme } from './vocabulary.ts';

export const Membership = z
	.object({
		id: Id,
		alliance: AllianceCode,
		organisationId: Id,
		role: MembershipRole,
		joinedOn: IsoDate,
		leftOn: IsoDate.nullable(),
		regions: z.array(RegionCode).max(40),
		themes: z.array(Theme).max(10)
	})
	.extend(Provenance.shape)
	.refine((m) => m.leftOn === null || m.leftOn >= m.joinedOn, {
		error: 'A membership cannot end before it begins',
		path: ['leftOn']
	});
export type Membership = z.infer<typeof Membership>;

/** An organisation's membership of an alliance, with where and on what it works. */
import * as z from 'zod';
import { AllianceCode } from './alliance.ts';
import { RegionCode } from './countries.ts';
import { Id, RecordDate, Provenance } from './scalars.ts';
import { MembershipRole, Theme } from './vocabulary.ts';

export const Membership = z
	.object({
		id: Id.meta({ description: 'Row id of the membership' }),
		alliance: AllianceCode.meta({ description: 'Alliance the organisation is a member of' }),
		organisationId: Id.meta({ description: 'Id of the member organisation' }),
		role: MembershipRole.meta({ description: 'Role of the organisation in the alliance' }),
		joinedOn: RecordDate.meta({ description: 'Date the organisation joined the alliance' }),
		leftOn: RecordDate.nullable().meta({
			description: 'Date the organisation left the alliance, null while it is a member'
		}),
		regions: z
			.array(RegionCode)
			.max(40)
			.meta({ description: 'Regions (ISO 3166-2) the member works in' }),
		themes: z.array(Theme).max(10).meta({ description: 'Crime areas the member works on' })
	})
	.extend(Provenance.shape)
	.refine((m) => m.leftOn === null || m.leftOn >= m.joinedOn, {
		error: 'A membership cannot end before it begins',
		path: ['leftOn']
	});
export type Membership = z.infer<typeof Membership>;

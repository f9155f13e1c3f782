/** Input and output of `members.byId`: one member with the events it attended and its writing. */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { RegionCode } from '../countries.ts';
import { ClusterId } from '../reference/clusters.ts';
import { Id, IsoDate, SourceUrl } from '../scalars.ts';
import { ContributionType, EventType, MembershipRole, Sector, Theme } from '../vocabulary.ts';

const Count = z.int().nonnegative();

/** Input of `members.byId`. */
export const MemberByIdInput = z.strictObject({
	id: Id.meta({ description: 'Membership id, as listed by `members.list`' })
});
export type MemberByIdInput = z.infer<typeof MemberByIdInput>;

export const AttendedEvent = z.object({
	id: Id.meta({ description: 'Event id' }),
	title: z.string().meta({ description: 'Event title' }),
	type: EventType,
	startDate: IsoDate.meta({ description: 'First day of the event' }),
	participants: Count.meta({ description: "People the member's organisation sent to the event" })
});
export type AttendedEvent = z.infer<typeof AttendedEvent>;

export const AuthoredContribution = z.object({
	id: Id.meta({ description: 'Contribution id' }),
	title: z.string().meta({ description: 'Contribution title' }),
	type: ContributionType,
	date: IsoDate.meta({ description: 'Date of publication or submission' }),
	cluster: ClusterId.nullable().meta({ description: 'Review cluster it served, if any' })
});
export type AuthoredContribution = z.infer<typeof AuthoredContribution>;

/** A capped list newest first, with the number of all items. */
function newestFirst<TItem extends z.ZodType>(item: TItem, noun: string) {
	return z
		.object({
			total: Count.meta({ description: `Number of ${noun}, all of them` }),
			rows: z
				.array(item)
				.max(200)
				.meta({ description: `The newest 200 ${noun} at most` })
		})
		.meta({ description: `${noun}, newest first` });
}

export const MemberDetail = z.object({
	id: Id.meta({ description: 'Membership id' }),
	organisationId: Id.meta({ description: 'Id of the member organisation' }),
	name: z.string().meta({ description: "The organisation's name" }),
	alliance: AllianceCode,
	sector: Sector,
	role: MembershipRole.meta({ description: 'Role in the alliance' }),
	regions: z.array(RegionCode).meta({ description: 'Regions the member works in' }),
	themes: z.array(Theme).meta({ description: 'Crime themes the member works on' }),
	joinedOn: IsoDate.meta({ description: 'Day the membership began' }),
	leftOn: IsoDate.nullable().meta({ description: 'Day the membership ended; null while current' }),
	synthetic: z
		.boolean()
		.meta({ description: 'True when the membership or organisation is invented' }),
	verified: z.boolean().meta({ description: 'True when the membership is stated in its source' }),
	sourceUrl: SourceUrl.nullable().meta({ description: 'Public source of the membership' }),
	events: newestFirst(AttendedEvent, 'events attended'),
	contributions: newestFirst(AuthoredContribution, 'contributions authored')
});
export type MemberDetail = z.infer<typeof MemberDetail>;

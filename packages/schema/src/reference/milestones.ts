/**
 * Dated milestones drawn as annotations on time axes. The COP sessions are reference facts with
 * their sources (domain.md B1); a pilot's launch comes from the alliance's own row in the data.
 */
import * as z from 'zod';
import { AllianceCode } from '../alliance.ts';
import { IsoDate, SourceUrl } from '../scalars.ts';
import { sources } from './sources.ts';

export const milestoneKinds = ['pilot_launch', 'cop_session', 'constructive_dialogue'] as const;

export const MilestoneKind = z.enum(milestoneKinds).meta({
	description: 'What the milestone marks: a pilot launch, a COP session or a constructive dialogue'
});
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const Milestone = z.object({
	date: IsoDate.meta({ description: 'Day of the milestone (first day of a multi-day session)' }),
	label: z.string().min(1).max(200).meta({ description: 'Short English label for the time axis' }),
	kind: MilestoneKind,
	alliance: AllianceCode.nullable().meta({
		description: 'The alliance a pilot launch belongs to; null for global milestones'
	}),
	sourceUrl: SourceUrl.nullable().meta({ description: 'Public source of the date' }),
	verified: z.boolean().meta({ description: 'True when the date is stated in the cited source' })
});
export type Milestone = z.infer<typeof Milestone>;

/** Global milestones of the review, by date. */
export const milestoneList: readonly Milestone[] = [
	{
		date: '2022-10-17',
		label: 'COP11 opens in Vienna',
		kind: 'cop_session',
		alliance: null,
		sourceUrl: sources.S1,
		verified: true
	},
	{
		date: '2024-10-14',
		label: 'COP12 opens in Vienna',
		kind: 'cop_session',
		alliance: null,
		sourceUrl: sources.S22,
		verified: true
	}
];

/** Output of `reference.vocabulary`: every code list with labels, the reference data, alliances. */
import * as z from 'zod';
import { Alliance } from '../alliance.ts';
import { RegionCode } from '../countries.ts';
import { Cluster } from '../reference/clusters.ts';
import { Instrument } from '../reference/instruments.ts';
import { ReviewStepDefinition } from '../reference/review-steps.ts';
import {
	ContributionType,
	EventFormat,
	EventType,
	Interval,
	Sector,
	Side,
	StepStatus,
	Theme
} from '../vocabulary.ts';
import { CountryCode } from '../countries.ts';

function labelled<TCode extends z.ZodType>(code: TCode) {
	return z.array(z.object({ code, label: z.string() }));
}

export const VocabularyOutput = z.object({
	sectors: labelled(Sector),
	sides: labelled(Side),
	themes: labelled(Theme),
	eventTypes: labelled(EventType),
	eventFormats: labelled(EventFormat),
	stepStatuses: labelled(StepStatus),
	contributionTypes: labelled(ContributionType),
	intervals: labelled(Interval),
	regions: z.array(z.object({ code: RegionCode, label: z.string(), country: CountryCode })),
	instruments: z.array(Instrument),
	clusters: z.array(Cluster),
	reviewSteps: z.array(ReviewStepDefinition),
	alliances: z.array(Alliance)
});
export type VocabularyOutput = z.infer<typeof VocabularyOutput>;

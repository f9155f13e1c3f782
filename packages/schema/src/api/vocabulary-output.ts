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
	return z.array(
		z.object({ code, label: z.string().meta({ description: 'English display label' }) })
	);
}

export const VocabularyOutput = z.object({
	sectors: labelled(Sector).meta({ description: 'Sectors with labels' }),
	sides: labelled(Side).meta({ description: 'Sides of the trilateral framework with labels' }),
	themes: labelled(Theme).meta({ description: 'Crime areas with labels' }),
	eventTypes: labelled(EventType).meta({ description: 'Event types with labels' }),
	eventFormats: labelled(EventFormat).meta({ description: 'Event formats with labels' }),
	stepStatuses: labelled(StepStatus).meta({ description: 'Step statuses with labels' }),
	contributionTypes: labelled(ContributionType).meta({
		description: 'Contribution types with labels'
	}),
	intervals: labelled(Interval).meta({ description: 'Time-bucket widths with labels' }),
	regions: z
		.array(
			z.object({
				code: RegionCode,
				label: z.string().meta({ description: 'Display name of the region' }),
				country: CountryCode.meta({ description: 'Country the region belongs to' })
			})
		)
		.meta({ description: 'Regions the dashboard knows, with labels and country' }),
	instruments: z.array(Instrument).meta({ description: 'The Convention and its Protocols' }),
	clusters: z.array(Cluster).meta({ description: 'The four thematic clusters of the review' }),
	reviewSteps: z
		.array(ReviewStepDefinition)
		.meta({ description: 'Steps of a country review with their deadlines' }),
	alliances: z.array(Alliance).meta({ description: 'The alliances in the data' })
});
export type VocabularyOutput = z.infer<typeof VocabularyOutput>;

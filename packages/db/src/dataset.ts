/**
 * A whole dataset in schema shapes, as the seeds produce it and the loader writes it. Ids are
 * assigned by the producer so that references between rows hold before anything is written.
 */
import type {
	Alliance,
	Contribution,
	Country,
	CountryReview,
	EngagementEvent,
	Membership,
	Organisation,
	Participation
} from '@untoc-alliance/schema';

export interface Dataset {
	countries: Country[];
	alliances: Alliance[];
	organisations: Organisation[];
	memberships: Membership[];
	events: EngagementEvent[];
	participations: Participation[];
	reviews: CountryReview[];
	contributions: Contribution[];
}

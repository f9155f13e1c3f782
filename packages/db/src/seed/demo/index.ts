/**
 * The demo dataset: Pakistan's Civil Society Alliance (50+ members) and Mexico's pilot, events
 * since 2019, participations, country reviews per cluster and contributions. The dated facts of
 * domain.md are included with their sources; everything else is invented and flagged synthetic.
 * Deterministic: the same `today` always gives the same rows, and nothing is dated after it.
 */
import { IsoDate } from '@untoc-alliance/schema';
import type { Dataset } from '../../dataset.ts';
import { demoAlliances } from './alliances.ts';
import { capDataset } from './cap.ts';
import { demoContributions } from './contributions.ts';
import { demoCountries } from './countries.ts';
import { demoEngagement } from './events.ts';
import { demoMembers } from './memberships.ts';
import { demoReviews } from './reviews.ts';

export interface DemoOptions {
	/** The day the data is seen from (YYYY-MM-DD); nothing later is generated. */
	today: string;
}

export function demoDataset(options: DemoOptions): Dataset {
	const today = IsoDate.parse(options.today);
	const members = demoMembers();
	const { events, participations } = demoEngagement({
		lastYear: Number(today.slice(0, 4)),
		members
	});
	const dataset: Dataset = {
		countries: demoCountries(),
		alliances: demoAlliances(),
		organisations: members.organisations,
		memberships: members.memberships,
		events,
		participations,
		reviews: demoReviews(),
		contributions: demoContributions(members.organisations)
	};
	return capDataset(dataset, today);
}

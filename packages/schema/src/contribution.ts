/** A civil-society contribution to a country review: a parallel report, a statement ... */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { ClusterId } from './reference/clusters.ts';
import { Id, RecordDate, Name, Provenance } from './scalars.ts';
import { ContributionType } from './vocabulary.ts';

export const Contribution = z
	.object({
		id: Id.meta({ description: 'Row id of the contribution' }),
		country: CountryCode.meta({ description: 'Country whose review the contribution is for' }),
		cluster: ClusterId.nullable().meta({
			description: 'Cluster the contribution addresses, null when it covers the whole review'
		}),
		type: ContributionType.meta({ description: 'Kind of contribution' }),
		title: Name.meta({ description: 'Title of the contribution' }),
		date: RecordDate.meta({ description: 'Date the contribution was published or submitted' }),
		/** Authoring organisations (members or not). */
		organisationIds: z
			.array(Id)
			.max(100)
			.meta({ description: 'Ids of the authoring organisations (members or not)' })
	})
	.extend(Provenance.shape);
export type Contribution = z.infer<typeof Contribution>;

/** A civil-society contribution to a country review: a parallel report, a statement ... */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { ClusterId } from './reference/clusters.ts';
import { Id, IsoDate, Name, Provenance } from './scalars.ts';
import { ContributionType } from './vocabulary.ts';

export const Contribution = z
	.object({
		id: Id,
		country: CountryCode,
		cluster: ClusterId.nullable(),
		type: ContributionType,
		title: Name,
		date: IsoDate,
		/** Authoring organisations (members or not). */
		organisationIds: z.array(Id).max(100)
	})
	.extend(Provenance.shape);
export type Contribution = z.infer<typeof Contribution>;

/** A national civil-society alliance for the UNTOC review (NACSA4U), one per country. */
import * as z from 'zod';
import { CountryCode } from './countries.ts';
import { Id, IsoDate, Name, Provenance } from './scalars.ts';

/** Alliances are identified by the alpha-3 code of their country (`alliance=PAK` in the URL). */
export const AllianceCode = CountryCode.meta({
	description: 'Alliance, by the ISO 3166-1 alpha-3 code of its country',
	examples: ['PAK', 'MEX']
});
export type AllianceCode = z.infer<typeof AllianceCode>;

export const Alliance = z
	.object({
		code: AllianceCode.meta({ description: 'Alliance code: the alpha-3 code of its country' }),
		country: CountryCode.meta({ description: 'Country of the alliance' }),
		name: Name.meta({ description: 'Name of the alliance' }),
		leadOrganisationId: Id.nullable().meta({
			description: 'Id of the lead organisation, null when none is recorded'
		}),
		/** Date the alliance (or the pilot initiative it serves) was launched. */
		launchedOn: IsoDate.nullable().meta({
			description: 'Date the alliance (or the pilot initiative it serves) was launched'
		})
	})
	.extend(Provenance.shape);
export type Alliance = z.infer<typeof Alliance>;

/** The two alliances of the demo: Pakistan's (a fact, S7) and Mexico's pilot (partly inferred). */
import type { Alliance } from '@untoc-alliance/schema';
import { realOrgIds } from './organisations-real.ts';
import { fact, inferred } from './provenance.ts';

export function demoAlliances(): Alliance[] {
	return [
		{
			code: 'PAK',
			country: 'PAK',
			name: 'Civil Society Alliance for the UNTOC review (Pakistan)',
			leadOrganisationId: realOrgIds.cgr,
			launchedOn: '2022-09-15',
			...fact('S7')
		},
		{
			code: 'MEX',
			country: 'MEX',
			// The sources give no name for Mexico's non-governmental side, and no launch day: the
			// preparatory meetings were on 24 and 25 Mar 2022 and S8 reports the launch on 5 Apr.
			name: 'SE4U Pilot Initiative on the UNTOC review (Mexico)',
			leadOrganisationId: null,
			launchedOn: '2022-04-05',
			...inferred('S8')
		}
	];
}

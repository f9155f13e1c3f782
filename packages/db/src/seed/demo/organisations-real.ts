/**
 * The real organisations named in the sources (domain.md B3). Human Rights Watch (an individual
 * member's affiliation) and SSDO (not confirmed as a member, S59) are deliberately left out.
 * GI-TOC co-organised the Lahore roundtable (S44) and partners SE4U (S27); it is not a member.
 */
import type { Membership, Organisation } from '@untoc-alliance/schema';
import { fact, inferred } from './provenance.ts';

/** Fixed ids of the real organisations; the invented ones follow them. */
export const realOrgIds = { cgr: 1, cfhr: 2, griefDirectory: 3, gitoc: 4 } as const;
export type RealOrgKey = keyof typeof realOrgIds;

export function realOrganisations(): Organisation[] {
	return [
		{
			id: realOrgIds.cgr,
			name: 'Centre for Governance Research (CGR) / National Initiative against Organized Crime (NIOC)',
			sector: 'think_tank',
			country: 'PAK',
			public: true,
			...fact('S2')
		},
		{
			id: realOrgIds.cfhr,
			name: 'Centre for Human Rights (CFHR)',
			sector: 'ngo',
			country: 'PAK',
			public: true,
			...fact('S44')
		},
		{
			id: realOrgIds.griefDirectory,
			name: 'The Grief Directory',
			sector: 'victim_led',
			country: 'PAK',
			public: true,
			...fact('S4')
		},
		{
			id: realOrgIds.gitoc,
			name: 'Global Initiative against Transnational Organized Crime (GI-TOC)',
			sector: 'think_tank',
			country: 'CHE',
			public: true,
			...fact('S27')
		}
	];
}

type MembershipSeed = Omit<Membership, 'id'>;

/**
 * Memberships of the real organisations. The roles come from the sources; the joining days do
 * not, so the rows are inferred: CGR-NIOC starts building the alliance at AB meeting 32 (S3),
 * CFHR and The Grief Directory are taken to join at the launch (named in S4 and S5 later).
 */
export function realMemberships(): MembershipSeed[] {
	return [
		{
			alliance: 'PAK',
			organisationId: realOrgIds.cgr,
			role: 'lead',
			joinedOn: '2022-06-24',
			leftOn: null,
			// NIOC-CGR steers the alliance in Islamabad & KP, Punjab and Sindh (S3).
			regions: ['PK-IS', 'PK-KP', 'PK-PB', 'PK-SD'],
			themes: ['trafficking_in_persons', 'smuggling_of_migrants', 'money_laundering', 'terrorism'],
			...inferred('S3')
		},
		{
			alliance: 'PAK',
			organisationId: realOrgIds.cfhr,
			// Its barrister convenes the working group on UNTOC legal aspects (S5).
			role: 'convener',
			joinedOn: '2022-09-15',
			leftOn: null,
			regions: ['PK-PB'],
			themes: ['trafficking_in_persons'],
			...inferred('S5')
		},
		{
			alliance: 'PAK',
			organisationId: realOrgIds.griefDirectory,
			role: 'member',
			joinedOn: '2022-09-15',
			leftOn: null,
			regions: [],
			themes: [],
			...inferred('S4')
		}
	];
}

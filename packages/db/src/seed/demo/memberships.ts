/**
 * Organisations and memberships of both alliances, with ids: the real organisations first (ids
 * 1-4), then Pakistan's invented members, then Mexico's.
 */
import type { Membership, Organisation } from '@untoc-alliance/schema';
import type { MemberSeed } from './member-table.ts';
import { mexicoMemberSeeds } from './organisations-mx.ts';
import { pakistanMemberSeeds } from './organisations-pk.ts';
import { realMemberships, realOrganisations } from './organisations-real.ts';
import { invented } from './provenance.ts';

export interface Members {
	organisations: Organisation[];
	memberships: Membership[];
}

export function demoMembers(): Members {
	const organisations = realOrganisations();
	const memberships: Membership[] = realMemberships().map((m, i) => ({ id: i + 1, ...m }));
	const seeds: MemberSeed[] = [...pakistanMemberSeeds(), ...mexicoMemberSeeds()];
	for (const seed of seeds) {
		const organisationId = organisations.length + 1;
		organisations.push({
			id: organisationId,
			name: seed.name,
			sector: seed.sector,
			country: seed.country,
			public: seed.public,
			...invented()
		});
		memberships.push({
			id: memberships.length + 1,
			alliance: seed.alliance,
			organisationId,
			role: seed.role,
			joinedOn: seed.joinedOn,
			leftOn: seed.leftOn,
			regions: seed.regions,
			themes: seed.themes,
			...invented()
		});
	}
	return { organisations, memberships };
}

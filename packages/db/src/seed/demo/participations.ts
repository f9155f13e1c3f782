/**
 * Who took part in each event: member organisations (civil society, with their sector), the
 * government delegation and the international side (UNODC and partners), the trilateral
 * framework of the founding statement (S1). A fact's sketch names who the source names; the rest
 * is drawn by event type from the members active at the time.
 */
import { addDays } from '@untoc-alliance/schema';
import type {
	AllianceCode,
	Id,
	IsoDate,
	Organisation,
	Participation,
	Provenance,
	RegionCode
} from '@untoc-alliance/schema';
import type { EventSeed, ParticipationMix } from './event-seed.ts';
import { mixOf } from './participation-mix.ts';
import type { Members } from './memberships.ts';
import { realOrgIds } from './organisations-real.ts';
import type { RealOrgKey } from './organisations-real.ts';
import type { Random } from './prng.ts';
import { randomFor } from './prng.ts';
import { invented } from './provenance.ts';

/** A member that can take part in events from a year before it joins until it leaves. */
export interface MemberProfile {
	organisationId: Id;
	alliance: AllianceCode;
	regions: RegionCode[];
	from: IsoDate;
	to: IsoDate | null;
	/** How engaged the member is, so that some are far more active than others. */
	weight: number;
}

export function memberProfiles(members: Members): MemberProfile[] {
	return members.memberships
		.filter((m) => m.organisationId !== realOrgIds.cgr)
		.map((m) => ({
			organisationId: m.organisationId,
			alliance: m.alliance,
			regions: m.regions,
			from: addDays(m.joinedOn, -365),
			to: m.leftOn,
			weight: 0.15 + 2 * randomFor('engagement', m.organisationId).next() ** 2
		}));
}

export interface EventParticipationsInput {
	eventId: Id;
	seed: EventSeed;
	profiles: readonly MemberProfile[];
	organisations: ReadonlyMap<Id, Organisation>;
}

type Row = Omit<Participation, 'id'>;

interface OrganisationRow {
	eventId: Id;
	organisation: Organisation | undefined;
	participants: number;
	organiser: boolean;
	provenance: Provenance;
}

function organisationRow(row: OrganisationRow): Row {
	const { organisation, provenance, ...rest } = row;
	if (!organisation) throw new Error('A participation names an unknown organisation');
	return {
		...rest,
		organisationId: organisation.id,
		side: 'civil_society',
		sector: organisation.sector,
		...provenance
	};
}

/** The members that take part: active at the time, preferring those of the event's region. */
function drawMembers(
	rng: Random,
	event: { seed: EventSeed; mix: ParticipationMix; candidates: readonly MemberProfile[] }
) {
	const { seed, candidates } = event;
	const { members, pool } = event.mix;
	const date = seed.startDate;
	const region = seed.place.region;
	const eligible = candidates.filter(
		(p) => pool.includes(p.alliance) && p.from <= date && (p.to === null || date < p.to)
	);
	return rng.sample(
		eligible,
		members,
		(p) => p.weight * (region && p.regions.includes(region) ? 3 : 1)
	);
}

/** The participations of one event, without ids. */
export function participationsOf(input: EventParticipationsInput): Row[] {
	const { eventId, seed } = input;
	const rng = randomFor('participations', eventId);
	const mix = mixOf(rng, seed);
	// Rows sketched from a source keep it as their basis; they stay synthetic all the same.
	const basis: Provenance = { ...invented(), sourceUrl: seed.provenance.sourceUrl };
	const rows: Row[] = [];
	for (const side of ['government', 'international'] as const) {
		const participants = mix[side];
		if (participants === null) continue;
		const organiser = mix.organisers.includes(side);
		rows.push({
			eventId,
			organisationId: null,
			side,
			sector: null,
			participants,
			organiser,
			...basis
		});
	}
	const realIds = new Set<Id>();
	for (const [key, participants] of Object.entries(mix.real) as [RealOrgKey, number][]) {
		const organisation = input.organisations.get(realOrgIds[key]);
		const organiser = mix.organisers.includes(key);
		rows.push(
			organisationRow({ eventId, organisation, participants, organiser, provenance: basis })
		);
		realIds.add(realOrgIds[key]);
	}
	const candidates = input.profiles.filter((p) => !realIds.has(p.organisationId));
	const big = seed.type === 'conference' || seed.type === 'launch';
	drawMembers(rng, { seed, mix, candidates }).forEach((p, i) => {
		rows.push(
			organisationRow({
				eventId,
				organisation: input.organisations.get(p.organisationId),
				participants: 1 + Math.floor(rng.next() ** 2 * (big ? 10 : 6)),
				organiser: i === 0 && mix.organisers.includes('member'),
				provenance: invented()
			})
		);
	});
	return rows;
}

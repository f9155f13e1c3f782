/**
 * The editable nouns as forms: for each, its fields (label, kind, choices), the schemas the form
 * validates with (the very ones the API checks, so the messages are the server's), a blank new
 * row and the calls that write it.
 */
import {
	contributionTypes,
	ContributionCreate,
	EventCreate,
	eventFormats,
	eventTypes,
	MembershipCreate,
	membershipRoles,
	OrganisationCreate,
	ParticipationCreate,
	regionNames,
	reviewSteps,
	sectors,
	sides,
	stepStatuses,
	themes,
	VersionedContribution,
	VersionedEvent,
	VersionedMembership,
	VersionedOrganisation,
	VersionedParticipation,
	VersionedReviewStep,
	type RegionCode
} from '@untoc-alliance/schema';
import type * as z from 'zod';
import type { EditApi } from './edit-api.ts';

/** One choice of a select or a checkbox group. */
export interface Choice {
	value: string | number;
	label: string;
}

/** One form field: the record's key, its label and how it is entered. */
export type Field =
	| { key: string; label: string; kind: 'text' | 'url' | 'date'; nullable?: boolean; hint?: string }
	| { key: string; label: string; kind: 'number'; nullable?: boolean; hint?: string }
	| { key: string; label: string; kind: 'select'; choices: Choice[]; nullable?: string }
	| { key: string; label: string; kind: 'multi'; choices: Choice[] }
	| { key: string; label: string; kind: 'checkbox'; hint?: string };

/** A row as the form holds it. */
export type Row = Record<string, unknown>;

/** How one noun is edited. */
export interface EditKind {
	/** "organisation", for titles and messages. */
	noun: string;
	fields: Field[];
	/** What `create` takes (no id, no version). */
	createSchema: z.ZodType;
	/** What `update` takes and every write answers (with id and version). */
	updateSchema: z.ZodType;
	/** The row a "New …" form starts from. */
	blank: () => Row;
	/** The row's name, for success messages. */
	describe: (row: Row) => string;
	/** Writes the row (parsed again with the schema, which also types it for the call). */
	create?: (api: EditApi, row: Row) => Promise<Row>;
	update: (api: EditApi, row: Row) => Promise<Row>;
	remove?: (api: EditApi, key: { id: number; version: number }) => Promise<unknown>;
}

function choices<T extends string>(vocab: {
	codes: readonly T[];
	labels: Readonly<Record<T, string>>;
}): Choice[] {
	return vocab.codes.map((code) => ({ value: code, label: vocab.labels[code] }));
}

const countries: Choice[] = [
	{ value: 'PAK', label: 'Pakistan' },
	{ value: 'MEX', label: 'Mexico' }
];
const clusters: Choice[] = [1, 2, 3, 4].map((n) => ({ value: n, label: `Cluster ${n}` }));
const regions: Choice[] = (Object.keys(regionNames) as RegionCode[]).map((code) => ({
	value: code,
	label: regionNames[code]
}));

const provenance: Field[] = [
	{ key: 'sourceUrl', label: 'Source (link)', kind: 'url', nullable: true, hint: 'https://…' },
	{ key: 'verified', label: 'Verified in the source', kind: 'checkbox' },
	{ key: 'synthetic', label: 'Synthetic (invented for a demo)', kind: 'checkbox' }
];
const blankProvenance = { sourceUrl: null, verified: false, synthetic: false };

export const organisationKind: EditKind = {
	noun: 'organisation',
	fields: [
		{ key: 'name', label: 'Name', kind: 'text' },
		{ key: 'sector', label: 'Sector', kind: 'select', choices: choices(sectors) },
		{ key: 'country', label: 'Country', kind: 'select', choices: countries },
		{ key: 'public', label: 'May be named in public views', kind: 'checkbox' },
		...provenance
	],
	createSchema: OrganisationCreate,
	updateSchema: VersionedOrganisation,
	blank: () => ({ name: '', sector: 'ngo', country: 'PAK', public: false, ...blankProvenance }),
	describe: (row) => String(row['name']),
	create: (api, row) => api.organisations.create(OrganisationCreate.parse(row)),
	update: (api, row) => api.organisations.update(VersionedOrganisation.parse(row)),
	remove: (api, key) => api.organisations.delete(key)
};

export const membershipKind: EditKind = {
	noun: 'membership',
	fields: [
		{ key: 'alliance', label: 'Alliance', kind: 'select', choices: countries },
		{ key: 'organisationId', label: 'Organisation id', kind: 'number' },
		{ key: 'role', label: 'Role', kind: 'select', choices: choices(membershipRoles) },
		{ key: 'joinedOn', label: 'Joined on', kind: 'date' },
		{ key: 'leftOn', label: 'Left on', kind: 'date', nullable: true, hint: 'Empty while a member' },
		{ key: 'regions', label: 'Regions', kind: 'multi', choices: regions },
		{ key: 'themes', label: 'Themes', kind: 'multi', choices: choices(themes) },
		...provenance
	],
	createSchema: MembershipCreate,
	updateSchema: VersionedMembership,
	blank: () => ({
		alliance: 'PAK',
		organisationId: null,
		role: 'member',
		joinedOn: '',
		leftOn: null,
		regions: [],
		themes: [],
		...blankProvenance
	}),
	describe: (row) => `membership ${String(row['id'])}`,
	create: (api, row) => api.memberships.create(MembershipCreate.parse(row)),
	update: (api, row) => api.memberships.update(VersionedMembership.parse(row)),
	remove: (api, key) => api.memberships.delete(key)
};

export const eventKind: EditKind = {
	noun: 'event',
	fields: [
		{ key: 'title', label: 'Title', kind: 'text' },
		{ key: 'type', label: 'Type', kind: 'select', choices: choices(eventTypes) },
		{ key: 'alliance', label: 'Alliance', kind: 'select', choices: countries, nullable: 'Global' },
		{ key: 'startDate', label: 'Starts on', kind: 'date' },
		{ key: 'endDate', label: 'Ends on', kind: 'date', nullable: true, hint: 'Empty: one day' },
		{ key: 'format', label: 'Format', kind: 'select', choices: choices(eventFormats) },
		{ key: 'city', label: 'City', kind: 'text', nullable: true },
		{ key: 'country', label: 'Country', kind: 'select', choices: countries, nullable: 'Unknown' },
		{ key: 'region', label: 'Region', kind: 'select', choices: regions, nullable: 'Unknown' },
		{ key: 'clusters', label: 'Review clusters', kind: 'multi', choices: clusters },
		{ key: 'themes', label: 'Themes', kind: 'multi', choices: choices(themes) },
		{
			key: 'participantsReported',
			label: 'Participants reported',
			kind: 'number',
			nullable: true,
			hint: 'Empty when unknown'
		},
		...provenance
	],
	createSchema: EventCreate,
	updateSchema: VersionedEvent,
	blank: () => ({
		alliance: 'PAK',
		type: 'consultation',
		title: '',
		startDate: '',
		endDate: null,
		format: 'in_person',
		city: null,
		country: null,
		region: null,
		clusters: [],
		themes: [],
		participantsReported: null,
		...blankProvenance
	}),
	describe: (row) => String(row['title']),
	create: (api, row) => api.events.create(EventCreate.parse(row)),
	update: (api, row) => api.events.update(VersionedEvent.parse(row)),
	remove: (api, key) => api.events.delete(key)
};

export const participationKind: EditKind = {
	noun: 'participant row',
	fields: [
		{
			key: 'organisationId',
			label: 'Organisation id',
			kind: 'number',
			nullable: true,
			hint: 'Empty for a delegation without a recorded organisation'
		},
		{ key: 'side', label: 'Side', kind: 'select', choices: choices(sides) },
		{
			key: 'sector',
			label: 'Sector',
			kind: 'select',
			choices: choices(sectors),
			nullable: 'None (not civil society)'
		},
		{ key: 'participants', label: 'People', kind: 'number' },
		{ key: 'organiser', label: 'Organised the event', kind: 'checkbox' },
		...provenance
	],
	createSchema: ParticipationCreate,
	updateSchema: VersionedParticipation,
	blank: () => ({
		eventId: null,
		organisationId: null,
		side: 'civil_society',
		sector: 'ngo',
		participants: 1,
		organiser: false,
		...blankProvenance
	}),
	describe: (row) => `participant row ${String(row['id'])}`,
	create: (api, row) => api.participations.create(ParticipationCreate.parse(row)),
	update: (api, row) => api.participations.update(VersionedParticipation.parse(row)),
	remove: (api, key) => api.participations.delete(key)
};

export const contributionKind: EditKind = {
	noun: 'contribution',
	fields: [
		{ key: 'title', label: 'Title', kind: 'text' },
		{ key: 'type', label: 'Type', kind: 'select', choices: choices(contributionTypes) },
		{ key: 'country', label: 'Review of', kind: 'select', choices: countries },
		{
			key: 'cluster',
			label: 'Cluster',
			kind: 'select',
			choices: clusters,
			nullable: 'Whole review'
		},
		{ key: 'date', label: 'Date', kind: 'date' },
		...provenance
	],
	createSchema: ContributionCreate,
	updateSchema: VersionedContribution,
	blank: () => ({
		country: 'PAK',
		cluster: null,
		type: 'parallel_report',
		title: '',
		date: '',
		organisationIds: [],
		...blankProvenance
	}),
	describe: (row) => String(row['title']),
	create: (api, row) => api.contributions.create(ContributionCreate.parse(row)),
	update: (api, row) => api.contributions.update(VersionedContribution.parse(row)),
	remove: (api, key) => api.contributions.delete(key)
};

export const reviewStepKind: EditKind = {
	noun: 'review step',
	fields: [
		{
			key: 'status',
			label: 'Status',
			kind: 'select',
			choices: choices(stepStatuses),
			nullable: 'Unknown'
		},
		{ key: 'startedOn', label: 'Started on', kind: 'date', nullable: true },
		{
			key: 'completedOn',
			label: 'Completed on',
			kind: 'date',
			nullable: true,
			hint: 'Only for a completed step'
		},
		...provenance
	],
	createSchema: VersionedReviewStep,
	updateSchema: VersionedReviewStep,
	blank: () => ({}),
	describe: (row) => reviewSteps.labels[row['step'] as keyof typeof reviewSteps.labels] ?? 'step',
	update: (api, row) => api.reviewSteps.update(VersionedReviewStep.parse(row))
};

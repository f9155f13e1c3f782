/**
 * The editable nouns as forms: for each, its fields (label, kind, choices), the schemas the form
 * validates with (the very ones the API checks), a blank new row and the calls that write it.
 * Labels and choices are read from the page's catalogue each time `fields` is read, so a form
 * follows a language switch.
 */
import {
	ContributionCreate,
	EventCreate,
	MembershipCreate,
	OrganisationCreate,
	ParticipationCreate,
	VersionedContribution,
	VersionedEvent,
	VersionedMembership,
	VersionedOrganisation,
	VersionedParticipation,
	VersionedReviewStep
} from '@untoc-alliance/schema';
import type * as z from 'zod';
import type { Messages } from '@untoc-alliance/i18n';
import { m } from '../i18n.svelte.ts';
import type { EditApi } from './edit-api.ts';
import {
	contributionFields,
	eventFields,
	membershipFields,
	organisationFields,
	participationFields,
	reviewStepFields
} from './edit-fields.ts';

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

/** The editable nouns; each has its texts under `edit.<id>` in the catalogue. */
export type KindId =
	'organisation' | 'membership' | 'event' | 'participation' | 'contribution' | 'reviewStep';

/** How one noun is edited. */
export interface EditKind {
	/** Which noun: its form's titles and messages are `kindTexts(kind)`. */
	id: KindId;
	/** The form's fields, labelled in the page's language. */
	readonly fields: Field[];
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

/** The titles and messages of a kind's form, in the page's language. */
export function kindTexts(kind: EditKind): Messages['edit'][KindId] {
	return m().edit[kind.id];
}

const blankProvenance = { sourceUrl: null, verified: false, synthetic: false };

export const organisationKind: EditKind = {
	id: 'organisation',
	get fields(): Field[] {
		return organisationFields();
	},
	createSchema: OrganisationCreate,
	updateSchema: VersionedOrganisation,
	blank: () => ({ name: '', sector: 'ngo', country: 'PAK', public: false, ...blankProvenance }),
	describe: (row) => String(row['name']),
	create: (api, row) => api.organisations.create(OrganisationCreate.parse(row)),
	update: (api, row) => api.organisations.update(VersionedOrganisation.parse(row)),
	remove: (api, key) => api.organisations.delete(key)
};

export const membershipKind: EditKind = {
	id: 'membership',
	get fields(): Field[] {
		return membershipFields();
	},
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
	describe: (row) => m().edit.membership.describe(String(row['id'])),
	create: (api, row) => api.memberships.create(MembershipCreate.parse(row)),
	update: (api, row) => api.memberships.update(VersionedMembership.parse(row)),
	remove: (api, key) => api.memberships.delete(key)
};

export const eventKind: EditKind = {
	id: 'event',
	get fields(): Field[] {
		return eventFields();
	},
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
	id: 'participation',
	get fields(): Field[] {
		return participationFields();
	},
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
	describe: (row) => m().edit.participation.describe(String(row['id'])),
	create: (api, row) => api.participations.create(ParticipationCreate.parse(row)),
	update: (api, row) => api.participations.update(VersionedParticipation.parse(row)),
	remove: (api, key) => api.participations.delete(key)
};

export const contributionKind: EditKind = {
	id: 'contribution',
	get fields(): Field[] {
		return contributionFields();
	},
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
	id: 'reviewStep',
	get fields(): Field[] {
		return reviewStepFields();
	},
	createSchema: VersionedReviewStep,
	updateSchema: VersionedReviewStep,
	blank: () => ({}),
	describe: (row) =>
		(m().vocab.reviewStep as Partial<Record<string, string>>)[String(row['step'])] ??
		m().edit.reviewStep.describe,
	update: (api, row) => api.reviewSteps.update(VersionedReviewStep.parse(row))
};

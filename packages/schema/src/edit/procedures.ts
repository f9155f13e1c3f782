/**
 * The editing mutations (`organisations.create`, `events.update`, …) for the OpenAPI document,
 * with the very schemas their procedures use as `.input()` and `.output()`.
 */
import type * as z from 'zod';
import type { ReadProcedure } from '../openapi/read-procedures.ts';
import type { WriteProcedure } from '../openapi/write-procedures.ts';
import {
	ContributionCreate,
	Deleted,
	DeleteInput,
	EditByIdInput,
	EventCreate,
	MembershipCreate,
	OrganisationCreate,
	ParticipationCreate,
	ParticipationsOfEventInput,
	ReviewStepKeyInput,
	VersionedContribution,
	VersionedEvent,
	VersionedMembership,
	VersionedOrganisation,
	VersionedParticipation,
	VersionedParticipations,
	VersionedReviewStep
} from './edit-inputs.ts';

interface Editable {
	/** Router name, e.g. `organisations`. */
	path: string;
	/** Singular noun with its article, for the summaries. */
	noun: string;
	/** Component name stem, e.g. `Organisation`. */
	name: string;
	create: z.ZodType;
	versioned: z.ZodType;
}

const editables: Editable[] = [
	{
		path: 'organisations',
		noun: 'an organisation',
		name: 'Organisation',
		create: OrganisationCreate,
		versioned: VersionedOrganisation
	},
	{
		path: 'memberships',
		noun: 'a membership',
		name: 'Membership',
		create: MembershipCreate,
		versioned: VersionedMembership
	},
	{
		path: 'events',
		noun: 'an event',
		name: 'Event',
		create: EventCreate,
		versioned: VersionedEvent
	},
	{
		path: 'participations',
		noun: 'a participation',
		name: 'Participation',
		create: ParticipationCreate,
		versioned: VersionedParticipation
	},
	{
		path: 'contributions',
		noun: 'a contribution',
		name: 'Contribution',
		create: ContributionCreate,
		versioned: VersionedContribution
	}
];

const deleted = { name: 'Deleted', schema: Deleted };

function crud(e: Editable): WriteProcedure[] {
	const output = { name: `Versioned${e.name}`, schema: e.versioned };
	return [
		{
			path: `${e.path}.create`,
			summary: `Create ${e.noun} (editors): answers the row with version 1`,
			input: { name: `${e.name}Create`, schema: e.create },
			output
		},
		{
			path: `${e.path}.update`,
			summary: `Replace the editable fields of ${e.noun}, naming the version read (editors)`,
			input: { name: `${e.name}Update`, schema: e.versioned },
			output
		},
		{
			path: `${e.path}.delete`,
			summary: `Delete ${e.noun}, naming the version read, unless other rows depend on it (editors)`,
			input: { name: 'DeleteInput', schema: DeleteInput },
			output: deleted
		}
	];
}

export const editWriteProcedures: readonly WriteProcedure[] = [
	...editables.flatMap(crud),
	{
		path: 'reviewSteps.update',
		summary: "Set a review step's status and dates, naming the version read (editors)",
		input: { name: 'ReviewStepUpdate', schema: VersionedReviewStep },
		output: { name: 'VersionedReviewStep', schema: VersionedReviewStep }
	}
];

const byId = { name: 'EditByIdInput', schema: EditByIdInput };

/** The reads editors open a form with (editors only): each row with its version. */
export const editReadProcedures: readonly ReadProcedure[] = [
	...editables
		.filter((e) => e.path !== 'participations')
		.map((e) => ({
			path: `${e.path}.byId`,
			summary: `One row to edit: ${e.noun} with its version (editors)`,
			input: byId,
			output: { name: `Versioned${e.name}`, schema: e.versioned }
		})),
	{
		path: 'participations.ofEvent',
		summary: 'Every participation of one event with its version, to edit (editors)',
		input: { name: 'ParticipationsOfEventInput', schema: ParticipationsOfEventInput },
		output: { name: 'VersionedParticipations', schema: VersionedParticipations }
	},
	{
		path: 'reviewSteps.byKey',
		summary: "One step of a country's review of a cluster, with its version (editors)",
		input: { name: 'ReviewStepKeyInput', schema: ReviewStepKeyInput },
		output: { name: 'VersionedReviewStep', schema: VersionedReviewStep }
	}
];

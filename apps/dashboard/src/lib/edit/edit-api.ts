/** The editing calls (`organisations.*`, `events.*`, … over tRPC); tests pass their own. */
import type {
	ContributionCreate,
	DeleteInput,
	Deleted,
	EventCreate,
	MembershipCreate,
	OrganisationCreate,
	ParticipationCreate,
	ReviewStepKeyInput,
	VersionedContribution,
	VersionedEvent,
	VersionedMembership,
	VersionedOrganisation,
	VersionedParticipation,
	VersionedReviewStep
} from '@untoc-alliance/schema';
import { client } from '../trpc.ts';

/** Create, update and delete of one noun, and the read a form opens with. */
export interface Crud<TCreate, TRecord> {
	byId(id: number): Promise<TRecord>;
	create(input: TCreate): Promise<TRecord>;
	update(input: TRecord): Promise<TRecord>;
	delete(input: DeleteInput): Promise<Deleted>;
}

export interface EditApi {
	organisations: Crud<OrganisationCreate, VersionedOrganisation>;
	memberships: Crud<MembershipCreate, VersionedMembership>;
	events: Crud<EventCreate, VersionedEvent>;
	contributions: Crud<ContributionCreate, VersionedContribution>;
	participations: Omit<Crud<ParticipationCreate, VersionedParticipation>, 'byId'> & {
		ofEvent(eventId: number): Promise<VersionedParticipation[]>;
	};
	reviewSteps: {
		byKey(input: ReviewStepKeyInput): Promise<VersionedReviewStep>;
		update(input: VersionedReviewStep): Promise<VersionedReviewStep>;
	};
}

export const editApi: EditApi = {
	organisations: {
		byId: (id) => client.organisations.byId.query({ id }),
		create: (input) => client.organisations.create.mutate(input),
		update: (input) => client.organisations.update.mutate(input),
		delete: (input) => client.organisations.delete.mutate(input)
	},
	memberships: {
		byId: (id) => client.memberships.byId.query({ id }),
		create: (input) => client.memberships.create.mutate(input),
		update: (input) => client.memberships.update.mutate(input),
		delete: (input) => client.memberships.delete.mutate(input)
	},
	events: {
		byId: (id) => client.events.byId.query({ id }),
		create: (input) => client.events.create.mutate(input),
		update: (input) => client.events.update.mutate(input),
		delete: (input) => client.events.delete.mutate(input)
	},
	contributions: {
		byId: (id) => client.contributions.byId.query({ id }),
		create: (input) => client.contributions.create.mutate(input),
		update: (input) => client.contributions.update.mutate(input),
		delete: (input) => client.contributions.delete.mutate(input)
	},
	participations: {
		ofEvent: (eventId) => client.participations.ofEvent.query({ eventId }),
		create: (input) => client.participations.create.mutate(input),
		update: (input) => client.participations.update.mutate(input),
		delete: (input) => client.participations.delete.mutate(input)
	},
	reviewSteps: {
		byKey: (input) => client.reviewSteps.byKey.query(input),
		update: (input) => client.reviewSteps.update.mutate(input)
	}
};

/** What a failed edit call says: its HTTP status, its message, the fields at fault, the row now. */
export interface EditFailure {
	status: number | null;
	message: string;
	issues: { path: string; message: string }[];
	/** For a version conflict (409): the row as it is now. */
	current: Record<string, unknown> | null;
}

/** Reads a tRPC client error (or anything thrown) as an `EditFailure`. */
export function editFailure(error: unknown): EditFailure {
	const message = error instanceof Error ? error.message : String(error);
	const data =
		typeof error === 'object' && error !== null && 'data' in error
			? ((error as { data?: unknown }).data as {
					httpStatus?: number;
					issues?: { path: string; message: string }[];
					current?: Record<string, unknown>;
				} | null)
			: null;
	return {
		status: data?.httpStatus ?? null,
		message,
		issues: data?.issues ?? [],
		current: data?.current ?? null
	};
}

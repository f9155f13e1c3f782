/**
 * The editing mutations, one router per noun: `organisations`, `memberships`, `events`,
 * `participations`, `contributions` (each `create`, `update`, `delete`) and `reviewSteps.update`.
 * Editors and admins only (403 for anyone else). Each call is one write transaction with an audit
 * entry (see `edits` in the db package). Refusals become HTTP answers: a stale `version` 409
 * CONFLICT with the current row in `data.current`; a row others depend on 409 with a message; no
 * such row 404; a field naming a missing row 400 with `data.issues` like any bad input.
 */
import { TRPCError } from '@trpc/server';
import {
	EditConflict,
	EditInvalid,
	EditNotFound,
	EditRefused,
	editReads,
	edits,
	type Database,
	type EditActor
} from '@untoc-alliance/db';
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
	VersionedReviewStep,
	type SessionUser
} from '@untoc-alliance/schema';
import * as z from 'zod';
import { editorProcedure, router } from '../trpc.ts';

/** Runs an edit, turning its refusals into tRPC errors (anything else stays a 500). */
async function editing<TResult>(run: () => Promise<TResult>): Promise<TResult> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof EditConflict)
			throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
		if (error instanceof EditRefused)
			throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
		if (error instanceof EditNotFound)
			throw new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
		if (error instanceof EditInvalid) {
			const issue = {
				code: 'custom' as const,
				path: error.path,
				message: error.message,
				input: undefined
			};
			throw new TRPCError({ code: 'BAD_REQUEST', cause: new z.ZodRealError([issue]) });
		}
		throw error;
	}
}

/** The row, or a 404 naming what is missing. */
function found<TRow>(row: TRow | undefined, what: string): TRow {
	if (row === undefined) throw new TRPCError({ code: 'NOT_FOUND', message: `No ${what}` });
	return row;
}

/** `byId`: the row to edit, with its version (editors only; never cached). */
function byId<TRecord extends z.ZodType>(
	versioned: TRecord,
	noun: string,
	read: (db: Database, id: number) => Promise<z.output<TRecord> | undefined>
) {
	return editorProcedure
		.input(EditByIdInput)
		.output(versioned)
		.query(
			async ({ ctx, input }) =>
				found(await read(ctx.db, input.id), `${noun} with id ${input.id}`) as never
		);
}

function actor(user: SessionUser): EditActor {
	return { userId: user.id };
}

interface Crud<TCreate, TRecord> {
	create(db: Database, actor: EditActor, value: TCreate): Promise<TRecord>;
	update(db: Database, actor: EditActor, value: TRecord): Promise<TRecord>;
	delete(db: Database, actor: EditActor, value: DeleteInput): Promise<Deleted>;
}

/**
 * `create`, `update` and `delete` of one noun. (`as never`: the db layer answers exactly the
 * output of `versioned`, which TypeScript cannot see through the generic parameter.)
 */
function crud<TCreate extends z.ZodType, TRecord extends z.ZodType>(
	schemas: { create: TCreate; versioned: TRecord },
	write: Crud<z.output<TCreate>, z.output<TRecord>>
) {
	return {
		create: editorProcedure
			.input(schemas.create)
			.output(schemas.versioned)
			.mutation(
				({ ctx, input }) =>
					editing(() => write.create(ctx.db, actor(ctx.user), input as z.output<TCreate>)) as never
			),
		update: editorProcedure
			.input(schemas.versioned)
			.output(schemas.versioned)
			.mutation(
				({ ctx, input }) =>
					editing(() => write.update(ctx.db, actor(ctx.user), input as z.output<TRecord>)) as never
			),
		delete: editorProcedure
			.input(DeleteInput)
			.output(Deleted)
			.mutation(({ ctx, input }) => editing(() => write.delete(ctx.db, actor(ctx.user), input)))
	};
}

export const organisationsRouter = router({
	byId: byId(VersionedOrganisation, 'organisation', editReads.organisation),
	...crud({ create: OrganisationCreate, versioned: VersionedOrganisation }, edits.organisations)
});
export const membershipsRouter = router({
	byId: byId(VersionedMembership, 'membership', editReads.membership),
	...crud({ create: MembershipCreate, versioned: VersionedMembership }, edits.memberships)
});
export const eventsRouter = router({
	byId: byId(VersionedEvent, 'event', editReads.event),
	...crud({ create: EventCreate, versioned: VersionedEvent }, edits.events)
});
export const participationsRouter = router({
	ofEvent: editorProcedure
		.input(ParticipationsOfEventInput)
		.output(VersionedParticipations)
		.query(({ ctx, input }) => editReads.participationsOfEvent(ctx.db, input.eventId)),
	...crud({ create: ParticipationCreate, versioned: VersionedParticipation }, edits.participations)
});
export const contributionsRouter = router({
	byId: byId(VersionedContribution, 'contribution', editReads.contribution),
	...crud({ create: ContributionCreate, versioned: VersionedContribution }, edits.contributions)
});
export const reviewStepsRouter = router({
	byKey: editorProcedure
		.input(ReviewStepKeyInput)
		.output(VersionedReviewStep)
		.query(async ({ ctx, input }) =>
			found(
				await editReads.reviewStep(ctx.db, input),
				`step ${input.step} in the review of ${input.country}, cluster ${input.cluster}`
			)
		),
	update: editorProcedure
		.input(VersionedReviewStep)
		.output(VersionedReviewStep)
		.mutation(({ ctx, input }) =>
			editing(() => edits.reviewSteps.update(ctx.db, actor(ctx.user), input))
		)
});

/**
 * What editors send and get back, derived from the entity schemas so that the dashboard's forms
 * and the API check the same rules with the same messages:
 * - create: the entity without `id` (the database assigns it; the row starts at version 1);
 * - update: the full editable record with its `id` and the `version` that was read (not a patch:
 *   the form always holds the whole record, and a conflict compares whole records);
 * - delete: `{ id, version }`;
 * - every write answers with the row as written, carrying its new `version`.
 * Review steps have no id of their own: they are keyed by `reviewId` and `step`, and only updated.
 */
import * as z from 'zod';
import { RowVersion } from '../account.ts';
import { Contribution } from '../contribution.ts';
import { ReviewStep } from '../country-review.ts';
import { EngagementEvent } from '../engagement-event.ts';
import { Membership } from '../membership.ts';
import { Organisation } from '../organisation.ts';
import { Participation } from '../participation.ts';
import { CountryCode } from '../countries.ts';
import { ClusterId } from '../reference/clusters.ts';
import { Id } from '../scalars.ts';
import { ReviewStepCode } from '../vocabulary.ts';

const version = RowVersion;

/**
 * The entity without its `id`, keeping its cross-field rules (zod cannot `.omit()` a refined
 * object, so the shape is rebuilt and the same checks are attached again).
 */
function withoutId<TShape extends z.core.$ZodLooseShape & { id: typeof Id }>(
	entity: z.ZodObject<TShape>
): z.ZodObject<Omit<TShape, 'id'>> {
	const { id: _id, ...shape } = entity.shape;
	const rebuilt = z.object(shape);
	const checks = (entity._zod.def.checks ?? []) as z.core.$ZodCheck<z.output<typeof rebuilt>>[];
	return checks.length > 0 ? rebuilt.check(...checks) : rebuilt;
}

export const OrganisationCreate = withoutId(Organisation);
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;
/** An organisation with its row version: the update input and every write's answer. */
export const VersionedOrganisation = Organisation.safeExtend({ version });
export type VersionedOrganisation = z.infer<typeof VersionedOrganisation>;

export const MembershipCreate = withoutId(Membership);
export type MembershipCreate = z.infer<typeof MembershipCreate>;
export const VersionedMembership = Membership.safeExtend({ version });
export type VersionedMembership = z.infer<typeof VersionedMembership>;

export const EventCreate = withoutId(EngagementEvent);
export type EventCreate = z.infer<typeof EventCreate>;
export const VersionedEvent = EngagementEvent.safeExtend({ version });
export type VersionedEvent = z.infer<typeof VersionedEvent>;

export const ParticipationCreate = withoutId(Participation);
export type ParticipationCreate = z.infer<typeof ParticipationCreate>;
export const VersionedParticipation = Participation.safeExtend({ version });
export type VersionedParticipation = z.infer<typeof VersionedParticipation>;

export const ContributionCreate = withoutId(Contribution);
export type ContributionCreate = z.infer<typeof ContributionCreate>;
export const VersionedContribution = Contribution.safeExtend({ version });
export type VersionedContribution = z.infer<typeof VersionedContribution>;

/** A review step with the review it belongs to and its row version (review steps are updated only). */
export const VersionedReviewStep = ReviewStep.safeExtend({
	reviewId: Id.meta({ description: 'Id of the country review (country and cluster)' }),
	version
});
export type VersionedReviewStep = z.infer<typeof VersionedReviewStep>;

/** Deleting a row: its id and the version that was read. */
export const DeleteInput = z.object({
	id: Id.meta({ description: 'Row id' }),
	version
});
export type DeleteInput = z.infer<typeof DeleteInput>;

/** The answer of a delete. */
export const Deleted = z.object({ id: Id.meta({ description: 'Row id of the deleted row' }) });
export type Deleted = z.infer<typeof Deleted>;

/** The nouns editors write, as the API's routers and the audit log name them. */
export const editEntities = [
	'organisations',
	'memberships',
	'events',
	'participations',
	'reviewSteps',
	'contributions'
] as const;
export type EditEntity = (typeof editEntities)[number];

/** Input of the `byId` reads of the editing routers. */
export const EditByIdInput = z.strictObject({ id: Id.meta({ description: 'Row id' }) });
export type EditByIdInput = z.infer<typeof EditByIdInput>;

/** Input of `participations.ofEvent`. */
export const ParticipationsOfEventInput = z.strictObject({
	eventId: Id.meta({ description: 'Event id' })
});
export type ParticipationsOfEventInput = z.infer<typeof ParticipationsOfEventInput>;

/** Every participation of one event, as editors edit them. */
export const VersionedParticipations = z.array(VersionedParticipation).max(2_000);
export type VersionedParticipations = z.infer<typeof VersionedParticipations>;

/** Input of `reviewSteps.byKey`: the country's review of a cluster, and the step. */
export const ReviewStepKeyInput = z.strictObject({
	country: CountryCode.meta({ description: 'Country under review' }),
	cluster: ClusterId.meta({ description: 'Cluster under review' }),
	step: ReviewStepCode.meta({ description: 'Step of the review' })
});
export type ReviewStepKeyInput = z.infer<typeof ReviewStepKeyInput>;

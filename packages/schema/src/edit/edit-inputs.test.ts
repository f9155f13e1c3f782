import { describe, expect, test } from 'vitest';
import {
	DeleteInput,
	EventCreate,
	MembershipCreate,
	OrganisationCreate,
	ParticipationCreate,
	VersionedMembership,
	VersionedOrganisation,
	VersionedReviewStep
} from './edit-inputs.ts';

const provenance = { verified: false, synthetic: false, sourceUrl: null };
const organisation = { name: 'Lahore Legal Aid', sector: 'legal', country: 'PAK', public: true };
const membership = {
	alliance: 'PAK',
	organisationId: 1,
	role: 'member',
	joinedOn: '2024-01-02',
	leftOn: null,
	regions: [],
	themes: [],
	...provenance
};

function messages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('edit inputs', () => {
	test('create takes the entity without id and drops an id that is sent', () => {
		const parsed = OrganisationCreate.parse({ ...organisation, ...provenance, id: 7 });
		expect(parsed).toEqual({ ...organisation, ...provenance });
		expect(
			messages(OrganisationCreate.safeParse({ ...organisation, ...provenance, name: ' ' }))
		).toEqual(['name: Too small: expected string to have >=1 characters']);
	});

	test('create keeps the cross-field rules of the entity, with its messages', () => {
		const ended = { ...membership, leftOn: '2023-12-31' };
		expect(messages(MembershipCreate.safeParse(ended))).toEqual([
			'leftOn: A membership cannot end before it begins'
		]);
		const event = {
			alliance: 'PAK',
			type: 'consultation',
			title: 'Consultation',
			startDate: '2024-05-02',
			endDate: '2024-05-01',
			format: 'in_person',
			city: null,
			country: null,
			region: null,
			clusters: [],
			themes: [],
			participantsReported: null,
			...provenance
		};
		expect(messages(EventCreate.safeParse(event))).toEqual([
			'endDate: An event cannot end before it starts'
		]);
		const participation = {
			eventId: 1,
			organisationId: null,
			side: 'government',
			sector: 'ngo',
			participants: 2,
			organiser: false,
			...provenance
		};
		expect(messages(ParticipationCreate.safeParse(participation))).toEqual([
			'sector: A sector is given for civil-society participants and only for them'
		]);
	});

	test('update is the full record with id and the version read', () => {
		const row = { id: 3, version: 2, ...organisation, ...provenance };
		expect(VersionedOrganisation.parse(row)).toEqual(row);
		expect(messages(VersionedOrganisation.safeParse({ ...row, version: 0 }))).toEqual([
			'version: Too small: expected number to be >0'
		]);
		expect(messages(VersionedOrganisation.safeParse({ ...row, version: undefined }))).toHaveLength(
			1
		);
		const ended = { ...membership, id: 1, version: 1, leftOn: '2023-12-31' };
		expect(messages(VersionedMembership.safeParse(ended))).toEqual([
			'leftOn: A membership cannot end before it begins'
		]);
	});

	test('a review step is keyed by review and step, with its rules', () => {
		const step = {
			reviewId: 4,
			step: 'self_assessment',
			status: 'in_progress',
			startedOn: '2024-01-01',
			completedOn: '2024-02-01',
			version: 1,
			...provenance
		};
		expect(messages(VersionedReviewStep.safeParse(step))).toEqual([
			'completedOn: Only a completed step has a completion date'
		]);
		expect(VersionedReviewStep.parse({ ...step, status: 'completed' })).toMatchObject({
			reviewId: 4,
			version: 1
		});
	});

	test('delete names the id and the version', () => {
		expect(DeleteInput.parse({ id: 1, version: 3 })).toEqual({ id: 1, version: 3 });
		expect(messages(DeleteInput.safeParse({ id: 1 }))).toHaveLength(1);
	});
});

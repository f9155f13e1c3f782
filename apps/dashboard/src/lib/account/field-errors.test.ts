import english from '@untoc-alliance/i18n/catalogues/en';
import { NewUserInput, SignInInput, VersionedReviewStep } from '@untoc-alliance/schema';
import { afterEach, describe, expect, test } from 'vitest';
import type * as z from 'zod';
import { eventKind, membershipKind, participationKind } from '../edit/edit-kinds.ts';
import { i18n } from '../i18n.svelte.ts';
import { fieldErrors, zodFieldErrors } from './field-errors.ts';

afterEach(() => i18n.use('en'));

/** The field errors of `input` under `schema` (which must reject it). */
function errorsOf(schema: z.ZodType, input: unknown) {
	const parsed = schema.safeParse(input);
	if (parsed.success) throw new Error('the input was accepted');
	return zodFieldErrors(parsed.error);
}

const step = {
	reviewId: 1,
	version: 1,
	step: 'experts',
	status: 'in_progress',
	startedOn: null,
	completedOn: '2024-01-31',
	verified: false,
	synthetic: false,
	sourceUrl: null
};
const lateEvent = {
	...eventKind.blank(),
	title: 'T',
	startDate: '2024-02-02',
	endDate: '2024-01-01'
};
const lateMembership = {
	...membershipKind.blank(),
	organisationId: 1,
	joinedOn: '2024-02-02',
	leftOn: '2024-01-01'
};
const governmentWithSector = { ...participationKind.blank(), eventId: 1, side: 'government' };

describe('field errors', () => {
	test("the catalogue's English rules are the schema's own texts, word for word", () => {
		const rules = english.messages.edit.rules;
		expect(errorsOf(VersionedReviewStep, step)['completedOn']).toBe(
			rules.completedOnlyWhenCompleted
		);
		expect(
			errorsOf(VersionedReviewStep, {
				...step,
				status: 'completed',
				startedOn: '2024-02-01'
			})['completedOn']
		).toBe(rules.completedBeforeStarted);
		expect(errorsOf(eventKind.createSchema, lateEvent)['endDate']).toBe(rules.eventEndsBeforeStart);
		expect(errorsOf(membershipKind.createSchema, lateMembership)['leftOn']).toBe(
			rules.membershipEndsBeforeStart
		);
		expect(errorsOf(participationKind.createSchema, governmentWithSector)['sector']).toBe(
			rules.sectorOnlyForCivilSociety
		);
		expect(
			errorsOf(VersionedReviewStep, { ...step, status: 'completed', completedOn: '1900-01-01' })[
				'completedOn'
			]
		).toBe(rules.recordDateRange);
	});

	test("English keeps the schema's messages; Urdu says them in Urdu", async () => {
		const signIn = { email: 'nope', password: '' };
		const user = { name: '', email: 'a@example.org', role: 'analyst', password: 'short' };
		expect(errorsOf(SignInInput, signIn)).toEqual({
			email: 'Not an e-mail address',
			password: 'Enter the password'
		});
		expect(errorsOf(NewUserInput, user)['password']).toBe('Use at least 12 characters');
		await i18n.use('ur');
		expect(errorsOf(SignInInput, signIn)).toEqual({
			email: 'یہ ای میل پتہ نہیں ہے',
			password: 'یہ خانہ خالی نہیں رہ سکتا'
		});
		expect(errorsOf(NewUserInput, user)['password']).toBe('کم از کم 12 حروف درج کریں');
		expect(errorsOf(eventKind.createSchema, lateEvent)['endDate']).toBe(
			'کوئی تقریب شروع ہونے سے پہلے ختم نہیں ہو سکتی'
		);
	});

	test("the server's messages stay as it sends them, the first of each field", async () => {
		await i18n.use('ur');
		const issues = [
			{ path: 'name', message: 'Organisation 9 in PAK has this name' },
			{ path: ['name'], message: 'second' },
			{ path: 'regions[2]', message: 'Unknown region' }
		];
		expect(fieldErrors(issues)).toEqual({
			name: 'Organisation 9 in PAK has this name',
			regions: 'Unknown region'
		});
	});
});

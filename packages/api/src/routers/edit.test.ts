import { TRPCError } from '@trpc/server';
import { createUser, type Database } from '@untoc-alliance/db';
import type { SessionUser, VersionedOrganisation } from '@untoc-alliance/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, errorShapeOf, openDemoDatabase, testAnalyst } from '../test-context.ts';
import { cookieAuthenticate, sessionCookieFor, startApi } from '../test-http.ts';

let editor: SessionUser;
let admin: SessionUser;
const provenance = { verified: false, synthetic: false, sourceUrl: null };
const newOrganisation = {
	name: 'Quetta Women Lawyers',
	sector: 'legal',
	country: 'PAK',
	public: true,
	...provenance
} as const;

let db: Database;
beforeAll(async () => {
	db = await openDemoDatabase();
	// Audit entries reference their user: the signed-in users exist in the database.
	for (const role of ['editor', 'admin'] as const) {
		const user = { email: `${role}@example.org`, name: `Test ${role}`, role };
		const { id } = await createUser(db, { ...user, password: 'correct horse battery staple' });
		if (role === 'editor') editor = { id, ...user };
		else admin = { id, ...user };
	}
});
afterAll(() => db.close());

/** The audit entries of one organisation. */
async function audit(entityId: number) {
	return db.kysely
		.selectFrom('audit_log')
		.selectAll()
		.where('entity', '=', 'organisations')
		.where('entity_id', '=', String(entityId))
		.orderBy('id')
		.execute();
}

async function readOrganisation(id: number): Promise<VersionedOrganisation> {
	const row = await db.kysely
		.selectFrom('organisations')
		.select([
			'id',
			'name',
			'sector',
			'country',
			'public',
			'verified',
			'synthetic',
			'source_url',
			'version'
		])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	return {
		id: row.id,
		name: row.name,
		sector: row.sector as VersionedOrganisation['sector'],
		country: row.country,
		public: row.public === 1,
		verified: row.verified === 1,
		synthetic: row.synthetic === 1,
		sourceUrl: row.source_url,
		version: row.version
	};
}

describe('who may edit', () => {
	it.each([
		['anonymous', null, 'You are not signed in: sign in as an editor.'],
		['an analyst', testAnalyst, 'Your role (analyst) may not do this: sign in as an editor.']
	])('%s gets 403 and nothing is written', async (_who, user, message) => {
		const before = await db.kysely.selectFrom('audit_log').select('id').execute();
		const shape = await errorShapeOf(callerFor(db, { user }).organisations.create(newOrganisation));
		expect(shape.data).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
		expect(shape.message).toBe(message);
		const row = await readOrganisation(1);
		await expect(
			callerFor(db, { user }).organisations.update({ ...row, name: 'Renamed' })
		).rejects.toBeInstanceOf(TRPCError);
		expect(await db.kysely.selectFrom('audit_log').select('id').execute()).toEqual(before);
		expect((await readOrganisation(1)).name).toBe(row.name);
	});

	it('an editor creates, updates and deletes, each with an audit entry naming them', async () => {
		const api = callerFor(db, { user: editor });
		const created = await api.organisations.create(newOrganisation);
		expect(created).toMatchObject({ ...newOrganisation, version: 1 });
		const updated = await api.organisations.update({ ...created, public: false });
		expect(updated).toEqual({ ...created, public: false, version: 2 });
		expect(await api.organisations.delete({ id: created.id, version: 2 })).toEqual({
			id: created.id
		});
		const entries = await audit(created.id);
		expect(entries.map((e) => [e.user_id, e.action, e.entity])).toEqual([
			[editor.id, 'create', 'organisations'],
			[editor.id, 'update', 'organisations'],
			[editor.id, 'delete', 'organisations']
		]);
		expect(JSON.parse(entries[1]?.before ?? '')).toEqual(created);
		expect(JSON.parse(entries[1]?.after ?? '')).toEqual(updated);
		expect(entries[2]?.after).toBeNull();
		expect(entries[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
	});

	it('an admin may edit too', async () => {
		const row = await readOrganisation(2);
		const updated = await callerFor(db, { user: admin }).organisations.update(row);
		expect(updated.version).toBe(row.version + 1);
	});
});

describe('refusals', () => {
	it('a stale version is a 409 CONFLICT carrying the current row', async () => {
		const api = callerFor(db, { user: editor });
		const row = await readOrganisation(3);
		const current = await api.organisations.update({ ...row, name: `${row.name} (renamed)` });
		const shape = await errorShapeOf(api.organisations.update({ ...row, name: 'Mine' }));
		expect(shape.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409, current });
		expect(shape.message).toMatch(/changed this organisation since you opened it/);
		expect((await readOrganisation(3)).name).toBe(current.name);
	});

	it('an unknown id is a 404, a row others depend on a 409 with a message', async () => {
		const api = callerFor(db, { user: editor });
		const missing = await errorShapeOf(api.organisations.delete({ id: 999_999, version: 1 }));
		expect(missing.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
		const used = await readOrganisation(1);
		const refused = await errorShapeOf(api.organisations.delete({ id: 1, version: used.version }));
		expect(refused.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409 });
		expect(refused.data.current).toBeUndefined();
		expect(refused.message).toMatch(/^This organisation still has \d+ memberships?/);
	});

	it('bad input and missing references are 400s naming the field', async () => {
		const api = callerFor(db, { user: editor });
		const bad = await errorShapeOf(api.organisations.create({ ...newOrganisation, name: '' }));
		expect(bad.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
		expect(bad.data.issues?.map((i) => i.path)).toEqual(['name']);
		const member = {
			alliance: 'PAK',
			organisationId: 999_999,
			role: 'member' as const,
			joinedOn: '2024-01-01',
			leftOn: null,
			regions: [],
			themes: [],
			...provenance
		};
		const missing = await errorShapeOf(api.memberships.create(member));
		expect(missing.data.issues).toEqual([
			{ path: 'organisationId', message: 'No organisation with id 999999' }
		]);
		expect(missing.message).toBe('organisationId: No organisation with id 999999');
	});
});

describe('every editable noun', () => {
	it('participations, events, memberships, contributions and review steps round-trip', async () => {
		const api = callerFor(db, { user: editor });
		const event = await api.events.create({
			alliance: 'PAK',
			type: 'workshop',
			title: 'Editing workshop',
			startDate: '2025-03-04',
			endDate: null,
			format: 'online',
			city: null,
			country: 'PAK',
			region: null,
			clusters: [1],
			themes: ['drugs'],
			participantsReported: null,
			...provenance
		});
		const taking = await api.participations.create({
			eventId: event.id,
			organisationId: 1,
			side: 'civil_society',
			sector: 'ngo',
			participants: 4,
			organiser: true,
			...provenance
		});
		const detail = await api.engagement.eventById({ id: event.id });
		expect(detail).toMatchObject({ id: event.id });
		const changed = await api.participations.update({ ...taking, participants: 6 });
		expect(changed.version).toBe(2);
		const refused = await errorShapeOf(api.events.delete({ id: event.id, version: 1 }));
		expect(refused.message).toBe('This event still has 1 participant row: remove them first');
		await api.participations.delete({ id: taking.id, version: 2 });
		await api.events.delete({ id: event.id, version: 1 });
		const organisation = await api.organisations.create({ ...newOrganisation, name: 'Member Org' });
		const membership = await api.memberships.create({
			alliance: 'PAK',
			organisationId: organisation.id,
			role: 'member',
			joinedOn: '2025-01-01',
			leftOn: null,
			regions: ['PK-PB'],
			themes: ['firearms'],
			...provenance
		});
		expect((await api.memberships.update({ ...membership, leftOn: '2025-06-30' })).leftOn).toBe(
			'2025-06-30'
		);
		const contribution = await api.contributions.create({
			country: 'PAK',
			cluster: null,
			type: 'parallel_report',
			title: 'Shadow report',
			date: '2025-02-02',
			organisationIds: [organisation.id],
			...provenance
		});
		expect(contribution.organisationIds).toEqual([organisation.id]);
		const step = await db.kysely
			.selectFrom('review_steps')
			.selectAll()
			.orderBy('review_id')
			.limit(1)
			.executeTakeFirstOrThrow();
		const edited = await api.reviewSteps.update({
			reviewId: step.review_id,
			step: step.step as 'focal_point',
			status: 'in_progress',
			startedOn: '2024-01-01',
			completedOn: null,
			...provenance,
			version: step.version
		});
		expect(edited).toMatchObject({ status: 'in_progress', version: step.version + 1 });
	});
});

describe('reads to open a form with', () => {
	it('answer the row with its version to editors, 403 to analysts, 404 when missing', async () => {
		const api = callerFor(db, { user: editor });
		expect(await api.organisations.byId({ id: 6 })).toEqual(await readOrganisation(6));
		const missing = await errorShapeOf(api.events.byId({ id: 999_999 }));
		expect(missing.data.httpStatus).toBe(404);
		const denied = await errorShapeOf(
			callerFor(db, { user: testAnalyst }).organisations.byId({ id: 6 })
		);
		expect(denied.data.httpStatus).toBe(403);
		const event = await api.events.byId({ id: 1 });
		const rows = await api.participations.ofEvent({ eventId: 1 });
		expect(rows.every((p) => p.eventId === event.id && p.version >= 1)).toBe(true);
		const step = await api.reviewSteps.byKey({ country: 'PAK', cluster: 1, step: 'focal_point' });
		expect(step.step).toBe('focal_point');
		expect(step.version).toBeGreaterThanOrEqual(1);
	});
});

describe('two editors over HTTP', () => {
	it('updating the same row at once: exactly one 200, one 409, one audit entry', async () => {
		const api = await startApi(db, '2026-11-28', { authenticate: cookieAuthenticate(db) });
		try {
			const [first, second] = [
				await sessionCookieFor(db, 'editor'),
				await sessionCookieFor(db, 'editor')
			];
			const row = await readOrganisation(4);
			const answers = await Promise.all([
				api.post('organisations.update', { ...row, name: 'First editor' }, { Cookie: first }),
				api.post('organisations.update', { ...row, name: 'Second editor' }, { Cookie: second })
			]);
			expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
			const won = answers.find((a) => a.status === 200)?.data as VersionedOrganisation;
			const lost = answers.find((a) => a.status === 409);
			expect(lost?.error?.data.current).toEqual(won);
			expect(won.version).toBe(row.version + 1);
			expect(await audit(4)).toHaveLength(1);
			const analyst = await sessionCookieFor(db, 'analyst');
			const denied = await api.post('organisations.update', won, { Cookie: analyst });
			expect(denied.status).toBe(403);
		} finally {
			await api.close();
		}
	});
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../database.ts';
import { openFixture } from '../../testing/open-fixture.ts';
import { dataVersion } from '../data-version.ts';
import { edits } from './edit.ts';
import { EditConflict, EditInvalid, EditNotFound, EditRefused } from './errors.ts';

const editor = { userId: null, at: new Date('2026-11-28T10:00:00.000Z') };
const provenance = { verified: false, synthetic: false, sourceUrl: null };

let db: Database;
beforeEach(async () => {
	db = await openFixture();
});
afterEach(() => db.close());

async function auditRows() {
	return db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

async function failure(call: Promise<unknown>): Promise<unknown> {
	return call.then(
		() => {
			throw new Error('Expected the edit to fail');
		},
		(e: unknown) => e
	);
}

describe('edits.organisations', () => {
	it('creates at version 1, updates to version 2, with an audit entry for each', async () => {
		const before = await dataVersion(db);
		const created = await edits.organisations.create(db, editor, {
			name: 'Karachi Legal Aid',
			sector: 'legal',
			country: 'PAK',
			public: true,
			...provenance
		});
		expect(created).toMatchObject({ name: 'Karachi Legal Aid', version: 1 });
		const updated = await edits.organisations.update(db, editor, {
			...created,
			name: 'Karachi Legal Aid Society'
		});
		expect(updated).toEqual({ ...created, name: 'Karachi Legal Aid Society', version: 2 });
		const audit = await auditRows();
		expect(audit.map((a) => [a.action, a.entity, a.entity_id])).toEqual([
			['create', 'organisations', String(created.id)],
			['update', 'organisations', String(created.id)]
		]);
		expect(audit[0]).toMatchObject({ before: null, at: '2026-11-28T10:00:00.000Z' });
		expect(JSON.parse(audit[1]?.before ?? 'null')).toEqual(created);
		expect(JSON.parse(audit[1]?.after ?? 'null')).toEqual(updated);
		expect(await dataVersion(db)).toBe(before + 2);
	});

	it('refuses a stale version with the current row, and writes nothing', async () => {
		const current = await edits.organisations.update(db, editor, {
			id: 1,
			name: 'Alpha renamed',
			sector: 'ngo',
			country: 'PAK',
			public: true,
			verified: true,
			synthetic: false,
			sourceUrl: null,
			version: 1
		});
		const audited = (await auditRows()).length;
		const version = await dataVersion(db);
		const error = await failure(
			edits.organisations.update(db, editor, { ...current, name: 'Alpha again', version: 1 })
		);
		expect(error).toBeInstanceOf(EditConflict);
		expect((error as EditConflict).current).toEqual(current);
		expect((await auditRows()).length).toBe(audited);
		expect(await dataVersion(db)).toBe(version);
	});

	it('keeps member_facts in step with a renamed organisation', async () => {
		const facts = await db.kysely.selectFrom('member_facts').selectAll().execute();
		const mine = facts.find((f) => f.membership_id === 1);
		const [org] = await db.kysely
			.selectFrom('organisations')
			.selectAll()
			.where('id', '=', 1)
			.execute();
		await edits.organisations.update(db, editor, {
			id: 1,
			name: 'Zeta Zentrum',
			sector: 'media',
			country: 'PAK',
			public: true,
			verified: true,
			synthetic: true,
			sourceUrl: null,
			version: org?.version ?? 1
		});
		const after = await db.kysely
			.selectFrom('member_facts')
			.selectAll()
			.where('membership_id', '=', 1)
			.executeTakeFirstOrThrow();
		expect(after).toEqual({
			...mine,
			name: 'Zeta Zentrum',
			name_key: 'zeta zentrum',
			sector: 'media',
			synthetic: 1
		});
	});

	it('refuses to delete an organisation other rows depend on, and deletes one without', async () => {
		const error = await failure(edits.organisations.delete(db, editor, { id: 1, version: 1 }));
		expect(error).toBeInstanceOf(EditRefused);
		expect((error as Error).message).toMatch(/still has 1 membership, \d+ participations?/);
		const lone = await edits.organisations.create(db, editor, {
			name: 'Lone',
			sector: 'youth',
			country: 'MEX',
			public: false,
			...provenance
		});
		await expect(
			edits.organisations.delete(db, editor, { id: lone.id, version: 1 })
		).resolves.toEqual({ id: lone.id });
		const gone = await failure(edits.organisations.delete(db, editor, { id: lone.id, version: 1 }));
		expect(gone).toBeInstanceOf(EditNotFound);
		const audit = await auditRows();
		expect(audit.at(-1)).toMatchObject({ action: 'delete', after: null });
	});
});

describe('references the schema cannot check', () => {
	it('names the field of an organisation or event that does not exist', async () => {
		const membership = {
			alliance: 'PAK',
			organisationId: 999,
			role: 'member' as const,
			joinedOn: '2024-01-01',
			leftOn: null,
			regions: [],
			themes: [],
			...provenance
		};
		const error = await failure(edits.memberships.create(db, editor, membership));
		expect(error).toBeInstanceOf(EditInvalid);
		expect(error).toMatchObject({
			path: ['organisationId'],
			message: 'No organisation with id 999'
		});
		const contribution = await failure(
			edits.contributions.create(db, editor, {
				country: 'PAK',
				cluster: null,
				type: 'parallel_report',
				title: 'Report',
				date: '2024-01-01',
				organisationIds: [1, 998],
				...provenance
			})
		);
		expect(contribution).toMatchObject({ path: ['organisationIds', 1] });
		expect((await auditRows()).length).toBe(0);
	});
});

describe('edits.reviewSteps', () => {
	it('updates a step by review and step code, with version and audit', async () => {
		const step = {
			reviewId: 1,
			step: 'written_feedback' as const,
			status: 'completed' as const,
			startedOn: '2023-06-01',
			completedOn: '2023-09-01',
			verified: true,
			synthetic: false,
			sourceUrl: null,
			version: 1
		};
		expect(await edits.reviewSteps.update(db, editor, step)).toEqual({ ...step, version: 2 });
		const error = await failure(edits.reviewSteps.update(db, editor, step));
		expect(error).toBeInstanceOf(EditConflict);
		expect((await auditRows()).map((a) => a.entity_id)).toEqual(['1/written_feedback']);
	});
});

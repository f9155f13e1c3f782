/**
 * The 100,000-row import: how long it takes (printed), and that a process killed with SIGKILL in
 * the middle of its write transaction leaves the database exactly as it was. SQLite only: the
 * second test kills a process holding a SQLite file.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImportCsv } from '@untoc-alliance/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../database.ts';
import { fixtureDataset } from '../testing/fixture.ts';
import { openFixture } from '../testing/open-fixture.ts';
import { dataVersion } from '../write/data-version.ts';
import { loadDataset } from '../write/load-dataset.ts';
import { largeMembersCsv } from './large-file.ts';
import { runImport } from './run-import.ts';

const rows = 100_000;

async function counts(db: Database) {
	const n = async (
		table: 'organisations' | 'memberships' | 'membership_themes' | 'member_facts' | 'audit_log'
	) =>
		Number(
			(
				await db.kysely
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		organisations: await n('organisations'),
		memberships: await n('memberships'),
		themes: await n('membership_themes'),
		memberFacts: await n('member_facts'),
		audit: await n('audit_log'),
		version: await dataVersion(db)
	};
}

describe('a 100,000-row members file', () => {
	test(
		'commits in one transaction, then re-imports as unchanged',
		{ timeout: 180_000 },
		async () => {
			const db = await openFixture();
			const before = await counts(db);
			const text = largeMembersCsv(rows);
			const started = performance.now();
			const file = readImportCsv('members', text);
			const read = performance.now();
			const phases: string[] = [];
			const result = await runImport(db, {
				file,
				mode: 'commit',
				userId: null,
				fileName: 'large.csv',
				onProgress: (phase) => {
					if (phases.at(-1) !== phase) phases.push(phase);
					return Promise.resolve();
				}
			});
			const done = performance.now();
			console.log(
				`100k-row import: read+check ${Math.round(read - started)} ms, plan+write ${Math.round(done - read)} ms`
			);
			expect(result.errorCount).toBe(0);
			expect(result.committed).toBe(true);
			expect(phases).toEqual(['checking', 'writing']);
			expect(await counts(db)).toEqual({
				organisations: before.organisations + rows,
				memberships: before.memberships + rows,
				themes: before.themes + 2 * rows,
				memberFacts: before.memberFacts + rows,
				audit: before.audit + 1,
				version: before.version + 1
			});
			const again = await runImport(db, {
				file,
				mode: 'preview',
				userId: null,
				fileName: 'large.csv'
			});
			expect(again.counts.map((c) => c.unchanged)).toEqual([rows, rows]);
			await db.close();
		}
	);
});

describe('SIGKILL in the middle of a large import (SQLite file)', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'untoc-kill-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test(
		'leaves the database exactly as it was before the import',
		{ timeout: 180_000 },
		async () => {
			const path = join(dir, 'kill.sqlite');
			const seeded = await openDatabase({ path });
			await loadDataset(seeded, fixtureDataset());
			const before = await counts(seeded);
			await seeded.close();

			const child = spawn(
				process.execPath,
				[
					'--import',
					'tsx',
					fileURLToPath(new URL('./import-child.ts', import.meta.url)),
					path,
					String(rows)
				],
				{
					cwd: fileURLToPath(new URL('../..', import.meta.url)),
					stdio: ['ignore', 'pipe', 'inherit']
				}
			);
			let output = '';
			const exited = new Promise<NodeJS.Signals | null>((resolve) =>
				child.on('exit', (_code, signal) => resolve(signal))
			);
			child.stdout.setEncoding('utf8');
			child.stdout.on('data', (chunk: string) => {
				output += chunk;
				if (output.includes('writing')) child.kill('SIGKILL');
			});
			expect(await exited).toBe('SIGKILL');
			expect(output).toBe('writing\n');

			const reopened = await openDatabase({ path });
			const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
				reopened.kysely
			);
			expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
			expect(await counts(reopened)).toEqual(before);
			await reopened.close();
		}
	);
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listUsers, openDatabase, signIn } from '@untoc-alliance/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const password = 'correct horse battery staple';
let dir: string;
let databasePath: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'untoc-user-add-'));
	databasePath = join(dir, 'users.sqlite');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * Runs `user-add.ts` through tsx as `pnpm user:add` does, with `stdin` piped in. Node is started
 * directly rather than through npx, whose own warnings (about pnpm's npm_config_* variables under
 * turbo) would land in the stderr the tests read.
 */
function userAdd(args: string[], env: Record<string, string>, stdin = '') {
	return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
		const child = execFile(
			process.execPath,
			['--import', 'tsx', 'src/cli/user-add.ts', ...args],
			{ cwd: serverDir, env: { ...process.env, DATABASE_PATH: databasePath, ...env } },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
		);
		child.stdin?.end(stdin);
	});
}

async function users() {
	const db = await openDatabase({ path: databasePath });
	try {
		return await listUsers(db);
	} finally {
		await db.close();
	}
}

describe('pnpm user:add', { timeout: 120_000 }, () => {
	it('adds an admin by default with the password of USER_PASSWORD, who can then sign in', async () => {
		const run = await userAdd(['--email', 'Ada@Example.org', '--name', 'Ada'], {
			USER_PASSWORD: password
		});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Added ada@example.org \(admin\) as user \d+$/m);
		expect(run.stdout).not.toContain(password);
		const db = await openDatabase({ path: databasePath });
		try {
			const session = await signIn(db, { email: 'ada@example.org', password }, new Date());
			expect(session?.user).toMatchObject({ email: 'ada@example.org', role: 'admin' });
		} finally {
			await db.close();
		}
	});

	it('reads the password from stdin, takes --role, and refuses a taken e-mail with status 1', async () => {
		const run = await userAdd(
			['--email', 'bob@example.org', '--name', 'Bob', '--role', 'analyst'],
			{},
			`${password}\n`
		);
		expect(run.code).toBe(0);
		const again = await userAdd(['--email', 'BOB@example.org', '--name', 'Bob'], {
			USER_PASSWORD: password
		});
		expect(again.code).toBe(1);
		expect(again.stderr).toBe(
			'Cannot add the user: A user with the e-mail bob@example.org exists\n'
		);
		expect((await users()).map((u) => `${u.email} ${u.role}`)).toEqual([
			'ada@example.org admin',
			'bob@example.org analyst'
		]);
	});

	it('names every bad field, exits 1 and writes nothing', async () => {
		const run = await userAdd(['--email', 'nope', '--name', ' ', '--role', 'boss'], {
			USER_PASSWORD: 'short'
		});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('email: Not an e-mail address');
		expect(run.stderr).toContain('name: Enter a name');
		expect(run.stderr).toContain('role: ');
		expect(run.stderr).toContain('password: Use at least 12 characters');
		expect(await users()).toHaveLength(2);
	});

	it('rejects an unknown option with the usage and status 2', async () => {
		const run = await userAdd(['--mail', 'x@example.org'], { USER_PASSWORD: password });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("Unknown option '--mail'");
		expect(run.stderr).toContain('Usage: pnpm user:add --email');
	});
});

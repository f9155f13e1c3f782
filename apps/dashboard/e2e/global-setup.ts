// Playwright global setup: adds the three e2e users (see auth-helpers.ts) to the e2e server's
// database with `pnpm user:add`'s script, once the server answers /healthz.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FullConfig } from '@playwright/test';
import { e2ePassword, e2eUsers, type E2eRole } from './auth-helpers.ts';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

async function waitForServer(baseURL: string): Promise<void> {
	for (let attempt = 0; attempt < 120; attempt++) {
		const ok = await fetch(`${baseURL}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`The e2e server at ${baseURL} did not become ready`);
}

export default async function globalSetup(config: FullConfig): Promise<void> {
	const baseURL = config.projects[0]?.use.baseURL ?? '';
	const databasePath = process.env['E2E_DATABASE_PATH'];
	if (!databasePath) throw new Error('playwright.config.ts sets E2E_DATABASE_PATH');
	await waitForServer(baseURL);
	for (const [role, user] of Object.entries(e2eUsers) as [E2eRole, (typeof e2eUsers)[E2eRole]][]) {
		await run(
			'npx',
			['tsx', 'src/cli/user-add.ts', '--email', user.email, '--name', user.name, '--role', role],
			{
				cwd: serverDir,
				env: { ...process.env, DATABASE_PATH: databasePath, USER_PASSWORD: e2ePassword }
			}
		);
	}
}

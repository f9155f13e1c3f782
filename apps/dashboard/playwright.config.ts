// End-to-end tests: the real server (API + built dashboard) on a fresh demo database, driven
// through Debian's Chromium. Run `vite build` first (turbo's e2e task depends on build).
// E2E_PORT and E2E_DIST (a `vite build --outDir`) let two checkouts' runs share one machine.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4317);
const baseURL = `http://127.0.0.1:${port}`;
// One database per run, shared by the server and the global setup (which adds the e2e users).
const databasePath = (process.env['E2E_DATABASE_PATH'] ??= join(
	tmpdir(),
	`untoc-e2e-${Date.now()}.sqlite`
));

export default defineConfig({
	testDir: './e2e',
	globalSetup: './e2e/global-setup.ts',
	workers: 1,
	forbidOnly: true,
	// CI has two cores for the server, the browser and the build; the first page after the server
	// starts took over 5 s there once (Playwright's default), so assertions wait up to 15 s.
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// tsx is the server's own dependency, so run it from there (same as `tsx ../server/src/main.ts`).
		command: 'npx tsx src/main.ts',
		cwd: '../server',
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: databasePath,
			SEED: 'demo',
			...(process.env['E2E_DIST'] ? { DASHBOARD_DIST: process.env['E2E_DIST'] } : {})
		}
	}
});

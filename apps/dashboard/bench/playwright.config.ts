// `pnpm bench` for the dashboard: the e2e set-up (the real server on a fresh demo database, Debian's
// Chromium), running the measurements in this folder instead of the e2e specs.
import { defineConfig } from '@playwright/test';
import e2e from '../playwright.config.ts';

// The server's folder, relative to this config's folder (Playwright resolves `cwd` from here).
const webServer = Array.isArray(e2e.webServer) ? e2e.webServer[0] : e2e.webServer;

export default defineConfig({
	...e2e,
	...(webServer ? { webServer: { ...webServer, cwd: '../../server' } } : {}),
	testDir: '.',
	testMatch: '*.bench.ts',
	globalSetup: undefined,
	timeout: 600_000
});

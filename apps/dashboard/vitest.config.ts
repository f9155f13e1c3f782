// Unit and component tests in jsdom; end-to-end specs (e2e/) run in Playwright instead.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [svelte(), svelteTesting()],
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts'],
		expect: { requireAssertions: true },
		restoreMocks: true,
		// The first jsdom render pays Svelte's compile warm-up; under `pnpm test` every workspace
		// runs at once on two cores, so the default 5 s is too tight for it.
		testTimeout: 30_000
	}
});

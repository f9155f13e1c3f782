import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
		expect: { requireAssertions: true },
		// Hang guards, not speed checks: `pnpm test` runs every workspace at once on two cores, where
		// a real database seed or server start can take several seconds.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});

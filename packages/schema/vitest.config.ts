import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
		expect: { requireAssertions: true },
		// Hang guards, not speed checks: `pnpm test` runs every workspace at once on two cores.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});

import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built site (tests/*.test.ts), run by `npm test` after `vite build`, or
 * alone: `npx vitest run -c vitest.browser.config.ts`. The global setup serves build/ on a free
 * port; each test file launches Chromium through playwright-core.
 */
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/setup/server.ts'],
		// One Chromium at a time: the machines have two cores.
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './scripts/validateDataPlugin.js';

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	test: {
		// Unit tests sit beside the code they test; browser tests of the built site (tests/) have
		// their own config, vitest.browser.config.ts.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		setupFiles: ['src/lib/i18n/loadDictionaries.setup.ts'],
		environment: 'node'
	}
});

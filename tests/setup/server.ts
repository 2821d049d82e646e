/**
 * Global setup of the browser tests: serves build/ on a free port for the whole run and gives the
 * address to the tests (`inject('baseURL')`).
 *
 * BAROMETER_TEST_BUILD=<folder> serves another built site instead (a copy of build/ taken while
 * someone else keeps rebuilding the project, for instance); tests/setup/pages.ts reads it too.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';
import { defaultBuildFolder } from './pages';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The address of the served build, ending with a slash: http://127.0.0.1:PORT/ */
		baseURL: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await startServer({ root: defaultBuildFolder, port: 0 });
	project.provide('baseURL', server.url);
	return () => server.close();
}

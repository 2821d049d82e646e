import { tsImport } from 'tsx/esm/api';

const moduleId = 'virtual:barometer/validated-data';
const resolvedId = `\0${moduleId}`;
const slugsId = 'virtual:barometer/theme-slugs';
const resolvedSlugsId = `\0${slugsId}`;

/**
 * A Vite plugin that reads and validates the build's data folder (BAROMETER_DATA, else data) once,
 * in the build's own process, and hands the result to the server code as the module
 * `virtual:barometer/validated-data` (read by src/lib/server/loadDataset.ts): the prerender
 * workers get it with the server bundle instead of reading the folder again. Before the server
 * build compiles anything, it prints the same report as `barometer validate` when there is an
 * error or a warning, and on errors stops the build with no stack trace. The client build, which
 * SvelteKit starts with a fresh copy of this plugin, uses only `virtual:barometer/theme-slugs`
 * (the theme pages' slugs, for src/params/theme.ts), not the data. In `vite dev` the folder is
 * validated the first time a page asks for it.
 * @returns {import('vite').Plugin}
 */
export function validateData() {
	let serverBuild = false;
	/** @type {Promise<import('./validatedDataModule').ValidatedDataModule> | null} */
	let validated = null;
	const folder = () => process.env.BAROMETER_DATA || 'data';
	// The validator is written in TypeScript; tsx compiles it on the fly, as for the command.
	const validate = () =>
		(validated ??= tsImport('./validatedDataModule.ts', import.meta.url).then(
			(/** @type {typeof import('./validatedDataModule')} */ module) =>
				module.validatedDataModule(folder())
		));
	/** @param {string[]} report */
	const stop = (report) => {
		process.stderr.write(
			`${report.join('\n')}\nbarometer: the site was not built: fix the errors above in ${folder()}\n`
		);
		// Exit rather than throw: Vite would bury the report under a stack trace.
		process.exit(1);
	};
	return {
		name: 'barometer-validate-data',
		configResolved(config) {
			serverBuild = config.command === 'build' && Boolean(config.build.ssr);
		},
		async buildStart() {
			if (!serverBuild) return;
			let result;
			try {
				result = await validate();
			} catch (error) {
				return stop([
					`barometer: internal error: ${error instanceof Error ? error.message : String(error)}`
				]);
			}
			if (result.failed) return stop(result.report);
			if (result.report.length > 0) process.stderr.write(`${result.report.join('\n')}\n`);
		},
		resolveId(source) {
			if (source === moduleId) return resolvedId;
			return source === slugsId ? resolvedSlugsId : null;
		},
		async load(id) {
			if (id === resolvedId) return (await validate()).source;
			return id === resolvedSlugsId ? (await validate()).themeSlugsSource : null;
		}
	};
}

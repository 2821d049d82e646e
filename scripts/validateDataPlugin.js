import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const barometer = fileURLToPath(new URL('../bin/barometer.js', import.meta.url));

/**
 * A Vite plugin that runs `barometer validate` on the build's data folder (BAROMETER_DATA, else
 * data) before anything is built: the build prints the same report as the command and stops on
 * errors, with no stack trace. It runs once, although SvelteKit builds twice (server and client).
 * @returns {import('vite').Plugin}
 */
export function validateData() {
	let done = false;
	return {
		name: 'barometer-validate-data',
		apply: 'build',
		buildStart() {
			if (done) return;
			done = true;
			const folder = process.env.BAROMETER_DATA || 'data';
			const result = spawnSync(process.execPath, [barometer, 'validate', folder], {
				encoding: 'utf8'
			});
			const report = `${result.stdout}${result.stderr}`.trimEnd();
			if (result.status === 0) {
				if (/: warning: /.test(report)) process.stderr.write(`${report}\n`);
				return;
			}
			process.stderr.write(
				`${report}\nbarometer: the site was not built: fix the errors above in ${folder}\n`
			);
			// Exit rather than throw: Vite would bury the report under a stack trace.
			process.exit(1);
		}
	};
}

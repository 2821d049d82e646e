/**
 * Builds the site from another data folder without touching the project's build/ or .svelte-kit/
 * (which the other browser tests serve and which a developer may be rebuilding): the sources are
 * copied into a fresh temporary folder with node_modules linked, and `vite build` runs there with
 * BAROMETER_DATA set. The site lands in <temporary folder>/build/.
 *
 * Why a copy: svelte.config.js writes to build/ and .svelte-kit/ in the project, with no setting to
 * move them; a second build in place would replace the site the tests are serving.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What the build needs: the sources, the build configuration and the validator it runs. */
const copied = [
	'src',
	'static',
	'bin',
	'scripts',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

export interface BuiltSite {
	/** The built site: <folder>/build. */
	root: string;
	/** The temporary project folder. */
	folder: string;
	/** What `vite build` printed. */
	output: string;
	/** Deletes the temporary folder. */
	remove: () => Promise<void>;
}

/**
 * Builds the site from a data folder (absolute, or relative to the project) into a temporary
 * folder. Rejects with the build's output when it fails.
 */
export async function buildSite(dataFolder: string): Promise<BuiltSite> {
	const folder = await mkdtemp(join(tmpdir(), 'barometre-site-'));
	const remove = () => rm(folder, { recursive: true, force: true });
	try {
		for (const name of copied) {
			await cp(join(projectRoot, name), join(folder, name), { recursive: true });
		}
		await symlink(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
		const env: NodeJS.ProcessEnv = {
			...process.env,
			BAROMETER_DATA: resolve(projectRoot, dataFolder)
		};
		delete env.BASE_PATH;
		const vite = join(projectRoot, 'node_modules/vite/bin/vite.js');
		const output = await new Promise<string>((resolveBuild, rejectBuild) => {
			const child = spawn(process.execPath, [vite, 'build'], {
				cwd: folder,
				env,
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let text = '';
			child.stdout.on('data', (chunk) => (text += chunk));
			child.stderr.on('data', (chunk) => (text += chunk));
			child.on('error', rejectBuild);
			child.on('close', (code) =>
				code === 0
					? resolveBuild(text)
					: rejectBuild(new Error(`vite build failed (exit ${code}):\n${text}`))
			);
		});
		return { root: join(folder, 'build'), folder, output, remove };
	} catch (error) {
		await remove();
		throw error;
	}
}

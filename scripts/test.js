#!/usr/bin/env node
/**
 * `npm test`: every test, in order, and a non-zero exit code if any step fails.
 * 1. find Chromium (CHROMIUM_PATH or /usr/bin/chromium); as root with apt-get, install Debian's;
 * 2. unit tests (`vitest run`: src/**\/*.spec.ts, scripts/**\/*.spec.ts), then the type check (svelte-check),
 *    then lint (ESLint) and format (Prettier --check);
 * 3. build the site (`vite build`);
 * 4. browser tests of the built site (`vitest run -c vitest.browser.config.ts`: tests/*.test.ts).
 * A failing unit test does not stop the build and the browser tests, so one run shows everything;
 * a failing build skips the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Runs a command in the project folder, its output passed through; true when it exits with 0.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function step(title, command, args, env = process.env) {
	console.log(`\n=== ${title} ===`);
	const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env });
	if (result.error) console.error(result.error.message);
	return result.status === 0;
}

/** Installs Debian's chromium when this process may: root, with apt-get. */
function installChromium() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt) return;
	step('Installing Chromium (apt-get)', 'sh', [
		'-c',
		'apt-get update && apt-get -o DPkg::Lock::Timeout=900 install -y chromium'
	]);
}

let chromium = findChromium();
if (chromium === null && !process.env.CHROMIUM_PATH) {
	installChromium();
	chromium = findChromium();
}
if (chromium === null) {
	console.error(
		'Chromium is needed for the browser tests: install it with `sudo apt-get install chromium` (Debian) or set CHROMIUM_PATH'
	);
	process.exit(1);
}

for (const [name, path] of [
	['vitest', vitest],
	['vite', vite]
]) {
	if (!existsSync(path)) {
		console.error(`${name} is not installed: run \`npm ci\` (or \`npm install\`) first.`);
		process.exit(1);
	}
}

const env = { ...process.env, CHROMIUM_PATH: chromium };
/** @type {{ title: string, passed: boolean | null }[]} */
const results = [];

const unitPassed = step('Unit tests', process.execPath, [vitest, 'run'], env);
results.push({ title: 'unit tests', passed: unitPassed });

const svelteCheck = fileURLToPath(
	new URL('../node_modules/svelte-check/bin/svelte-check', import.meta.url)
);
const typesPassed =
	step(
		'Type check (svelte-kit sync)',
		process.execPath,
		[
			fileURLToPath(new URL('../node_modules/@sveltejs/kit/svelte-kit.js', import.meta.url)),
			'sync'
		],
		env
	) &&
	step(
		'Type check (svelte-check)',
		process.execPath,
		[svelteCheck, '--tsconfig', './tsconfig.json', '--threshold', 'error'],
		env
	);
results.push({ title: 'type check', passed: typesPassed });

const eslint = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
const prettier = fileURLToPath(
	new URL('../node_modules/prettier/bin/prettier.cjs', import.meta.url)
);
const lintPassed =
	step('Lint (ESLint)', process.execPath, [eslint, '.'], env) &&
	step('Format (Prettier --check)', process.execPath, [prettier, '--check', '.'], env);
results.push({ title: 'lint and format', passed: lintPassed });

const buildPassed = step('Build', process.execPath, [vite, 'build'], env);
results.push({ title: 'build', passed: buildPassed });

if (buildPassed) {
	const browserPassed = step(
		`Browser tests (${chromium})`,
		process.execPath,
		[vitest, 'run', '-c', 'vitest.browser.config.ts'],
		env
	);
	results.push({ title: 'browser tests', passed: browserPassed });
} else {
	results.push({ title: 'browser tests', passed: null });
}

console.log('\n=== Summary ===');
for (const { title, passed } of results) {
	console.log(`${passed === null ? 'skipped' : passed ? 'passed ' : 'FAILED '}  ${title}`);
}
process.exit(results.every((result) => result.passed === true) ? 0 : 1);

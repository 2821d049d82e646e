/**
 * Where Chromium is, and how the tests launch it (see /work/shared/TOOLCHAIN.md: these flags keep
 * it from reaching hosts it cannot reach).
 */
import { accessSync, constants } from 'node:fs';

/** The places Chromium is looked for after CHROMIUM_PATH, in order. */
export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The command-line flags of every launch. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The path of an executable Chromium: CHROMIUM_PATH when set (and executable), else the first
 * candidate found; null when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
export function findChromium(env = process.env) {
	const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : chromiumCandidates;
	for (const path of candidates) {
		try {
			accessSync(path, constants.X_OK);
			return path;
		} catch {
			// not there: try the next one
		}
	}
	return null;
}

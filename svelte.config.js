import { execFileSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { languages, prerenderEntries } from './src/lib/i18n/languages.js';

/**
 * The build's version name: the short commit hash, so that two builds of the same commit are
 * byte-identical (the default is a timestamp). Outside a git checkout, 'dev'.
 * @returns {string}
 */
function versionName() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'dev';
	}
}

/**
 * The site's base path, from BASE_PATH: '' (the root) by default, or '/folder'.
 * @returns {'' | `/${string}`}
 */
function basePath() {
	const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
	if (base !== '' && !base.startsWith('/'))
		throw new Error(`BASE_PATH must start with "/": ${base}`);
	return /** @type {'' | `/${string}`} */ (base);
}

/** sha256 of the style attribute of SvelteKit 2.70's route announcer (see `csp` below). */
const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: {
			entries: prerenderEntries(languages),
			handleHttpError: 'fail'
		},
		// Absolute asset paths, so that build/404.html is styled at any depth. To serve the site from
		// a sub-folder, build with BASE_PATH=/folder.
		paths: { base: basePath(), relative: false },
		version: { name: versionName() },
		typescript: {
			// Type-check the scripts and the browser-test config too (svelte-check, editors).
			config(tsconfig) {
				tsconfig.include.push(
					'../scripts/**/*.js',
					'../scripts/**/*.ts',
					'../vitest.browser.config.ts'
				);
			}
		},
		// Prerendered pages get this policy as a <meta http-equiv> tag; the inline script that starts
		// the app is allowed by its hash. The site's own code uses no inline style (no `style=`
		// attribute, no <style> element at run time): style-src 'self' also governs style attributes,
		// as style-src-attr falls back to it. frame-ancestors cannot be set in a meta tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// One exception: SvelteKit's route announcer (<div id="svelte-announcer" style="...">,
				// added after hydration) carries a style attribute
				// (https://github.com/sveltejs/kit/issues/11993). 'unsafe-hashes' with its hash allows
				// exactly that attribute value and no other. If a SvelteKit update changes it, the
				// browser tests fail on the CSP violation; put the hash Chromium reports here.
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

import { execFileSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
	if (base !== '' && !base.startsWith('/')) throw new Error(`BASE_PATH must start with "/": ${base}`);
	return /** @type {'' | `/${string}`} */ (base);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: {
			entries: ['*', '/404'],
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
		// the app is allowed by its hash. No inline style is used anywhere (no `style=` attribute, no
		// <style> element at run time): style-src 'self' also governs style attributes, since
		// style-src-attr falls back to it. frame-ancestors cannot be set in a meta tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
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

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import componentDoc from './scripts/eslint/componentDoc.js';
import svelteConfig from './svelte.config.js';

/** A strict CSP (`style-src 'self'`) refuses inline styles: no `style=` attribute, no `style:` directive. */
const noInlineStyle = {
	'no-restricted-syntax': [
		'error',
		{
			selector: "SvelteAttribute[key.name='style']",
			message: "Inline styles are refused by the CSP (style-src 'self'): use a class."
		},
		{
			selector: 'SvelteStyleDirective',
			message: "Inline styles are refused by the CSP (style-src 'self'): use a class."
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'audit-results/',
			'tests/fixtures/xss-data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'svelte/no-at-html-tags': 'error',
			// Links go through the project's href() (base path + language); sources are absolute URLs.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` between inline tags keeps a space that a line break from Prettier would remove.
			'svelte/no-useless-mustaches': 'off',
			...noInlineStyle
		}
	},
	{
		files: ['src/lib/**/*.svelte'],
		plugins: { local: { rules: { 'component-doc': componentDoc } } },
		rules: { 'local/component-doc': 'error' }
	}
);

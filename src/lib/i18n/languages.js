/**
 * The site's languages, the default first. Plain JavaScript so that svelte.config.js can read it
 * for the prerender entries. Adding a language: one entry here, its dictionary's parts in this
 * folder (registered in messages.ts), and its label columns in the data.
 *
 * - `code`: the `lang` attribute and the key of the dictionaries;
 * - `locale`: the Intl locale for numbers, dates, lists and sorting;
 * - `label`: the language's own name, shown by the language switch;
 * - `readHere`: the switch's accessible name, in the language itself (the page's dictionary is
 *   the other language's, and the browser loads that one only);
 * - `prefix`: the path segment of its pages ('' for the default language, at the root);
 * - `colon`, `semicolon`: the two punctuation marks with the language's spacing (French puts
 *   U+00A0 before ":");
 * - `percentSpace`: what goes between a number and "%";
 * - `groupSeparator`: the digit-grouping space the site writes, whatever Intl gives (null: Intl's).
 */
export const languages = /** @type {const} */ ([
	{
		code: 'fr',
		locale: 'fr-FR',
		label: 'Français',
		readHere: 'Lire cette page en français',
		prefix: '',
		colon: '\u00a0: ',
		semicolon: ' ; ',
		percentSpace: '\u00a0',
		groupSeparator: '\u202f'
	},
	{
		code: 'en',
		locale: 'en-GB',
		label: 'English',
		readHere: 'Read this page in English',
		prefix: 'en',
		colon: ': ',
		semicolon: '; ',
		percentSpace: '',
		groupSeparator: null
	}
]);

/**
 * The pages the prerenderer starts from: the home page of every language (the crawler finds the
 * rest from their links) and the 404 page.
 * @param {readonly { prefix: string }[]} list
 * @returns {string[]}
 */
export function prerenderEntries(list) {
	return [...list.map(({ prefix }) => (prefix === '' ? '/' : `/${prefix}/`)), '*', '/404'];
}

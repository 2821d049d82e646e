/**
 * The site's two languages and the paths between them. French lives at the root (`/`,
 * `/awareness/`), English under `/en/` (`/en/`, `/en/awareness/`). Every path ends with a slash, as
 * the routes set `trailingSlash = 'always'`: each page is a folder with an index.html, which any
 * static host serves without rewriting.
 */

/** A language of the site. */
export type Lang = 'fr' | 'en';

/** Every language, the default first. */
export const languages: readonly Lang[] = ['fr', 'en'];

/** The language of paths without a language prefix. */
export const defaultLang: Lang = 'fr';

/**
 * Whether a string is one of the site's languages.
 * @example isLang('en') // true
 * @example isLang('de') // false
 */
export function isLang(value: unknown): value is Lang {
	return value === 'fr' || value === 'en';
}

/**
 * The language given by the optional `[[lang=lang]]` route parameter: 'en' for 'en', French when the
 * parameter is absent. The `lang` matcher lets only 'en' through, so any other value is a bug in
 * the routes and throws.
 * @example langFromParam(undefined) // 'fr'
 * @example langFromParam('en') // 'en'
 */
export function langFromParam(param: string | undefined): Lang {
	if (param === undefined || param === '') return defaultLang;
	if (param === 'en') return 'en';
	throw new RangeError(`Unknown language parameter: "${param}"`);
}

/**
 * The language of a pathname (without the site's base path): English when its first segment is
 * `en`, French otherwise.
 * @example langFromPath('/en/awareness/') // 'en'
 * @example langFromPath('/english/') // 'fr'
 */
export function langFromPath(pathname: string): Lang {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'fr';
}

/**
 * A pathname without its language prefix: the page's path in the default language, with a
 * trailing slash.
 * @example unlocalizedPath('/en/awareness/') // '/awareness/'
 * @example unlocalizedPath('/en') // '/'
 * @example unlocalizedPath('/awareness') // '/awareness/'
 */
export function unlocalizedPath(pathname: string): string {
	const withoutLang = langFromPath(pathname) === 'en' ? pathname.slice('/en'.length) : pathname;
	return withTrailingSlash(withoutLang);
}

/**
 * The path of a page in a language, from its language-neutral path (`/`, `/awareness`): English
 * gets the `/en` prefix, and every path ends with a slash. A query string or hash is kept.
 * @example localizedPath('fr', '/awareness') // '/awareness/'
 * @example localizedPath('en', '/awareness') // '/en/awareness/'
 * @example localizedPath('en', '/') // '/en/'
 * @example localizedPath('en', '/data#files') // '/en/data/#files'
 */
export function localizedPath(lang: Lang, path: string): string {
	if (!path.startsWith('/')) throw new RangeError(`A path must start with "/": "${path}"`);
	const suffixStart = path.search(/[?#]/);
	const pathname = suffixStart === -1 ? path : path.slice(0, suffixStart);
	const suffix = suffixStart === -1 ? '' : path.slice(suffixStart);
	const neutral = unlocalizedPath(pathname);
	const prefix = lang === defaultLang ? '' : `/${lang}`;
	return `${prefix}${neutral}${suffix}`;
}

/** Adds a slash at the end of a pathname that has none. */
function withTrailingSlash(pathname: string): string {
	if (pathname === '') return '/';
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

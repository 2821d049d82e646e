/**
 * The site's languages (src/lib/i18n/languages.js) and the paths between them. The default
 * language lives at the root (`/`, `/awareness/`), every other under its prefix (`/en/`,
 * `/en/awareness/`). Every path ends with a slash, as the routes set `trailingSlash = 'always'`:
 * each page is a folder with an index.html, which any static host serves without rewriting.
 *
 * The functions are built from a list of languages (`languageTools`), so that a spec can check
 * them with a language the site does not have; the module exports them for the site's own list.
 */
import { languages as siteLanguages } from './languages.js';

/** A language as languages.js describes it. */
export interface Language {
	code: string;
	locale: string;
	label: string;
	readHere: string;
	prefix: string;
	colon: string;
	semicolon: string;
	percentSpace: string;
	groupSeparator: string | null;
}

/** A language of the site. */
export type Lang = (typeof siteLanguages)[number]['code'];

/** The path functions for one list of languages, the default first. */
export function languageTools<L extends string>(list: readonly (Language & { code: L })[]) {
	const [first] = list;
	if (first === undefined || first.prefix !== '') {
		throw new RangeError('The first language is the default one: its prefix must be empty');
	}
	const defaultCode: L = first.code;
	const byPrefix = new Map(list.filter((l) => l.prefix !== '').map((l) => [l.prefix, l.code]));

	/** Whether a string is one of the languages. */
	const isLang = (value: unknown): value is L => list.some((l) => l.code === value);

	/** The language of a path segment that is a language prefix, or undefined. */
	const langOfPrefix = (segment: string | undefined): L | undefined =>
		segment === undefined ? undefined : byPrefix.get(segment);

	/**
	 * The language given by the optional `[[lang=lang]]` route parameter: the default one when the
	 * parameter is absent. The `lang` matcher lets only prefixes through, so any other value is a
	 * bug in the routes and throws.
	 */
	function langFromParam(param: string | undefined): L {
		if (param === undefined || param === '') return defaultCode;
		const lang = langOfPrefix(param);
		if (lang === undefined) throw new RangeError(`Unknown language parameter: "${param}"`);
		return lang;
	}

	/** The language of a pathname (without the site's base path), from its first segment. */
	function langFromPath(pathname: string): L {
		return langOfPrefix(/^\/([^/]+)(\/|$)/.exec(pathname)?.[1]) ?? defaultCode;
	}

	/** A pathname without its language prefix, with a trailing slash. */
	function unlocalizedPath(pathname: string): string {
		const prefix = language(langFromPath(pathname)).prefix;
		return withTrailingSlash(prefix === '' ? pathname : pathname.slice(prefix.length + 1));
	}

	/**
	 * The path of a page in a language, from its language-neutral path (`/`, `/awareness`): the
	 * language's prefix, and a slash at the end. A query string or hash is kept.
	 */
	function localizedPath(lang: L, path: string): string {
		if (!path.startsWith('/')) throw new RangeError(`A path must start with "/": "${path}"`);
		const suffixStart = path.search(/[?#]/);
		const pathname = suffixStart === -1 ? path : path.slice(0, suffixStart);
		const suffix = suffixStart === -1 ? '' : path.slice(suffixStart);
		const { prefix } = language(lang);
		return `${prefix === '' ? '' : `/${prefix}`}${unlocalizedPath(pathname)}${suffix}`;
	}

	/** Everything languages.js says about a language. */
	function language(lang: L): Language & { code: L } {
		const found = list.find((l) => l.code === lang);
		if (!found) throw new RangeError(`Unknown language: "${lang}"`);
		return found;
	}

	return {
		languages: list,
		defaultLang: defaultCode,
		isLang,
		langOfPrefix,
		langFromParam,
		langFromPath,
		unlocalizedPath,
		localizedPath,
		language
	};
}

/** Adds a slash at the end of a pathname that has none. */
function withTrailingSlash(pathname: string): string {
	if (pathname === '') return '/';
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

const tools = languageTools<Lang>(siteLanguages);

/** Every language, the default first. */
export const languages = tools.languages;

/** The language of paths without a language prefix. */
export const defaultLang: Lang = tools.defaultLang;

/**
 * Whether a string is one of the site's languages.
 * @example isLang('en') // true
 * @example isLang('de') // false
 */
export const isLang = tools.isLang;

/**
 * The language whose path prefix is this segment, or undefined (the `lang` matcher).
 * @example langOfPrefix('en') // 'en'
 * @example langOfPrefix('fr') // undefined: French has no prefix
 */
export const langOfPrefix = tools.langOfPrefix;

/**
 * @example langFromParam(undefined) // 'fr'
 * @example langFromParam('en') // 'en'
 */
export const langFromParam = tools.langFromParam;

/**
 * @example langFromPath('/en/awareness/') // 'en'
 * @example langFromPath('/english/') // 'fr'
 */
export const langFromPath = tools.langFromPath;

/**
 * @example unlocalizedPath('/en/awareness/') // '/awareness/'
 * @example unlocalizedPath('/en') // '/'
 */
export const unlocalizedPath = tools.unlocalizedPath;

/**
 * @example localizedPath('fr', '/awareness') // '/awareness/'
 * @example localizedPath('en', '/data#files') // '/en/data/#files'
 */
export const localizedPath = tools.localizedPath;

/**
 * Everything languages.js says about a language: its locale, label, prefix and spacing.
 * @example language('fr').locale // 'fr-FR'
 */
export const language = tools.language;

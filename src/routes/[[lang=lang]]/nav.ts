import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';

/** A page of the main navigation. */
export interface NavItem {
	/** The page's language-neutral path, as given to `localizedPath`. */
	path: string;
	/** Its name in the page's language. */
	label: string;
}

/**
 * The main navigation, in reading order: the overview, the theme pages of the data folder in
 * theme order, then the fixed pages.
 * @example navItems('en', [{ path: '/awareness', label: 'Awareness' }]).map((item) => item.label)
 * // ['Overview', 'Awareness', 'Explorer', 'Methodology', 'Data']
 */
export function navItems(lang: Lang, themePages: readonly NavItem[]): NavItem[] {
	return [
		{ path: '/', label: t(lang, 'nav.overview') },
		...themePages.map(({ path, label }) => ({ path, label })),
		{ path: '/explorer', label: t(lang, 'nav.explorer') },
		{ path: '/methodology', label: t(lang, 'nav.methodology') },
		{ path: '/data', label: t(lang, 'nav.data') }
	];
}

/**
 * The language-neutral path of the page being shown, from its route id and parameters:
 * `/[[lang=lang]]/explorer` gives `/explorer`, `/[[lang=lang]]/questions/[id]` with
 * `{ id: 'hiring_plans' }` gives `/questions/hiring_plans`, `/[[lang=lang]]/[theme=theme]` with
 * `{ theme: 'awareness' }` gives `/awareness`.
 * @example neutralPathOfRoute('/[[lang=lang]]') // '/'
 * @example neutralPathOfRoute('/[[lang=lang]]/questions/[id]', { id: 'hiring_plans' }) // '/questions/hiring_plans'
 */
export function neutralPathOfRoute(
	routeId: string | null,
	params: Record<string, string | undefined> = {}
): string {
	const path = (routeId ?? '')
		.replace(/^\/\[\[lang=lang\]\]/, '')
		.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
	return path === '' ? '/' : path;
}

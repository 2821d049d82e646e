import type { MessageKey } from '$lib/i18n/messages';

/** A page of the main navigation. */
export interface NavItem {
	/** The page's language-neutral path, as given to `localizedPath`. */
	path: string;
	/** The key of its name in the dictionaries. */
	label: MessageKey;
}

/** The main navigation, in reading order. */
export const navItems: readonly NavItem[] = [
	{ path: '/', label: 'nav.overview' },
	{ path: '/awareness', label: 'nav.awareness' },
	{ path: '/obstacles', label: 'nav.obstacles' },
	{ path: '/tech-for-good', label: 'nav.techForGood' },
	{ path: '/explorer', label: 'nav.explorer' },
	{ path: '/methodology', label: 'nav.methodology' },
	{ path: '/data', label: 'nav.data' }
];

/**
 * The language-neutral path of the page being shown, from its route id:
 * `/[[lang=lang]]/awareness` gives `/awareness`. The pages under `[[lang=lang]]` have no other
 * parameter; a route that adds one must fill it in here.
 * @example neutralPathOfRoute('/[[lang=lang]]') // '/'
 */
export function neutralPathOfRoute(routeId: string | null): string {
	const path = (routeId ?? '').replace(/^\/\[\[lang=lang\]\]/, '');
	return path === '' ? '/' : path;
}

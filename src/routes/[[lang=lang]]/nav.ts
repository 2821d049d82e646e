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
 * The language-neutral path of the page being shown, from its route id and parameters:
 * `/[[lang=lang]]/awareness` gives `/awareness`, `/[[lang=lang]]/questions/[id]` with
 * `{ id: 'hiring_plans' }` gives `/questions/hiring_plans`.
 * @example neutralPathOfRoute('/[[lang=lang]]') // '/'
 * @example neutralPathOfRoute('/[[lang=lang]]/questions/[id]', { id: 'hiring_plans' }) // '/questions/hiring_plans'
 */
export function neutralPathOfRoute(
	routeId: string | null,
	params: Record<string, string | undefined> = {}
): string {
	const path = (routeId ?? '')
		.replace(/^\/\[\[lang=lang\]\]/, '')
		.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
	return path === '' ? '/' : path;
}

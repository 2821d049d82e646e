import { langFromParam } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

/** Every page is prerendered: the site is static files. */
export const prerender = true;
/** Every page is a folder with an index.html (`/en/awareness/`), which any static host serves. */
export const trailingSlash = 'always';

export const load: LayoutLoad = ({ params, data }) => ({
	...data,
	lang: langFromParam(params.lang)
});

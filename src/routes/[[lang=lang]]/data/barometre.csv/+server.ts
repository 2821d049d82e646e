import { langFromParam } from '$lib/i18n/lang';
import { siteCatalog } from '$lib/server/siteCatalog';
import { dataCsv } from '$lib/views/data-page/dataCsv';
import type { RequestHandler } from './$types';

/** Written once at build time: /data/barometre.csv (French labels) and /en/data/barometre.csv. */
export const prerender = true;

/** Every estimate as CSV, UTF-8 with a byte order mark, one row per estimate (see dataCsv). */
export const GET: RequestHandler = async ({ params }) => {
	const catalog = await siteCatalog(langFromParam(params.lang));
	return new Response(dataCsv(catalog), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};

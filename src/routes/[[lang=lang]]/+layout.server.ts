import { siteUrl } from '$lib/server/siteUrl';
import type { LayoutServerLoad } from './$types';

/** The site's public address, for og tags and embed codes; null when unknown (root-relative). */
export const load: LayoutServerLoad = () => ({ siteUrl: siteUrl() });

/**
 * The code a partner pastes to embed a chart: an iframe of the chart's embed page
 * (`/embed/<id>/`, `/en/embed/<id>/`), as wide as an exported chart and as high as that page is
 * at that width.
 */
import { localizedPath, type Lang } from '../i18n/lang';
import { escapeXml } from './escapeXml';
import { EXPORT_WIDTH } from './exportNames';

/**
 * The path of a chart's embed page, from the site's root (without the base path).
 * @example embedPath('en', 'awareness') // '/en/embed/awareness/'
 */
export function embedPath(lang: Lang, id: string): string {
	return localizedPath(lang, `/embed/${encodeURIComponent(id)}`);
}

/**
 * The embed page's absolute address: under the site's address when it is known (SITE_URL or the
 * data's), else under the address of the page the reader is on (its origin and the base path).
 * @example embedUrl('en', 'awareness', 'https://example.org/barometre/', '') // 'https://example.org/barometre/en/embed/awareness/'
 * @example embedUrl('fr', 'awareness', null, '/sub', 'http://localhost:4173/sub/awareness/') // 'http://localhost:4173/sub/embed/awareness/'
 */
export function embedUrl(
	lang: Lang,
	id: string,
	siteUrl: string | null,
	base: string,
	pageUrl = ''
): string {
	const path = embedPath(lang, id).slice(1);
	if (siteUrl) return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
	return new URL(`${base}/${path}`, pageUrl).href;
}

/**
 * The iframe, its attributes escaped.
 * @example embedSnippet('https://example.org/embed/a/', 'Notoriété', 812) // '<iframe src="https://example.org/embed/a/" title="Notoriété" width="640" height="812" …></iframe>'
 */
export function embedSnippet(url: string, title: string, height: number): string {
	const attributes = [
		['src', url],
		['title', title],
		['width', String(EXPORT_WIDTH)],
		['height', String(Math.ceil(height))],
		['style', 'border: 0; max-width: 100%'],
		['loading', 'lazy']
	];
	return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}></iframe>`;
}

/**
 * The social preview of a page (what a shared link shows): its addresses and its image, a
 * 1200×630 card drawn as an SVG string with the page's title, rendered to PNG at build time
 * (src/lib/server/socialImage.ts). Pure.
 */
import { language, type Lang } from '../i18n/lang';
import { escapeXml } from './escapeXml';

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/**
 * The og:locale of a language: its locale with an underscore.
 * @example ogLocale('en') // 'en_GB'
 */
export function ogLocale(lang: Lang): string {
	return language(lang).locale.replace('-', '_');
}

/**
 * The path of a page's preview image, from its language-neutral path (as `neutralPathOfRoute`
 * gives it), without the base path: one file per page and language.
 * @example socialImagePath('fr', '/') // '/og/home.fr.png'
 * @example socialImagePath('en', '/questions/hiring_plans') // '/og/questions-hiring_plans.en.png'
 */
export function socialImagePath(lang: Lang, neutralPath: string): string {
	const slug = neutralPath.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9_-]+/g, '-');
	return `/og/${slug === '' ? 'home' : slug}.${lang}.png`;
}

/**
 * An address of the site: absolute under the site's address when known, else root-relative
 * (with the base path).
 * @example siteAddress('https://example.org/barometre/', '/barometre', '/en/awareness/') // 'https://example.org/barometre/en/awareness/'
 * @example siteAddress(null, '/barometre', '/en/awareness/') // '/barometre/en/awareness/'
 */
export function siteAddress(siteUrl: string | null, base: string, path: string): string {
	if (siteUrl === null) return `${base}${path}`;
	return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/** What a page's social tags say besides its title and description. */
export interface SocialPage {
	lang: Lang;
	/** The page's address (og:url). */
	url: string;
	/** Its preview image's address (og:image). */
	image: string;
}

/**
 * A rendered page with its og and twitter tags before `</head>`: og:title and og:description are
 * the page's `<title>` and meta description, the rest comes from `page`. Written into the HTML
 * at render time (src/hooks.server.ts), so no JavaScript carries them. A page without a title is
 * returned unchanged.
 * @example withSocialTags('<head><title>A &amp; B</title></head>', { lang: 'en', url: '/en/', image: '/og/home.en.png' })
 * // '<head><title>A &amp; B</title><meta property="og:type" content="website"><meta property="og:title" content="A &amp; B">…</head>'
 */
export function withSocialTags(html: string, page: SocialPage): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	const head = html.indexOf('</head>');
	if (title === undefined || head === -1) return html;
	// Both are escaped already: the title as text (& and <), the description as an attribute.
	const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
	const tag = (attribute: string, name: string, content: string) =>
		`<meta ${attribute}="${name}" content="${content}">`;
	const tags = [
		tag('property', 'og:type', 'website'),
		tag('property', 'og:title', title.replace(/"/g, '&quot;')),
		tag('property', 'og:description', description),
		tag('property', 'og:url', escapeXml(page.url)),
		tag('property', 'og:locale', ogLocale(page.lang)),
		tag('property', 'og:image', escapeXml(page.image)),
		tag('property', 'og:image:width', String(SOCIAL_IMAGE_WIDTH)),
		tag('property', 'og:image:height', String(SOCIAL_IMAGE_HEIGHT)),
		tag('name', 'twitter:card', 'summary_large_image')
	].join('');
	return `${html.slice(0, head)}${tags}${html.slice(head)}`;
}

/** What a card says. */
export interface SocialCard {
	/** The site's name, small, at the top. */
	site: string;
	/** The page's title, large. */
	title: string;
	/** A line or two under it (the page's description). */
	description: string;
	/** The source, at the bottom. */
	source: string;
}

/** A text cut into lines of about `characters`, at most `lines`, the last ending with … if cut. */
function lines(text: string, characters: number, max: number): string[] {
	const out: string[] = [];
	for (const word of text.split(/\s+/).filter((w) => w !== '')) {
		const last = out.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= characters)
			out[out.length - 1] = `${last} ${word}`;
		else out.push(word);
	}
	if (out.length <= max) return out;
	const kept = out.slice(0, max);
	kept[max - 1] = `${kept[max - 1].slice(0, characters - 1).trimEnd()}…`;
	return kept;
}

/**
 * The card as SVG: white, a band in the two populations' colours, the site's name, the page's
 * title (up to 3 lines), its description (up to 3 lines) and the source; text in DejaVu Sans (the
 * fonts given to the renderer), escaped.
 */
export function socialCardSvg(card: SocialCard): string {
	const text = (x: number, y: number, size: number, fill: string, content: string, bold = false) =>
		`<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(content)}</text>`;
	const title = lines(card.title, 27, 3);
	const titleTop = 210;
	const description = lines(card.description, 62, 3);
	const descriptionTop = titleTop + title.length * 68 + 24;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}" font-family="DejaVu Sans, sans-serif">`,
		`<rect width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" fill="#ffffff"/>`,
		'<rect x="0" y="0" width="600" height="16" fill="#0072b2"/>',
		'<rect x="600" y="0" width="600" height="16" fill="#d55e00"/>',
		text(80, 110, 30, '#555555', card.site, true),
		...title.map((line, index) => text(80, titleTop + index * 68, 56, '#1a1a1a', line, true)),
		...description.map((line, index) => text(80, descriptionTop + index * 40, 28, '#555555', line)),
		...lines(card.source, 90, 2).map((line, index) =>
			text(80, 560 + index * 30, 20, '#555555', line)
		),
		'</svg>'
	].join('\n');
}

/**
 * Source texts (waves.csv, the figure files) mix report references ("barometre-2018-tech-for-good.txt
 * lines 90-92"), web addresses and comments. A page shows them as text, with a link only for an
 * address that `new URL` parses with the http: or https: scheme: anything else (`javascript:`,
 * `data:`, a file name) stays plain text, so a data file can never put a script in an href.
 */

/** A web address that may be linked, with a short readable label. */
export interface WebLink {
	/** The address as `new URL` normalises it: the href to write. */
	href: string;
	/** The host name without a leading `www.`. */
	domain: string;
	/** Path, query and fragment, percent-decoded where that gives valid text; '' for the home page. */
	path: string;
	/** "domain — path", or the domain alone. */
	label: string;
}

/** A piece of a source text: plain text, or a web address to link, with its label and its domain (a short label). */
export type SourcePart =
	{ kind: 'text'; text: string } | { kind: 'link'; href: string; label: string; domain: string };

/** Schemes that may become a link. */
const linkableSchemes = new Set(['http:', 'https:']);

/**
 * Something that looks like an address with an authority (`scheme://…`), up to a space, a quote,
 * an angle bracket or a parenthesis (sources put addresses in parentheses; an address with a
 * parenthesis of its own is cut there, the rest shown as text).
 */
const addressPattern = /[a-z][a-z0-9+.-]*:\/\/[^\s<>"'()]+/gi;

/** Punctuation that ends a sentence rather than an address. */
const trailingPunctuation = /[.,;:!?]+$/;

function decodePath(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/**
 * The link for an address, or null when it is not an absolute http(s) address (or carries a user
 * name or password, which a source has no reason to).
 * @example webLink('https://www.convergences.org/en/social-entrepreneurship-barometer/')
 * // { href: 'https://www.convergences.org/en/social-entrepreneurship-barometer/', domain: 'convergences.org',
 * //   path: '/en/social-entrepreneurship-barometer/', label: 'convergences.org — /en/social-entrepreneurship-barometer/' }
 * @example webLink('javascript:alert(1)') // null
 */
export function webLink(address: string): WebLink | null {
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		return null;
	}
	if (
		!linkableSchemes.has(url.protocol) ||
		url.hostname === '' ||
		url.username !== '' ||
		url.password !== ''
	)
		return null;
	const domain = url.hostname.replace(/^www\./, '');
	const rest = decodePath(`${url.pathname}${url.search}${url.hash}`);
	const path = rest === '/' ? '' : rest;
	return { href: url.href, domain, path, label: path === '' ? domain : `${domain} — ${path}` };
}

/**
 * Splits a source text into text and links: each http(s) address becomes a link, everything else
 * stays text (adjacent text is joined). The parts put together give back the text, with each
 * address replaced by its label.
 * @example sourceParts('report.txt line 80 (note: https://mediatico.fr/article reports 95%)')
 * // [{ kind: 'text', text: 'report.txt line 80 (note: ' },
 * //  { kind: 'link', href: 'https://mediatico.fr/article', label: 'mediatico.fr — /article', domain: 'mediatico.fr' },
 * //  { kind: 'text', text: ' reports 95%)' }]
 * @example sourceParts('javascript:alert(1)') // [{ kind: 'text', text: 'javascript:alert(1)' }]
 */
export function sourceParts(text: string): SourcePart[] {
	const parts: SourcePart[] = [];
	const addText = (piece: string) => {
		if (piece === '') return;
		const last = parts.at(-1);
		if (last?.kind === 'text') last.text += piece;
		else parts.push({ kind: 'text', text: piece });
	};
	let position = 0;
	for (const match of text.matchAll(addressPattern)) {
		const address = match[0].replace(trailingPunctuation, '');
		const link = webLink(address);
		if (!link) continue;
		addText(text.slice(position, match.index));
		parts.push({ kind: 'link', href: link.href, label: link.label, domain: link.domain });
		position = match.index + address.length;
	}
	addText(text.slice(position));
	return parts;
}

/**
 * Every distinct http(s) address in a source text, in order of appearance.
 * @example webLinks('a.txt line 3 ; https://example.org/x ; https://example.org/x (again)').map((l) => l.href)
 * // ['https://example.org/x']
 */
export function webLinks(text: string): WebLink[] {
	const links = new Map<string, WebLink>();
	for (const part of sourceParts(text)) {
		const link = part.kind === 'link' && !links.has(part.href) ? webLink(part.href) : null;
		if (link) links.set(link.href, link);
	}
	return [...links.values()];
}

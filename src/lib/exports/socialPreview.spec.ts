import { describe, expect, it } from 'vitest';
import {
	ogLocale,
	siteAddress,
	socialCardSvg,
	socialImagePath,
	withSocialTags
} from './socialPreview';

describe('socialImagePath', () => {
	it('gives one file per page and language', () => {
		expect(socialImagePath('fr', '/')).toBe('/og/home.fr.png');
		expect(socialImagePath('en', '/awareness')).toBe('/og/awareness.en.png');
		expect(socialImagePath('fr', '/questions/hiring_plans/')).toBe(
			'/og/questions-hiring_plans.fr.png'
		);
	});
});

describe('ogLocale', () => {
	it('is the locale with an underscore', () => {
		expect(ogLocale('fr')).toBe('fr_FR');
		expect(ogLocale('en')).toBe('en_GB');
	});
});

describe('siteAddress', () => {
	it('is absolute under the site address, else root-relative with the base path', () => {
		expect(siteAddress('https://example.org/barometre/', '/barometre', '/en/awareness/')).toBe(
			'https://example.org/barometre/en/awareness/'
		);
		expect(siteAddress('https://example.org/', '', '/og/home.fr.png')).toBe(
			'https://example.org/og/home.fr.png'
		);
		expect(siteAddress(null, '', '/og/home.fr.png')).toBe('/og/home.fr.png');
		expect(siteAddress(null, '/sub', '/')).toBe('/sub/');
	});
});

describe('withSocialTags', () => {
	const page = {
		lang: 'en',
		url: 'https://a.org/en/',
		image: 'https://a.org/og/home.en.png'
	} as const;

	it("writes the og tags before </head>, with the page's title and description", () => {
		const html =
			'<head><meta name="description" content="Say &quot;hi&quot;"/><title>A &amp; "B" &lt;i></title></head><body>';
		expect(withSocialTags(html, page)).toBe(
			'<head><meta name="description" content="Say &quot;hi&quot;"/><title>A &amp; "B" &lt;i></title>' +
				'<meta property="og:type" content="website">' +
				'<meta property="og:title" content="A &amp; &quot;B&quot; &lt;i>">' +
				'<meta property="og:description" content="Say &quot;hi&quot;">' +
				'<meta property="og:url" content="https://a.org/en/">' +
				'<meta property="og:locale" content="en_GB">' +
				'<meta property="og:image" content="https://a.org/og/home.en.png">' +
				'<meta property="og:image:width" content="1200">' +
				'<meta property="og:image:height" content="630">' +
				'<meta name="twitter:card" content="summary_large_image">' +
				'</head><body>'
		);
	});

	it('leaves a page without a title or a head as it is', () => {
		expect(withSocialTags('<head></head>', page)).toBe('<head></head>');
		expect(withSocialTags('<title>x</title>', page)).toBe('<title>x</title>');
	});
});

describe('socialCardSvg', () => {
	const card = {
		site: "Baromètre de l'entrepreneuriat social",
		title: 'Notoriété',
		description: 'Part du grand public qui a déjà entendu parler de chaque terme.',
		source: 'Source : enquêtes OpinionWay pour Ashoka.'
	};

	it('is a 1200×630 SVG with the site, the title, the description and the source', () => {
		const svg = socialCardSvg(card);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('font-weight="700" fill="#1a1a1a">Notoriété</text>');
		expect(svg).toContain('>Baromètre de l&apos;entrepreneuriat social</text>');
		expect(svg).toContain('>Source : enquêtes OpinionWay pour Ashoka.</text>');
	});

	it('keeps hostile text as text, and cuts a long title to three lines', () => {
		const svg = socialCardSvg({
			...card,
			title: '<script>alert(1)</script> ' + 'mot '.repeat(40),
			description: '="><img src=x onerror=alert(1)>'
		});
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg.match(/font-size="56"/g)).toHaveLength(3);
		expect(svg).toMatch(/…<\/text>/);
	});
});

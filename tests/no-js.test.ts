/**
 * The pages without JavaScript: the charts and the figures are in the prerendered HTML, not added
 * by the browser. Every page with charts has an <svg> with a role or an aria-label; the known
 * figures are written with the right characters (U+00A0 before "%" and "pts" in French, no space
 * before "%" in English, U+2212 for a minus).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './setup/browser';
import { localizedPages, pageIn, type Lang } from './setup/pages';

const baseURL = inject('baseURL');

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** The figures each page must carry in its HTML, by language; strings or case-insensitive patterns. */
const expectedFigures: { path: string; lang: Lang; texts: (string | RegExp)[] }[] = [
	// Public awareness of "économie sociale et solidaire": 68 % in 2018, 47 % in 2020, a change of −21 pts.
	{ path: '/awareness/', lang: 'fr', texts: [`47${NBSP}%`, `68${NBSP}%`, `${MINUS}21${NBSP}pts`] },
	{ path: '/awareness/', lang: 'en', texts: ['47%', '68%', `${MINUS}21${NBSP}pts`] },
	// Digital technology and social link, 2017: entrepreneurs 60 %, public 35 %, a gap of +25 pts.
	{ path: '/tech-for-good/', lang: 'fr', texts: [`60${NBSP}%`, `35${NBSP}%`, `+25${NBSP}pts`] },
	{ path: '/tech-for-good/', lang: 'en', texts: ['60%', '35%', `+25${NBSP}pts`] },
	// Lack of financial means, 43 %; only some answers are published.
	{ path: '/obstacles/', lang: 'fr', texts: [`43${NBSP}%`, /autres réponses non publiées/i] },
	{ path: '/obstacles/', lang: 'en', texts: ['43%'] }
];

/** The code points of a string, for readable failures about invisible characters. */
function codePoints(text: string): string {
	return [...text]
		.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
		.join(' ');
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
	await browser?.close();
});

/** Opens a page with JavaScript off; the text of its <main> and the figures its charts write. */
async function open(relative: string): Promise<{ page: Page; main: string; charts: string[] }> {
	const page = await context.newPage();
	const response = await page.goto(new URL(relative, baseURL).href);
	expect(response?.status()).toBe(200);
	const main = (await page.locator('main').textContent()) ?? '';
	// The figures the charts write: the <text> elements that hold a number with "%" or "pt(s)"
	// and nothing else (axis ticks, value labels, changes). Row labels and notes come from the
	// data and keep the publisher's typography.
	const charts = await page
		.locator('main svg text')
		.evaluateAll((texts) =>
			texts
				.map((text) => (text.textContent ?? '').trim())
				.filter((text) => /^[+\-\u2212±]?\s?\d[\d\s\u202f.,]*\s?(%|pts?)$/.test(text))
		);
	return { page, main, charts };
}

describe('without JavaScript, every page with charts', () => {
	const chartPages = localizedPages().filter((page) => page.charts);

	it.concurrent.for(chartPages)(
		'$title has an <svg> with a role or an aria-label',
		{ timeout: 90_000 },
		async (sitePage, { expect }) => {
			const { page, charts } = await open(sitePage.relative);
			try {
				const labelled = page.locator(
					'main svg[role], main svg[aria-label], main svg[aria-labelledby]'
				);
				expect(await labelled.count(), 'charts with a role or a label').toBeGreaterThan(0);
				const described = await labelled.evaluateAll((svgs) =>
					svgs.some(
						(svg) =>
							(svg.getAttribute('aria-label') ?? '').trim() !== '' ||
							svg.hasAttribute('aria-labelledby')
					)
				);
				expect(described, 'at least one chart has an accessible name').toBe(true);

				// Typography of the figures the charts write.
				expect(charts.length, 'the charts write figures').toBeGreaterThan(0);
				const wrong = charts.filter((figure) =>
					sitePage.lang === 'fr'
						? !/\d\u00a0(%|pts?)$/.test(figure) // French: U+00A0 before % and pts
						: /%$/.test(figure)
							? !/\d%$/.test(figure) // English: no space before %
							: !/\d\u00a0pts?$/.test(figure)
				);
				expect(
					wrong.map((figure) => `${figure} (${codePoints(figure)})`),
					'figures with the wrong space'
				).toEqual([]);
				expect(
					charts.filter((figure) => figure.startsWith('-')),
					'a minus is U+2212, not a hyphen'
				).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);
});

describe('without JavaScript, the known figures are in the HTML', () => {
	it.concurrent.for(expectedFigures)(
		'$lang $path',
		{ timeout: 90_000 },
		async ({ path, lang, texts }, { expect }) => {
			const { page, main } = await open(pageIn(lang, path).relative);
			try {
				for (const text of texts) {
					if (typeof text === 'string') {
						expect(main.includes(text), `"${text}" (${codePoints(text)}) in <main>`).toBe(true);
					} else {
						expect(main, `${text} in <main>`).toMatch(text);
					}
				}
				if (path === '/awareness/') {
					// The change 2018 → 2020 written with a hyphen-minus would be wrong.
					expect(main, 'no hyphen-minus in the change').not.toMatch(/-21\s?pts/);
				}
			} finally {
				await page.close();
			}
		}
	);
});

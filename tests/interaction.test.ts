/**
 * The charts and the explorer with JavaScript: tooltips on hover and on keyboard focus, arrow keys
 * between points, legend toggles, the language switch, and the explorer's state in the URL.
 *
 * What the tests rely on in the markup:
 * - a point is an element inside an <svg> with an aria-label and a tabindex (0 or −1, roving);
 *   its aria-label holds the formatted value ("47 %", "47%");
 * - the tooltip is the visible element with role="tooltip" or the class chart-tooltip (the site's
 *   tooltip is aria-hidden, as the point's aria-label already says everything it shows);
 * - a legend entry is a <button aria-pressed>;
 * - the language switch is `a.lang-switch`;
 * - the explorer reads and writes the query parameters q (question id), pop (comma-separated
 *   populations), from and to (years), and has a <select> whose options are the question ids.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchPage, type PageProblems } from './setup/browser';
import type { Lang } from './setup/pages';

const baseURL = inject('baseURL');

const NBSP = '\u00a0';
const MINUS = '\u2212';
const POINT = 'main svg [aria-label][tabindex]';
const TOOLTIP = ':is([role="tooltip"], .chart-tooltip):visible';

/** A point the tests know, with the figures its tooltip must show. */
interface KnownPoint {
	path: string;
	lang: Lang;
	/** What identifies the point: its formatted value, and a year in its label. */
	value: string;
	year: string;
	/** The 95 % interval's bounds as they may be written (rounded, or with one decimal). */
	low: string[];
	high: string[];
	/** The sample size as written. */
	n: string;
}

// Public, "économie sociale et solidaire", 2020: 47 %, Wilson 44.0–50.0, n = 1056 (sample size).
// Entrepreneurs, "le numérique crée du lien social", 2017: 60 %, Wilson 49.6–69.6, n = 88.
const knownPoints: KnownPoint[] = [
	{
		path: 'awareness/',
		lang: 'fr',
		value: `47${NBSP}%`,
		year: '2020',
		low: ['44', '44,0'],
		high: ['50', '50,0'],
		n: '1\u202f056'
	},
	{
		path: 'en/awareness/',
		lang: 'en',
		value: '47%',
		year: '2020',
		low: ['44', '44.0'],
		high: ['50', '50.0'],
		n: '1,056'
	},
	{
		path: 'tech-for-good/',
		lang: 'fr',
		value: `60${NBSP}%`,
		year: '2017',
		low: ['50', '49,6'],
		high: ['70', '69,6'],
		n: '88'
	},
	{
		path: 'en/tech-for-good/',
		lang: 'en',
		value: '60%',
		year: '2017',
		low: ['50', '49.6'],
		high: ['70', '69.6'],
		n: '88'
	}
];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** Opens a page with JavaScript, waits until it is idle, and watches it. */
async function open(
	relative: string,
	viewport = { width: 1280, height: 800 }
): Promise<{ page: Page; problems: PageProblems }> {
	const page = await browser.newPage({ viewport });
	const problems = watchPage(page);
	const response = await page.goto(new URL(relative, baseURL).href, { waitUntil: 'networkidle' });
	expect(response?.status(), `status of ${relative}`).toBe(200);
	return { page, problems };
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a number that is not part of a longer one. */
function numberPattern(options: string[]): RegExp {
	return new RegExp(`(^|[^\\d,.])(${options.map(escape).join('|')})(?![\\d])`);
}

/** The first percentage written in a text (the point's own value comes first in its aria-label). */
function firstPercent(text: string): string | undefined {
	return text.match(/\d+(?:[.,]\d+)?\u00a0?%/)?.[0];
}

/**
 * The point whose aria-label gives the value first (its own value; a note later in the label may
 * quote other figures) and names the year.
 */
async function findPoint(
	page: Page,
	value: string,
	year: string
): Promise<{ point: Locator; label: string }> {
	const labels = await page
		.locator(POINT)
		.evaluateAll((elements) => elements.map((el) => el.getAttribute('aria-label') ?? ''));
	const index = labels.findIndex((label) => firstPercent(label) === value && label.includes(year));
	expect(
		index,
		`a point labelled ${JSON.stringify(value)} in ${year} among ${labels.length} points: ${JSON.stringify(labels.slice(0, 12))}`
	).toBeGreaterThanOrEqual(0);
	return { point: page.locator(POINT).nth(index), label: labels[index] };
}

/** The one visible tooltip. */
async function visibleTooltip(page: Page): Promise<string> {
	const tooltip = page.locator(TOOLTIP);
	await tooltip.first().waitFor({ state: 'visible', timeout: 2000 });
	expect(await tooltip.count(), 'one visible tooltip').toBe(1);
	const box = await tooltip.boundingBox();
	expect(box && box.width > 0 && box.height > 0, 'the tooltip has a size').toBe(true);
	return (await tooltip.innerText()).trim();
}

/** The checks every tooltip of a known point passes. */
function expectTooltipOf(text: string, known: KnownPoint): void {
	expect(
		text.includes(known.value),
		`tooltip ${JSON.stringify(text)} has the value ${JSON.stringify(known.value)}`
	).toBe(true);
	expect(text, 'tooltip has the lower bound').toMatch(numberPattern(known.low));
	expect(text, 'tooltip has the upper bound').toMatch(numberPattern(known.high));
	expect(text, 'tooltip has n').toMatch(
		new RegExp(`(^|[^\\p{L}])n\\s*[=:]\\s*${escape(known.n)}(?!\\d)`, 'u')
	);
}

/** The aria-label of the focused element, or null when it is not a point. */
async function focusedPointLabel(page: Page): Promise<string | null> {
	return page.evaluate((selector) => {
		const active = document.activeElement;
		return active && active.matches(selector) ? active.getAttribute('aria-label') : null;
	}, POINT);
}

describe.each(knownPoints)('the point $value on /$path', { timeout: 60_000 }, (known) => {
	it('shows its tooltip on hover, with the value, the interval and n', async () => {
		const { page, problems } = await open(known.path);
		try {
			const { point } = await findPoint(page, known.value, known.year);
			expect(await page.locator(TOOLTIP).count(), 'no tooltip before hovering').toBe(0);
			await point.hover({ force: true });
			expectTooltipOf(await visibleTooltip(page), known);
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('is reached with Tab and shows its tooltip on keyboard focus', async () => {
		const { page, problems } = await open(known.path);
		try {
			// Tab from the top of the page until a point of a chart has the focus.
			let reached: string | null = null;
			for (let presses = 0; presses < 80 && reached === null; presses++) {
				await page.keyboard.press('Tab');
				reached = await focusedPointLabel(page);
			}
			expect(reached, 'a chart point is reached with Tab').not.toBeNull();
			expect(await visibleTooltip(page), 'the tooltip of the point reached with Tab').toContain(
				firstPercent(reached!)
			);

			const { point, label } = await findPoint(page, known.value, known.year);
			await point.focus();
			expect(await focusedPointLabel(page)).toBe(label);
			expectTooltipOf(await visibleTooltip(page), known);
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

/**
 * ArrowRight moves to the next point of the row, ArrowLeft back: along the years on the awareness
 * trend (2018 → 2020), from the public to the entrepreneurs on the tech-for-good dumbbell (its
 * points are in the order of their position, 35 % then 60 %).
 */
describe('arrow keys', { timeout: 60_000 }, () => {
	it.each([
		{ path: 'awareness/', from: `68${NBSP}%`, fromYear: '2018', to: `47${NBSP}%`, toYear: '2020' },
		{ path: 'en/awareness/', from: '68%', fromYear: '2018', to: '47%', toYear: '2020' },
		{
			path: 'tech-for-good/',
			from: `35${NBSP}%`,
			fromYear: '2017',
			to: `60${NBSP}%`,
			toYear: '2017'
		},
		{ path: 'en/tech-for-good/', from: '35%', fromYear: '2017', to: '60%', toYear: '2017' }
	])(
		'ArrowRight goes from $from to $to on /$path, ArrowLeft back',
		async ({ path, from, fromYear, to, toYear }) => {
			const { page, problems } = await open(path);
			try {
				const { point, label } = await findPoint(page, from, fromYear);
				await point.focus();
				expect(await visibleTooltip(page)).toContain(from);
				await page.keyboard.press('ArrowRight');
				const next = await focusedPointLabel(page);
				expect(next, 'ArrowRight focuses another point').not.toBeNull();
				expect(next).not.toBe(label);
				expect(firstPercent(next!)).toBe(to);
				expect(next).toContain(toYear);
				expect(await visibleTooltip(page), 'the tooltip follows the focus').toContain(to);
				await page.keyboard.press('ArrowLeft');
				expect(await focusedPointLabel(page), 'ArrowLeft goes back').toBe(label);
				expect(problems.errors).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);
});

describe('the legend', { timeout: 60_000 }, () => {
	it.each(['awareness/', 'en/awareness/'])(
		'hides and shows a series with its toggle on /%s',
		async (path) => {
			const { page, problems } = await open(path);
			try {
				const toggle = page.locator('main button[aria-pressed]').first();
				expect(await toggle.count(), 'a legend toggle').toBe(1);
				const visiblePoints = () => page.locator(`${POINT}:visible`).count();
				const before = await visiblePoints();
				expect(before, 'visible points').toBeGreaterThan(1);
				const pressed = await toggle.getAttribute('aria-pressed');
				expect(['true', 'false']).toContain(pressed);

				// The first click wakes the chart (an island): it takes effect once the chart's code is in.
				await toggle.click();
				await expect
					.poll(() => toggle.getAttribute('aria-pressed'), { message: 'the toggle changed state' })
					.toBe(pressed === 'true' ? 'false' : 'true');
				const hidden = await visiblePoints();
				expect(hidden, 'a series is hidden').toBeLessThan(before);
				expect(hidden, 'another series is still shown').toBeGreaterThan(0);

				await toggle.click();
				expect(await toggle.getAttribute('aria-pressed')).toBe(pressed);
				expect(await visiblePoints(), 'the series is back').toBe(before);
				expect(problems.errors).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);
});

describe('the language switch', { timeout: 60_000 }, () => {
	it('goes from /awareness/ to /en/awareness/ and back', async () => {
		const { page, problems } = await open('awareness/');
		try {
			const frHeading = await page.locator('h1').innerText();
			await page.locator('a.lang-switch').click();
			await page.waitForURL(new URL('en/awareness/', baseURL).href);
			await page.waitForFunction(() => document.documentElement.lang === 'en');
			const enHeading = await page.locator('h1').innerText();
			expect(enHeading, 'the heading is translated').not.toBe(frHeading);
			expect(await page.locator('a.lang-switch').getAttribute('href')).toBe('/awareness/');
			expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe(
				'/en/awareness/'
			);

			await page.locator('a.lang-switch').click();
			await page.waitForURL(new URL('awareness/', baseURL).href);
			await page.waitForFunction(() => document.documentElement.lang === 'fr');
			expect(await page.locator('h1').innerText()).toBe(frHeading);
			expect(problems.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('the explorer', { timeout: 60_000 }, () => {
	const query = '?q=awareness_terms&pop=public&from=2013&to=2020';

	/** The <select> of questions: the one with an option for awareness_terms. */
	const questionSelect = (page: Page) =>
		page.locator('main select:has(option[value="awareness_terms"])');

	/** The query parameters of the page's URL. */
	const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

	it.each([
		{
			lang: 'fr' as Lang,
			path: `explorer/${query}`,
			figures: [`64${NBSP}%`, `47${NBSP}%`, `${MINUS}17${NBSP}pts`],
			words: /question/i
		},
		{
			lang: 'en' as Lang,
			path: `en/explorer/${query}`,
			figures: ['64%', '47%', `${MINUS}17${NBSP}pts`],
			words: /heard/i
		}
	])(
		'shows the comparison 2013 vs 2020 from the URL ($lang)',
		async ({ lang, path, figures, words }) => {
			const { page, problems } = await open(path);
			try {
				expect(await page.getAttribute('html', 'lang')).toBe(lang);
				const select = questionSelect(page);
				expect(await select.count(), 'the question <select>').toBe(1);
				expect(await select.inputValue(), 'the question from the URL').toBe('awareness_terms');
				const selectedText = await select.locator('option:checked').innerText();
				if (lang === 'en') expect(selectedText, 'the question in English').toMatch(words);

				const main = await page.locator('main').innerText();
				for (const year of ['2013', '2020']) expect(main).toContain(year);
				// The public's awareness of "économie sociale et solidaire": 64 % in 2013, 47 % in 2020.
				for (const figure of figures)
					expect(main.includes(figure), `${JSON.stringify(figure)} in the explorer`).toBe(true);
				expect(
					await page.locator('main svg[role], main svg[aria-label]').count(),
					'a chart'
				).toBeGreaterThan(0);

				// The state stays in the URL.
				expect(params(page)).toMatchObject({
					q: 'awareness_terms',
					pop: 'public',
					from: '2013',
					to: '2020'
				});
				expect(problems.errors).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);

	it('writes a new question into the URL with history.replaceState', async () => {
		const { page, problems } = await open(`explorer/${query}`);
		try {
			const select = questionSelect(page);
			const historyLength = await page.evaluate(() => history.length);
			await select.selectOption('priority_problems');
			await page.waitForURL((url) => url.searchParams.get('q') === 'priority_problems', {
				timeout: 5000
			});
			expect(new URL(page.url()).pathname).toBe('/explorer/');
			expect(await page.evaluate(() => history.length), 'replaceState, not pushState').toBe(
				historyLength
			);
			expect(await select.inputValue()).toBe('priority_problems');
			expect(problems.errors).toEqual([]);

			// Loading the written URL gives the same view.
			const written = page.url();
			const again = await open(written.replace(baseURL, ''));
			expect(await questionSelect(again.page).inputValue()).toBe('priority_problems');
			await again.page.close();
		} finally {
			await page.close();
		}
	});
});

/**
 * The exports of the built site, in Chromium: on a trend (awareness), a ranking (obstacles) and a
 * gaps chart (tech for good), in French and in English, each control under the first figure is
 * pressed and its download read.
 * - SVG: parses as XML, holds the title and the source line, no script, no class, no style, no
 *   CSS variable;
 * - PNG: the signature, 1,280 px wide; the print PNG 1,890 px wide at 300 dpi (pHYs);
 * - CSV: French with a BOM, `;` and decimal commas, English with `,` and points, the same column
 *   names, and the same numbers read back by the project's parser;
 * - embed: the code is an iframe of /embed/<id>/ (or /en/embed/<id>/), and that page loads alone
 *   with its chart, without JavaScript, without a console error;
 * - every page's og:image exists in the build and is 1200×630.
 * The hostile build (tests/fixtures/xss-data) checks that a label starting with `=` comes out of
 * the CSV behind an apostrophe, and markup as text in the SVG and the og tags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../scripts/serve.js';
import { readNumber } from '../src/lib/data/cellValues';
import { parseCsv } from '../src/lib/data/parseCsv';
import { isPng, pngDpi, pngSize } from '../src/lib/exports/pngResolution';
import { launchBrowser, watchPage } from './setup/browser';
import { buildSite, type BuiltSite } from './setup/buildSite';
import { defaultBuildFolder, langs, localizedPages, type Lang } from './setup/pages';

const baseURL = inject('baseURL');

/** A chart of each kind, by the page it is first on and its id. */
const charts = [
	{ kind: 'trend', path: 'awareness/', id: 'awareness' },
	{ kind: 'bars', path: 'obstacles/', id: 'obstacles' },
	{ kind: 'gaps', path: 'tech-for-good/', id: 'digital-association' }
] as const;

const sourceStart: Record<Lang, string> = {
	fr: 'Source\u00a0: enquêtes OpinionWay pour Ashoka',
	en: 'Source: OpinionWay surveys for Ashoka'
};

let browser: Browser;
let context: BrowserContext;
/** The hostile build, started at once so that it overlaps the tests of the real build. */
let hostileSite: Promise<BuiltSite>;

beforeAll(async () => {
	hostileSite = buildSite('tests/fixtures/xss-data');
	hostileSite.catch(() => undefined); // reported by the suite that awaits it
	browser = await launchBrowser();
	// Dark and narrow: the exports must be light and 640 px wide whatever the reader's setting.
	context = await browser.newContext({
		colorScheme: 'dark',
		viewport: { width: 390, height: 844 },
		acceptDownloads: true
	});
});

afterAll(async () => {
	await browser?.close();
	await (await hostileSite.catch(() => null))?.remove();
});

const localPath = (lang: Lang, path: string) => (lang === 'en' ? `en/${path}` : path);

/** Presses a control and returns the file it downloaded, with its suggested name. */
async function press(
	page: Page,
	figure: Locator,
	kind: string
): Promise<{ name: string; bytes: Buffer }> {
	const [download]: [Download, void] = await Promise.all([
		page.waitForEvent('download', { timeout: 20_000 }),
		figure.locator(`[data-export="${kind}"]`).click()
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A page with its first figure, once the export controls are there. */
async function openFigure(url: string): Promise<{ page: Page; figure: Locator; errors: string[] }> {
	const page = await context.newPage();
	const problems = watchPage(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	const figure = page.locator('figure').first();
	await figure.locator('[data-export="svg"]').waitFor();
	return { page, figure, errors: problems.errors };
}

/** The cells of a CSV by column, read by the project's parser. */
function readCsv(text: string): {
	delimiter: string;
	header: string[];
	rows: Record<string, string>[];
} {
	const parsed = parseCsv(text);
	const header = parsed.header.cells;
	return {
		delimiter: parsed.delimiter,
		header,
		rows: parsed.rows.map((row) =>
			Object.fromEntries(header.map((name, i) => [name, row.cells[i]]))
		)
	};
}

/** The numbers of a CSV read back, column by column, empty cells as null. */
function numbers(rows: Record<string, string>[], columns: string[]): (number | null)[][] {
	return rows.map((row) =>
		columns.map((column) => {
			if (row[column] === '') return null;
			const read = readNumber(row[column]);
			return read.ok ? read.value : Number.NaN;
		})
	);
}

describe.each(charts)('the $kind chart ($id)', (chart) => {
	const csvs = new Map<Lang, string>();

	describe.each(langs)('in %s', (lang) => {
		let page: Page;
		let figure: Locator;
		let errors: string[];

		beforeAll(async () => {
			({ page, figure, errors } = await openFigure(
				new URL(localPath(lang, chart.path), baseURL).href
			));
		});

		afterAll(async () => {
			await page?.close();
		});

		it('labels its controls in the page language', async () => {
			const labels = await figure.locator('[data-export]').allTextContents();
			expect(labels).toEqual(
				lang === 'fr'
					? ['Image SVG', 'PNG écran', 'PNG impression (300\u00a0dpi)', 'Données CSV', 'Intégrer']
					: ['SVG image', 'PNG for screens', 'PNG for print (300\u00a0dpi)', 'CSV data', 'Embed']
			);
		});

		it('exports an SVG that parses and holds the title and the source line', async () => {
			const { name, bytes } = await press(page, figure, 'svg');
			expect(name).toBe(`${chart.id}.${lang}.svg`);
			const svg = bytes.toString('utf8');
			const title = (await figure.locator('figcaption').textContent()) ?? '';
			const parsed = await page.evaluate((text) => {
				const document = new DOMParser().parseFromString(text, 'image/svg+xml');
				const root = document.documentElement;
				return {
					error: document.querySelector('parsererror')?.textContent ?? null,
					width: root.getAttribute('width'),
					texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
					scripts: root.querySelectorAll('script, foreignObject').length,
					styled: root.querySelectorAll('[style], [class], style').length
				};
			}, svg);
			expect(parsed.error).toBeNull();
			expect(parsed.width).toBe('640');
			expect(title.length).toBeGreaterThan(5);
			expect(parsed.texts.join(' ')).toContain(title);
			expect(parsed.texts.some((text) => text.startsWith(sourceStart[lang]))).toBe(true);
			expect(parsed.scripts).toBe(0);
			expect(parsed.styled).toBe(0);
			expect(svg).not.toContain('var(');
			// Light colours in a dark page: a white background, dark text.
			expect(svg).toContain('<rect x="0" y="0" width="640"');
			expect(svg).toMatch(/height="\d+" fill="#ffffff"\/>/);
		});

		it('exports a PNG for screens, 1,280 px wide', async () => {
			const { name, bytes } = await press(page, figure, 'png');
			expect(name).toBe(`${chart.id}.${lang}.png`);
			const png = new Uint8Array(bytes);
			expect(isPng(png)).toBe(true);
			expect(pngSize(png).width).toBe(1280);
		});

		it('exports a PNG for print, 1,890 px wide at 300 dpi', async () => {
			const { name, bytes } = await press(page, figure, 'png-print');
			expect(name).toBe(`${chart.id}.${lang}-print.png`);
			const png = new Uint8Array(bytes);
			expect(isPng(png)).toBe(true);
			expect(pngSize(png).width).toBe(1890);
			expect(pngDpi(png)).toBe(300);
		});

		it(`exports a CSV ${lang === 'fr' ? 'with a BOM, ";" and decimal commas' : 'with "," and points'}`, async () => {
			const { name, bytes } = await press(page, figure, 'csv');
			expect(name).toBe(`${chart.id}.${lang}.csv`);
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const text = bytes.toString('utf8');
			csvs.set(lang, text);
			const csv = readCsv(text);
			expect(csv.delimiter).toBe(lang === 'fr' ? ';' : ',');
			expect(csv.rows.length).toBeGreaterThan(0);
			const decimals = csv.rows
				.flatMap((row) => Object.values(row))
				.filter((cell) => /^-?\d+[.,]\d+$/.test(cell));
			expect(decimals.length).toBeGreaterThan(0);
			for (const cell of decimals)
				expect(cell).toMatch(lang === 'fr' ? /^-?\d+,\d+$/ : /^-?\d+\.\d+$/);
		});

		it('gives an embed code whose page loads alone with its chart, without a console error', async () => {
			await figure.locator('[data-export="embed"]').click();
			const code = await figure.locator('textarea').inputValue({ timeout: 20_000 });
			const match = code.match(/^<iframe src="([^"]+)" title="[^"]*" width="640" height="(\d+)"/);
			expect(match, code).not.toBeNull();
			const [, src, height] = match ?? [];
			expect(new URL(src).pathname).toBe(`/${localPath(lang, `embed/${chart.id}/`)}`);
			expect(Number(height)).toBeGreaterThan(300);
			const embed = await context.newPage();
			const problems = watchPage(embed);
			try {
				await embed.goto(src, { waitUntil: 'networkidle' });
				expect(await embed.locator('figure svg[role="group"]').count()).toBe(1);
				expect(await embed.locator('header, footer, nav').count()).toBe(0);
				expect(await embed.locator('script').count()).toBe(0);
				expect(await embed.locator('main a[href]').count()).toBeGreaterThan(0);
				expect(problems.requests.filter((url) => url.endsWith('.js'))).toEqual([]);
				expect(problems.errors).toEqual([]);
			} finally {
				await embed.close();
			}
			expect(errors).toEqual([]);
		});
	});

	it('writes the same numbers in French and English, under the same column names', () => {
		const fr = readCsv(csvs.get('fr') ?? '');
		const en = readCsv(csvs.get('en') ?? '');
		expect(fr.header).toEqual(en.header);
		const columns = fr.header.filter((name) =>
			/^(pct|ci_|base(_[ab])?$|delta|gap|change_|year)/.test(name)
		);
		expect(columns.length).toBeGreaterThan(3);
		expect(numbers(fr.rows, columns)).toEqual(numbers(en.rows, columns));
		expect(
			numbers(fr.rows, columns)
				.flat()
				.some((value) => Number.isNaN(value))
		).toBe(false);
	});
});

describe('social previews', () => {
	it.each(localizedPages())(
		'$title has og tags and a 1200×630 og:image in the build',
		(sitePage) => {
			const html = readFileSync(join(defaultBuildFolder, sitePage.localPath, 'index.html'), 'utf8');
			const meta = (attribute: string, name: string) =>
				html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1] ?? null;
			for (const name of ['og:title', 'og:description', 'og:url', 'og:locale'])
				expect(meta('property', name), name).not.toBeNull();
			expect(meta('property', 'og:locale')).toBe(sitePage.lang === 'fr' ? 'fr_FR' : 'en_GB');
			expect(meta('name', 'twitter:card')).toBe('summary_large_image');
			expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')]).toEqual([
				'1200',
				'630'
			]);
			const image = meta('property', 'og:image') ?? '';
			// Built without SITE_URL: root-relative.
			expect(image).toMatch(/^\/og\/[\w-]+\.(fr|en)\.png$/);
			const png = new Uint8Array(readFileSync(join(defaultBuildFolder, image)));
			expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		}
	);
});

describe('hostile labels', () => {
	let site: BuiltSite;
	let server: Awaited<ReturnType<typeof startServer>>;

	beforeAll(async () => {
		site = await hostileSite;
		server = await startServer({ root: site.root, port: 0 });
	}, 240_000);

	afterAll(async () => {
		await server?.close();
	});

	it('keeps a label starting with "=" as text in the CSV, behind an apostrophe', async () => {
		const { page } = await openFigure(new URL('obstacles/', server.url).href);
		try {
			const barriers = page.locator('figure').nth(1);
			await barriers.locator('[data-export="csv"]').waitFor();
			const { bytes } = await press(page, barriers, 'csv');
			const csv = readCsv(bytes.toString('utf8'));
			expect(csv.rows.map((row) => row.answer)).toContain(
				'\'=HYPERLINK("http://evil.example","x")'
			);
			expect(csv.rows.every((row) => !row.answer.startsWith('='))).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('writes markup as text in the SVG', async () => {
		const { page, figure } = await openFigure(new URL('awareness/', server.url).href);
		try {
			const { bytes } = await press(page, figure, 'svg');
			const parsed = await page.evaluate((text) => {
				const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
				return {
					elements: [...new Set([...root.querySelectorAll('*')].map((e) => e.localName))].sort(),
					text: root.textContent ?? ''
				};
			}, bytes.toString('utf8'));
			expect(parsed.elements).not.toContain('img');
			expect(parsed.elements).not.toContain('script');
			expect(parsed.text).toContain('<img src=x onerror="window.__xss=1">');
			expect(parsed.text).toContain('<script>window.__xss=1</script>');
		} finally {
			await page.close();
		}
	});

	it('writes markup as text in the og tags and on the embed page', async () => {
		const page = await context.newPage();
		try {
			await page.goto(new URL('questions/digital_social_link/', server.url).href);
			const title = await page.locator('meta[property="og:title"]').getAttribute('content');
			expect(title).toContain('<script>window.__xss=1</script>');
			// charts.csv's French title of this chart is the script.
			await page.goto(new URL('embed/awareness-entrepreneur/', server.url).href);
			expect(await page.locator('figcaption').textContent()).toContain(
				'<script>window.__xss=1</script>'
			);
			expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
		} finally {
			await page.close();
		}
	});
});

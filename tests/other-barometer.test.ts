/**
 * The site built from another barometer's data folder (tests/fixtures/benevolat-data, made-up test
 * data with other question ids, themes and populations) into a temporary folder
 * (tests/setup/buildSite.ts): its own title and lead in both languages, its ten theme pages in
 * the navigation (usable at 390 px), each with an SVG chart without JavaScript, a non-empty overview with no
 * `headline` flag, no page for its theme without charts, its change published without a level
 * marked as such, and none of the bundled barometer's words anywhere in its HTML.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve.js';
import { launchBrowser, watchPage } from './setup/browser';
import { buildSite, type BuiltSite } from './setup/buildSite';

const themePages = [
	{ path: 'engagement/', fr: 'Engagement', en: 'Commitment' },
	{ path: 'raisons/', fr: 'Raisons', en: 'Reasons' },
	{ path: 'obstacles-benevolat/', fr: 'Obstacles', en: 'Obstacles' },
	{ path: 'outils-numeriques/', fr: 'Outils numériques', en: 'Digital tools' },
	{ path: 'formation/', fr: 'Formation des bénévoles', en: 'Volunteer training' },
	{
		path: 'gouvernance-associative/',
		fr: 'Gouvernance associative',
		en: 'Association governance'
	},
	{ path: 'reconnaissance/', fr: 'Reconnaissance', en: 'Recognition' },
	{ path: 'temps-disponible/', fr: 'Temps disponible', en: 'Available time' },
	{ path: 'communication-locale/', fr: 'Communication locale', en: 'Local communication' },
	{
		path: 'partenariats-entreprises/',
		fr: 'Partenariats avec les entreprises',
		en: 'Partnerships with companies'
	}
];

let site: BuiltSite;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
	site = await buildSite('tests/fixtures/benevolat-data');
	server = await startServer({ root: site.root, port: 0 });
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await site?.remove();
});

/** A page of the built site, JavaScript on or off, and what went wrong while it loaded. */
async function open(path: string, javaScriptEnabled = true, width = 1280, height = 800) {
	const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height } });
	const page = await context.newPage();
	const problems = watchPage(page);
	const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
	return { page, problems, response, close: () => context.close() };
}

const text = async (page: Page, selector: string) =>
	(await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Every HTML file of a built site, relative to its root. */
async function htmlFiles(root: string): Promise<string[]> {
	const names = await readdir(root, { recursive: true });
	return names.filter((name) => name.endsWith('.html')).map((name) => join(root, name));
}

describe('a site built from another barometer', () => {
	it.for([
		{
			path: '',
			title: 'Baromètre du bénévolat (données de test)',
			lead: 'Données inventées pour les tests'
		},
		{ path: 'en/', title: 'Volunteering Barometer (test data)', lead: 'Made-up data for the tests' }
	])('has its own title and lead, and a non-empty overview ($title)', async (home) => {
		const { page, problems, close } = await open(home.path);
		try {
			expect(await page.title()).toBe(home.title);
			expect(await text(page, 'h1')).toEqual([home.title]);
			expect((await text(page, 'main .lead'))[0]).toContain(home.lead);
			// No question is flagged `headline`: the overview shows each theme page's first chart.
			expect(await page.locator('main .headline').count()).toBe(themePages.length);
			expect(await page.locator('main .headline a').first().getAttribute('href')).toBe(
				`/${home.path}engagement/`
			);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('lists its theme pages in theme order between the overview and the explorer', async () => {
		for (const lang of ['fr', 'en'] as const) {
			const prefix = lang === 'en' ? 'en/' : '';
			const { page, close } = await open(prefix);
			try {
				const labels = await text(page, 'nav.site-nav a');
				expect(labels).toEqual([
					lang === 'fr' ? 'Aperçu' : 'Overview',
					...themePages.map((theme) => theme[lang]),
					...(lang === 'fr'
						? ['Explorateur', 'Méthodologie', 'Données']
						: ['Explorer', 'Methodology', 'Data'])
				]);
				expect(await page.locator('nav.site-nav a').nth(1).getAttribute('href')).toBe(
					`/${prefix}engagement/`
				);
			} finally {
				await close();
			}
		}
	});

	it.for(themePages.flatMap((theme) => [theme.path, `en/${theme.path}`]))(
		'draws an SVG chart on %s with JavaScript off',
		async (path) => {
			const { page, response, close } = await open(path, false);
			try {
				expect(response?.status()).toBe(200);
				expect(await page.locator('main figure svg').count()).toBeGreaterThan(0);
			} finally {
				await close();
			}
		}
	);

	it('draws the six answers of both populations as gaps on the reasons page', async () => {
		const { page, close } = await open('raisons/', false);
		try {
			expect(await text(page, '#reasons-gaps figcaption')).toEqual(['Bénévoles et Français']);
			expect(await page.locator('#reasons-gaps details tbody tr').count()).toBe(6);
		} finally {
			await close();
		}
	});

	it('has no page for the theme without charts', async () => {
		const { response, close } = await open('dons/', false);
		try {
			expect(response?.status()).toBe(404);
		} finally {
			await close();
		}
	});

	it('marks the change published without a level on its question page', async () => {
		const { page, close } = await open('questions/volunteering_change/', false);
		try {
			const main = (await text(page, 'main'))[0];
			expect(main).toContain('+4 pts depuis 2022');
			expect(main).toContain('niveau non publié');
			expect(main).not.toContain('Dernière vague');
		} finally {
			await close();
		}
	});

	it.for([
		{ path: '', javaScript: true },
		{ path: 'en/', javaScript: true },
		{ path: 'partenariats-entreprises/', javaScript: false }
	])(
		'keeps its navigation of ten theme pages usable at 390 px on /$path: every entry on screen, nothing wider than the screen, a third of the first screen at most',
		async ({ path, javaScript }) => {
			const { page, close } = await open(path, javaScript, 390, 844);
			try {
				const links = page.locator('nav.site-nav a');
				expect(await links.count()).toBe(themePages.length + 4);
				for (let index = 0; index < (await links.count()); index++) {
					const link = links.nth(index);
					await expect.poll(() => link.isVisible(), { timeout: 1000 }).toBe(true);
					const box = await link.boundingBox();
					expect(box && box.x >= 0 && box.x + box.width <= 390, `entry ${index}`).toBe(true);
				}
				const { scrollWidth, innerWidth, innerHeight, navHeight } = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth,
					innerHeight: window.innerHeight,
					navHeight: document.querySelector('nav.site-nav')?.getBoundingClientRect().height ?? 0
				}));
				expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
				expect(navHeight).toBeGreaterThan(0);
				expect(navHeight).toBeLessThanOrEqual(innerHeight / 3);
			} finally {
				await close();
			}
		}
	);

	it("has none of the bundled barometer's words in any built HTML", async () => {
		const files = await htmlFiles(site.root);
		expect(files.length).toBeGreaterThan(20);
		const found: string[] = [];
		for (const file of files) {
			const html = await readFile(file, 'utf8');
			for (const word of ['entrepreneuriat', 'Ashoka', 'OpinionWay'])
				if (html.toLowerCase().includes(word.toLowerCase()))
					found.push(`${file.slice(site.root.length)}: ${word}`);
		}
		expect(found).toEqual([]);
	});
});

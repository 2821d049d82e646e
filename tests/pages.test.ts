/**
 * The built home page, in French and English, in a real browser: it renders, logs no error (a CSP
 * violation would be one), asks nothing of another host, and carries the right `<html lang>`.
 * Screenshots at phone and desktop sizes go to test-results/screenshots/ for a human to look at.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchPage } from './setup/browser';

const baseURL = inject('baseURL');
const screenshotFolder = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const homes = [
	{ lang: 'fr', path: '', title: "Baromètre de l'entrepreneuriat social", switchHref: '/en/' },
	{ lang: 'en', path: 'en/', title: 'Social Entrepreneurship Barometer', switchHref: '/' }
] as const;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	await mkdir(screenshotFolder, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

describe.each(homes)('the home page in $lang', ({ lang, path, title, switchHref }) => {
	it('renders with no console error, no external request and the right html lang', async () => {
		const page = await browser.newPage();
		const problems = watchPage(page);
		const response = await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });

		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.textContent('h1')).toBe(title);
		expect(await page.title()).toBe(title);
		expect(problems.errors).toEqual([]);
		expect(problems.externalRequests).toEqual([]);
		await page.close();
	});

	it('is served with a content security policy that allows no inline script but its own', async () => {
		const page = await browser.newPage();
		await page.goto(new URL(path, baseURL).href);
		const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
		expect(policy).toMatch(/style-src 'self'(;|$)/);
		expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
		await page.close();
	});

	it('offers the navigation and the language switch without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(path, baseURL).href);

		const links = page.getByRole('navigation').getByRole('link');
		expect(await links.count()).toBe(7);
		expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe(`/${path}`);
		expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(switchHref);

		await page.locator('a.lang-switch').click();
		await page.waitForURL(new URL(switchHref.slice(1), baseURL).href);
		expect(await page.getAttribute('html', 'lang')).toBe(lang === 'fr' ? 'en' : 'fr');
		await context.close();
	});

	it.each(viewports)('has a screenshot at $width×$height', async (viewport) => {
		const page = await browser.newPage({ viewport });
		const problems = watchPage(page);
		await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });

		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
		await page.screenshot({
			path: `${screenshotFolder}home-${lang}-${viewport.width}x${viewport.height}.png`,
			fullPage: true
		});
		expect(problems.errors).toEqual([]);
		await page.close();
	});
});

describe('a missing page', () => {
	it('is answered with the 404 page, styled, in both languages', async () => {
		const page = await browser.newPage();
		const problems = watchPage(page);
		const response = await page.goto(new URL('somewhere/deep/nowhere/', baseURL).href, {
			waitUntil: 'networkidle'
		});
		expect(response?.status()).toBe(404);
		expect(await page.textContent('h1')).toBe('Page introuvable');
		expect(await page.textContent('[lang="en"] h2')).toBe('Page not found');
		const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
		expect(font, 'the stylesheet loaded').toContain('system-ui');
		// The browser logs the 404 status of the page itself; nothing else may fail.
		expect(problems.errors.filter((error) => !/404 \(Not Found\)/.test(error))).toEqual([]);
		await page.close();
	});
});

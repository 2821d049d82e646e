/**
 * Every built page (tests/setup/pages.ts), in French and English, in a real browser: it answers
 * 200 at its own path, logs no error (a CSP violation would be one), throws nothing, asks nothing
 * of another host (every request URL is recorded), carries the right `<html lang>`, exactly one
 * <h1>, the site's name in its title, the language switch to the same page and its navigation
 * entry marked current. The home pages are checked in more detail (title, policy, navigation
 * without JavaScript). Screenshots are taken by screenshots.test.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isLocalURL, launchBrowser, watchPage } from './setup/browser';
import { langs, localize, localizedPages, questionIds } from './setup/pages';

const baseURL = inject('baseURL');
const pages = localizedPages();

const siteTitles = {
	fr: "Baromètre de l'entrepreneuriat social",
	en: 'Social Entrepreneurship Barometer'
};

const homes = [
	{ lang: 'fr', path: '', title: siteTitles.fr, switchHref: '/en/' },
	{ lang: 'en', path: 'en/', title: siteTitles.en, switchHref: '/' }
] as const;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe('every page', () => {
	it.concurrent.for(pages)(
		'$title: 200, no error, only local requests, lang, one h1',
		{ timeout: 90_000 },
		async (sitePage, { expect }) => {
			const page = await browser.newPage();
			const problems = watchPage(page);
			const failed: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
			});
			page.on('requestfailed', (request) =>
				failed.push(`${request.failure()?.errorText} ${request.url()}`)
			);
			try {
				const response = await page.goto(new URL(sitePage.relative, baseURL).href, {
					waitUntil: 'networkidle'
				});

				expect(response?.status(), 'status').toBe(200);
				expect(new URL(page.url()).pathname, 'no redirect').toBe(sitePage.localPath);
				expect(await page.getAttribute('html', 'lang'), '<html lang>').toBe(sitePage.lang);
				expect(await page.locator('h1').count(), 'exactly one <h1>').toBe(1);
				expect((await page.locator('h1').textContent())?.trim(), 'the <h1> has text').not.toBe('');
				expect(await page.title(), '<title> names the site').toContain(siteTitles[sitePage.lang]);
				const other = sitePage.lang === 'fr' ? 'en' : 'fr';
				expect(await page.locator('a.lang-switch').getAttribute('href'), 'language switch').toBe(
					localize(other, sitePage.path)
				);
				if (!sitePage.path.startsWith('/questions/')) {
					expect(
						await page.locator('nav a[aria-current="page"]').getAttribute('href'),
						'current page in the navigation'
					).toBe(sitePage.localPath);
				}

				expect(problems.requests.length, 'requests were recorded').toBeGreaterThan(0);
				expect(
					problems.requests.filter((url) => !isLocalURL(url)),
					'requests leaving localhost'
				).toEqual([]);
				expect(problems.externalRequests, 'requests leaving localhost').toEqual([]);
				expect(failed, 'failed requests').toEqual([]);
				expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
				expect(problems.errors, 'console errors').toEqual([]);
			} finally {
				await page.close();
			}
		}
	);

	it('has the same question pages in French and English', () => {
		const [fr, en] = langs.map((lang) => questionIds(lang));
		expect(en).toEqual(fr);
	});
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

/**
 * Security of the built site.
 *
 * 1. Hostile data: the site is built from tests/fixtures/xss-data/ (a copy of data/ whose labels,
 *    notes and sources hold markup and `javascript:` URLs; see tests/fixtures/make-xss-data.js)
 *    into a temporary folder (tests/setup/buildSite.ts), served on its own port, and every page is
 *    visited, its points hovered and focused, its toggles pressed and its selects changed. Nothing
 *    may run (`window.__xss` stays undefined), no element may carry an on* attribute, no link may
 *    point to `javascript:`, and the markup must show as text.
 * 2. The policy: every page of the real build has a Content-Security-Policy <meta> whose
 *    script-src has no 'unsafe-inline', and no violation is reported (console messages and
 *    `securitypolicyviolation` events) while the page is used, on both builds.
 * 3. Hostile URL: the explorer loaded with markup in its query parameters runs nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../scripts/serve.js';
import {
	cspViolations,
	launchBrowser,
	recordCspViolations,
	watchPage,
	type PageProblems
} from './setup/browser';
import { buildSite, type BuiltSite } from './setup/buildSite';
import { langs, localizedPages, pageIn, questionIds, type LocalizedPage } from './setup/pages';

const baseURL = inject('baseURL');
const pages = localizedPages();

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';

/** The hostile words each page must show as text (from the fixture's labels). */
const literalTexts: { path: string; texts: string[] }[] = [
	{ path: '/awareness/', texts: [IMG, SCRIPT] },
	{ path: '/tech-for-good/', texts: [IMG] },
	{ path: '/obstacles/', texts: [SCRIPT] }
];

const POINT = 'main svg [aria-label][tabindex]';

let browser: Browser;
/** The hostile build, started at once so that it overlaps the tests of the real build. */
let hostileSite: Promise<BuiltSite>;

beforeAll(async () => {
	hostileSite = buildSite('tests/fixtures/xss-data');
	hostileSite.catch(() => undefined); // reported by the suite that awaits it
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** A context that records CSP violations, with JavaScript. */
async function newContext(): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await recordCspViolations(context);
	return context;
}

/** The questions whose words the hostile data changed (tests/fixtures/make-xss-data.js). */
const hostileQuestions = ['awareness_terms', 'digital_social_link', 'obstacles_development'];

/**
 * Whether a page is used thoroughly (every kind of interaction, many points) or lightly (a few
 * points and one toggle): thoroughly for the pages of the navigation and the question pages of
 * the questions the hostile data changed, which show those words; the other question pages share
 * their components.
 */
function thoroughFor(path: string): boolean {
	return (
		!path.startsWith('/questions/') || hostileQuestions.some((id) => path === `/questions/${id}/`)
	);
}

/**
 * Uses a page as a visitor would: hovers and focuses its chart points, walks them with the arrow
 * keys, presses and unpresses its toggles, opens its <details>, and changes its selects (to the
 * hostile questions when they are options).
 */
async function exercise(page: Page, thorough: boolean): Promise<void> {
	const points = page.locator(POINT);
	const count = Math.min(await points.count(), thorough ? 12 : 3);
	for (let index = 0; index < count; index++) {
		const point = points.nth(index);
		if (!(await point.isVisible())) continue;
		await point.hover({ force: true, timeout: 2000 }).catch(() => undefined);
		await point.focus().catch(() => undefined);
	}
	if (count > 0 && thorough) {
		await points
			.first()
			.focus()
			.catch(() => undefined);
		for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
	}
	const toggles = page.locator('main button[aria-pressed]');
	for (let index = 0; index < Math.min(await toggles.count(), thorough ? 4 : 1); index++) {
		await toggles
			.nth(index)
			.click({ timeout: 2000 })
			.catch(() => undefined);
		await toggles
			.nth(index)
			.click({ timeout: 2000 })
			.catch(() => undefined);
	}
	if (!thorough) return;
	const summaries = page.locator('main details > summary');
	for (let index = 0; index < Math.min(await summaries.count(), 6); index++) {
		await summaries
			.nth(index)
			.click({ timeout: 2000 })
			.catch(() => undefined);
	}
	const selects = page.locator('main select');
	for (let index = 0; index < Math.min(await selects.count(), 3); index++) {
		const select = selects.nth(index);
		const values = await select
			.locator('option')
			.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
		const hostile = values.filter((value) => hostileQuestions.includes(value));
		for (const value of hostile.length > 0 ? hostile : values.slice(0, 3)) {
			await select.selectOption(value, { timeout: 2000 }).catch(() => undefined);
			const points = page.locator(POINT);
			if ((await points.count()) > 0)
				await points
					.first()
					.hover({ force: true, timeout: 2000 })
					.catch(() => undefined);
		}
	}
	await page.waitForTimeout(100);
}

/** What the page's DOM says about injected code. */
async function inspect(page: Page) {
	return page.evaluate(() => {
		const elements = [...document.querySelectorAll('*')];
		const outline = (el: Element) =>
			`<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`.slice(
				0,
				160
			);
		const scriptURL = (value: string) =>
			// eslint-disable-next-line no-control-regex -- browsers ignore C0 controls and spaces in a URL
			/^javascript:/i.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
		const textNodes: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) =>
				node.parentElement?.closest('script, style, template, noscript')
					? NodeFilter.FILTER_REJECT
					: NodeFilter.FILTER_ACCEPT
		});
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			textNodes.push(node.nodeValue ?? '');
		return {
			xss: typeof (window as unknown as { __xss?: unknown }).__xss,
			onAttributes: elements
				.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
				.map(outline),
			scriptLinks: elements
				.filter((el) =>
					['href', 'xlink:href', 'src', 'action', 'formaction', 'data'].some((name) =>
						scriptURL(el.getAttribute(name) ?? '')
					)
				)
				.map(outline),
			injectedElements: [
				...document.querySelectorAll('img[src="x"], script:not([src]), svg[onload], b[onmouseover]')
			]
				.filter((el) => el.tagName !== 'SCRIPT' || /^\s*window\.__xss/.test(el.textContent ?? ''))
				.map(outline),
			text: textNodes.join(' '),
			policy:
				document
					.querySelector('meta[http-equiv="Content-Security-Policy" i]')
					?.getAttribute('content') ?? null
		};
	});
}

/** The script-src directive of a policy (or default-src when there is none). */
function scriptSource(policy: string): string {
	const directives = policy.split(';').map((part) => part.trim());
	return (
		directives.find((part) => part.startsWith('script-src ')) ??
		directives.find((part) => part.startsWith('default-src ')) ??
		''
	);
}

/** The checks of the policy, after the page was used. */
async function expectPolicyKept(
	page: Page,
	problems: PageProblems,
	policy: string | null
): Promise<void> {
	expect(policy, 'a Content-Security-Policy <meta>').not.toBeNull();
	const scriptSrc = scriptSource(policy!);
	expect(scriptSrc, 'script-src').toMatch(/^script-src /);
	expect(scriptSrc, "script-src without 'unsafe-inline'").not.toMatch(/unsafe-inline/);
	expect(scriptSrc, "script-src without 'unsafe-eval'").not.toMatch(/unsafe-eval/);
	expect(await cspViolations(page), 'securitypolicyviolation events').toEqual([]);
	expect(problems.cspMessages, 'console messages about the Content Security Policy').toEqual([]);
}

describe('the real build', () => {
	it.concurrent.for(pages)(
		'$title has a strict policy and no violation while used',
		{ timeout: 120_000 },
		async (sitePage, { expect }) => {
			const context = await newContext();
			try {
				const page = await context.newPage();
				const problems = watchPage(page);
				const response = await page.goto(new URL(sitePage.relative, baseURL).href, {
					waitUntil: 'networkidle'
				});
				expect(response?.status()).toBe(200);
				// Light use: the thorough use of every page is in the hostile build, under the same policy.
				await exercise(page, false);
				const found = await inspect(page);
				await expectPolicyKept(page, problems, found.policy);
				expect(found.onAttributes, 'elements with on* attributes').toEqual([]);
				expect(problems.errors, 'console errors').toEqual([]);
			} finally {
				await context.close();
			}
		}
	);

	it.each(['fr', 'en'])(
		'runs nothing from hostile explorer query parameters (%s)',
		{ timeout: 120_000 },
		async (lang) => {
			const context = await newContext();
			try {
				const page = await context.newPage();
				const problems = watchPage(page);
				const query = new URLSearchParams({
					q: IMG,
					pop: `javascript:window.__xss=1,${SCRIPT}`,
					from: '"><svg onload="window.__xss=1">',
					to: '1e99'
				});
				const response = await page.goto(
					new URL(`${pageIn(lang as 'fr' | 'en', '/explorer/').relative}?${query}`, baseURL).href,
					{
						waitUntil: 'networkidle'
					}
				);
				expect(response?.status()).toBe(200);
				await exercise(page, true);
				const found = await inspect(page);
				expect(found.xss, 'window.__xss').toBe('undefined');
				expect(found.onAttributes).toEqual([]);
				expect(found.scriptLinks).toEqual([]);
				expect(found.injectedElements).toEqual([]);
				expect(problems.pageErrors, 'uncaught exceptions on bad parameters').toEqual([]);
				await expectPolicyKept(page, problems, found.policy);
			} finally {
				await context.close();
			}
		}
	);
});

describe('a build from hostile data (tests/fixtures/xss-data)', () => {
	let site: BuiltSite | undefined;
	let server: Awaited<ReturnType<typeof startServer>> | undefined;

	beforeAll(async () => {
		site = await hostileSite;
		server = await startServer({ root: site.root, port: 0 });
	}, 300_000);

	afterAll(async () => {
		await server?.close();
		await site?.remove();
	});

	it('has the same question pages as the real build', () => {
		for (const lang of langs) expect(questionIds(lang, site!.root)).toEqual(questionIds(lang));
	});

	it.concurrent.for(pages)(
		'$title runs nothing and shows the markup as text',
		{ timeout: 120_000 },
		async (sitePage: LocalizedPage, { expect }) => {
			const context = await newContext();
			try {
				const page = await context.newPage();
				const problems = watchPage(page);
				const response = await page.goto(new URL(sitePage.relative, server!.url).href, {
					waitUntil: 'networkidle'
				});
				expect(response?.status()).toBe(200);
				await exercise(page, thoroughFor(sitePage.path));
				const found = await inspect(page);

				expect(found.xss, 'window.__xss').toBe('undefined');
				expect(found.onAttributes, 'elements with on* attributes').toEqual([]);
				expect(found.scriptLinks, 'javascript: links').toEqual([]);
				expect(found.injectedElements, 'elements made from the data').toEqual([]);
				for (const text of literalTexts.find((entry) => entry.path === sitePage.path)?.texts ??
					[]) {
					expect(found.text.includes(text), `${JSON.stringify(text)} shown as text`).toBe(true);
				}
				await expectPolicyKept(page, problems, found.policy);
				expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
			} finally {
				await context.close();
			}
		}
	);
});

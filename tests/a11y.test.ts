/**
 * axe-core on every navigation page and the representative question pages (setup/pages.ts), in French and English, in light and dark colour schemes, at phone
 * (390×844) and desktop (1280×800) sizes: zero violations of any rule axe runs by default
 * (WCAG 2.x A and AA, and best practices). Failures are printed one violation and one element a line.
 *
 * Each page is loaded once and the four combinations are emulated on it in turn (size, then
 * colour scheme): every rule at each size in light, the colour rules in dark.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser } from './setup/browser';
import { representativePages } from './setup/pages';

const baseURL = inject('baseURL');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const schemes = ['light', 'dark'] as const;
const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const combinations = viewports.flatMap((viewport) =>
	schemes.map((scheme) => ({ scheme, viewport }))
);

/** The rules whose outcome depends on colours: all the dark scheme can change. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** The part of axe's result the report needs. */
interface Violation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** One violation a paragraph, one element a line, with what axe says to fix. */
function report(violations: Violation[]): string {
	return violations
		.map((violation) =>
			[
				`[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
				...violation.nodes.map(
					(node) =>
						`  - ${node.target.join(' ')}\n    ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`
				)
			].join('\n')
		)
		.join('\n\n');
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	// axe is added to every page before its own scripts, as an init script: the site's policy
	// (script-src 'self' and hashes) does not apply to it, so the pages run under their real policy.
	await context.addInitScript({ path: axePath });
});

afterAll(async () => {
	await browser?.close();
});

describe('axe-core', () => {
	// One load per page; the combinations of colour scheme and size are emulated in turn on it.
	// Each width gets every rule in light; dark changes colours only, so it gets the colour rules.
	it.concurrent.for(representativePages())(
		'$title has no violation, light and dark, 390 and 1280 wide',
		{ timeout: 180_000 },
		async (sitePage, { expect }) => {
			const page = await context.newPage();
			try {
				const response = await page.goto(new URL(sitePage.relative, baseURL).href, {
					waitUntil: 'networkidle'
				});
				expect(response?.status()).toBe(200);
				const reports: string[] = [];
				for (const { scheme, viewport } of combinations) {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme: scheme });
					const rules = scheme === 'dark' ? colourRules : null;
					const result = await page.evaluate(async (only) => {
						// Let the layout and the styles settle after the change of size and scheme.
						await new Promise((resolve) =>
							requestAnimationFrame(() => requestAnimationFrame(resolve))
						);
						// @ts-expect-error axe is the global the init script defines
						const axe = window.axe;
						const options = only
							? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } }
							: { resultTypes: ['violations'] };
						const run = await axe.run(document, options);
						return {
							dark: matchMedia('(prefers-color-scheme: dark)').matches,
							width: innerWidth,
							violations: run.violations as Violation[],
							passes: run.passes.length as number
						};
					}, rules);
					expect(result.dark, 'the colour scheme is emulated').toBe(scheme === 'dark');
					expect(result.width, 'the width is emulated').toBe(viewport.width);
					expect(result.passes, 'axe ran its rules').toBeGreaterThan(0);
					if (result.violations.length > 0) {
						reports.push(
							`== ${sitePage.title}, ${scheme}, ${viewport.width}×${viewport.height}\n${report(result.violations)}`
						);
					}
				}
				expect(reports.join('\n\n'), `axe violations on ${sitePage.title}`).toBe('');
			} finally {
				await page.close();
			}
		}
	);
});

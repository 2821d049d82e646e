/**
 * No layout shift on any page on a phone: what hydration adds (the data page's filters, row count
 * and sort buttons, the export buttons under each chart) must already have its place in the
 * prerendered HTML. A page is loaded as Lighthouse's mobile run sees it (412 × 823, device scale
 * 1.75, CPU slowed down 4 times) and every 'layout-shift' entry of the load and the second after
 * it is summed: the sum must be 0. Without JavaScript those controls would do nothing: they are
 * in the HTML but not shown.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { launchBrowser } from './setup/browser';
import { langs, localizedPages, pageIn } from './setup/pages';

const baseURL = inject('baseURL');

/** Lighthouse's mobile screen, and the phone of the screenshots. */
const phones = [
	{ width: 412, height: 823, deviceScaleFactor: 1.75 },
	{ width: 390, height: 844, deviceScaleFactor: 3 }
];

const cases = langs.flatMap((lang) =>
	phones.map((phone) => ({ lang, phone, title: `${lang} ${phone.width}×${phone.height}` }))
);

/** A layout shift, with the elements that moved (tag, class and the start of their text). */
interface Shift {
	value: number;
	time: number;
	sources: string[];
}

declare global {
	interface Window {
		layoutShifts?: Shift[];
	}
}

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/**
 * The layout shifts of a page while it loads on a phone and for a second after `ready` resolves.
 * @param relative the page, relative to the server's base URL
 * @param ready resolves once the page has hydrated
 */
async function layoutShifts(
	relative: string,
	phone: (typeof phones)[number],
	ready: (page: Page) => Promise<unknown>
): Promise<Shift[] | undefined> {
	const context = await browser.newContext({
		viewport: { width: phone.width, height: phone.height },
		deviceScaleFactor: phone.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			window.layoutShifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as {
					value: number;
					startTime: number;
					sources: { node: Node | null }[];
				}[]) {
					window.layoutShifts?.push({
						value: entry.value,
						time: Math.round(entry.startTime),
						sources: entry.sources.map(({ node }) =>
							node instanceof Element
								? `${node.localName}.${node.className} ${node.textContent?.slice(0, 40)}`
								: `${node?.nodeName} ${node?.textContent?.slice(0, 40)}`
						)
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(new URL(relative, baseURL).href, { waitUntil: 'load' });
		await ready(page);
		await page.waitForTimeout(1000);
		return await page.evaluate(() => window.layoutShifts);
	} finally {
		await context.close();
	}
}

/** Sums the shifts, saying which elements moved when the sum is not 0. */
function expectNoShift(shifts: Shift[] | undefined, expect: ExpectStatic): void {
	expect(shifts, 'the observer ran').toBeInstanceOf(Array);
	expect(
		shifts!.reduce((sum, shift) => sum + shift.value, 0),
		`layout shifts: ${JSON.stringify(shifts)}`
	).toBe(0);
}

describe('the data page on a phone', () => {
	it.for(cases)('$title: no layout shift while it loads', async ({ lang, phone }, { expect }) => {
		// Hydration has run: the sort buttons replace the headers' plain labels.
		const shifts = await layoutShifts(pageIn(lang, '/data/').relative, phone, (page) =>
			page.locator('th button.sort').first().waitFor()
		);
		expectNoShift(shifts, expect);
	});
});

describe("every page on Lighthouse's phone", () => {
	it.for(localizedPages())('$title: no layout shift while it loads', async (site, { expect }) => {
		const shifts = await layoutShifts(site.relative, phones[0], (page) =>
			page.waitForLoadState('networkidle')
		);
		expectNoShift(shifts, expect);
	});
});

describe('the data page without JavaScript', () => {
	it.for(langs)('%s: no filters, row count or sort icons shown', async (lang, { expect }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(new URL(pageIn(lang, '/data/').relative, baseURL).href);
			const main = page.locator('main');
			expect(await main.locator('select').count(), 'the filters are in the HTML').toBe(2);
			const shown = await main
				.locator('select, button, .sort__icon, [aria-live]')
				.evaluateAll((elements) =>
					elements
						.filter((element) => element.getClientRects().length > 0)
						.map((element) => element.outerHTML.slice(0, 80))
				);
			expect(shown, 'controls shown that would do nothing').toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('a chart page without JavaScript', () => {
	it.for(langs)(
		'%s: the export buttons are in the HTML but not shown',
		async (lang, { expect }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			try {
				const page = await context.newPage();
				await page.goto(new URL(pageIn(lang, '/awareness/').relative, baseURL).href);
				const buttons = page.locator('main [data-export]');
				expect(await buttons.count(), 'the export buttons are in the HTML').toBeGreaterThan(0);
				expect(await page.locator('main [data-export]:visible').count(), 'shown').toBe(0);
			} finally {
				await context.close();
			}
		}
	);
});

/**
 * Launching Chromium for the browser tests, and watching a page for what must not happen: console
 * errors (a CSP violation is one), uncaught exceptions, and requests to other hosts.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';

/** Launches headless Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (executablePath === null) {
		throw new Error(
			'Chromium not found: install it (`apt-get install chromium`) or set CHROMIUM_PATH.'
		);
	}
	return chromium.launch({ executablePath, args: chromiumArgs });
}

/** The hosts a page may talk to: the local server only. */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL stays on this machine: a local http(s)/ws(s) host, or no host at all (data:, blob:, about:). */
export function isLocalURL(url: string): boolean {
	const parsed = new URL(url);
	if (!/^(https?|wss?):$/.test(parsed.protocol)) return true;
	return localHosts.has(parsed.hostname);
}

/** What went wrong on a page while it was watched, and what it asked for. */
export interface PageProblems {
	/** Console messages of type error, and uncaught exceptions. */
	errors: string[];
	/** Uncaught exceptions only. */
	pageErrors: string[];
	/** URLs of requests that left the local machine. */
	externalRequests: string[];
	/** The URL of every request the page made, in order. */
	requests: string[];
	/** Console messages (of any type) about the Content Security Policy. */
	cspMessages: string[];
}

/**
 * Starts recording a page's console errors, uncaught exceptions and requests. Call it before
 * `page.goto`; read the arrays after.
 */
export function watchPage(page: Page): PageProblems {
	const problems: PageProblems = {
		errors: [],
		pageErrors: [],
		externalRequests: [],
		requests: [],
		cspMessages: []
	};
	page.on('console', (message) => {
		if (message.type() === 'error') problems.errors.push(message.text());
		if (/content security policy/i.test(message.text())) problems.cspMessages.push(message.text());
	});
	page.on('pageerror', (error) => {
		problems.errors.push(`uncaught: ${error.message}`);
		problems.pageErrors.push(error.message);
	});
	page.on('request', (request) => {
		problems.requests.push(request.url());
		if (!isLocalURL(request.url())) problems.externalRequests.push(request.url());
	});
	page.on('websocket', (socket) => {
		problems.requests.push(socket.url());
		if (!isLocalURL(socket.url())) problems.externalRequests.push(socket.url());
	});
	return problems;
}

/** A `securitypolicyviolation` event, as recorded in the page. */
export interface CspViolation {
	directive: string;
	blockedURI: string;
	sample: string;
}

/**
 * Records every `securitypolicyviolation` event of the context's pages into
 * `window.__cspViolations` (read it with `cspViolations(page)`). The init script runs before the
 * page's own scripts and is not subject to the page's policy.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const list: unknown[] = [];
		Object.defineProperty(window, '__cspViolations', { value: list });
		document.addEventListener('securitypolicyviolation', (event) => {
			list.push({
				directive: event.violatedDirective,
				blockedURI: event.blockedURI,
				sample: event.sample
			});
		});
	});
}

/** The violations recorded by `recordCspViolations` so far. */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
	return page.evaluate(
		() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []
	);
}

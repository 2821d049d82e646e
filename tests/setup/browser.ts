/**
 * Launching Chromium for the browser tests, and watching a page for what must not happen: console
 * errors (a CSP violation is one), uncaught exceptions, and requests to other hosts.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';

/** Launches headless Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (executablePath === null) {
		throw new Error('Chromium not found: install it (`apt-get install chromium`) or set CHROMIUM_PATH.');
	}
	return chromium.launch({ executablePath, args: chromiumArgs });
}

/** The hosts a page may talk to: the local server only. */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What went wrong on a page while it was watched. */
export interface PageProblems {
	/** Console messages of type error, and uncaught exceptions. */
	errors: string[];
	/** URLs of requests that left the local machine. */
	externalRequests: string[];
}

/**
 * Starts recording a page's console errors, uncaught exceptions and external requests. Call it
 * before `page.goto`; read the arrays after.
 */
export function watchPage(page: Page): PageProblems {
	const problems: PageProblems = { errors: [], externalRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') problems.errors.push(message.text());
	});
	page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if ((url.protocol === 'http:' || url.protocol === 'https:') && !localHosts.has(url.hostname)) {
			problems.externalRequests.push(request.url());
		}
	});
	page.on('websocket', (socket) => {
		if (!localHosts.has(new URL(socket.url()).hostname)) problems.externalRequests.push(socket.url());
	});
	return problems;
}

/**
 * The JavaScript each built page loads, in gzip bytes (node:zlib, level 9, as scripts/audit.js).
 *
 *   node scripts/pageJs.js [--build folder] [--browser] [/ /awareness/ ...]
 *
 * Without pages, every page of the build. For each page, "html" is the sum over the files its
 * HTML names (modulepreload links, `import("…")` of the inline start script, `<script src>`);
 * with --browser, "loaded" is the sum over the .js files Chromium requests while loading it, which
 * adds the chunks imported at run time (a dictionary, for instance). No network beyond the local
 * server. Prints a table, then the total per page as JSON.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from './chromium.js';
import { defaultRoot, fileOf, startServer } from './serve.js';

/** @type {Map<string, number>} */
const gzipCache = new Map();

/**
 * The gzip size (level 9) of a file.
 * @param {string} file
 */
function gzipSize(file) {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

/**
 * Every page of a build, as its path ('/', '/en/awareness/').
 * @param {string} root
 * @returns {string[]}
 */
function pagesOf(root) {
	/** @param {string} folder @returns {string[]} */
	const walk = (folder) =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) return entry.name === '_app' ? [] : walk(path);
			return entry.name === 'index.html' ? [path] : [];
		});
	return walk(root)
		.map((file) => `/${relative(root, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
		.sort();
}

/**
 * The .js files a page's HTML names, as build files.
 * @param {string} root
 * @param {string} page
 * @returns {string[]}
 */
export function jsOfHtml(root, page) {
	const html = readFileSync(join(root, page, 'index.html'), 'utf8');
	const urls = [
		...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map(([tag]) => href(tag)),
		...[...html.matchAll(/\bimport\("([^"]+\.js)"\)/g)].map((match) => match[1]),
		...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1])
	];
	return [...new Set(urls.map((url) => fileOf(root, new URL(url, 'http://x/').pathname)))].filter(
		(file) => file !== null
	);
}

/**
 * The href of a tag.
 * @param {string} tag
 */
function href(tag) {
	return /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '';
}

/**
 * The .js files Chromium requests while loading each page, as build files.
 * @param {string} root
 * @param {string[]} pages
 * @returns {Promise<Map<string, string[]>>}
 */
async function jsLoaded(root, pages) {
	const { chromium } = await import('playwright-core');
	const executablePath = findChromium();
	if (executablePath === null) throw new Error('No Chromium: set CHROMIUM_PATH');
	const server = await startServer({ root, port: 0 });
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		/** @type {Map<string, string[]>} */
		const loaded = new Map();
		for (const page of pages) {
			const context = await browser.newContext();
			const tab = await context.newPage();
			/** @type {string[]} */
			const files = [];
			tab.on('request', (request) => {
				const { pathname } = new URL(request.url());
				const file = pathname.endsWith('.js') ? fileOf(root, pathname) : null;
				if (file !== null && !files.includes(file)) files.push(file);
			});
			await tab.goto(new URL(page.slice(1), server.url).href, { waitUntil: 'networkidle' });
			await context.close();
			loaded.set(page, files);
		}
		return loaded;
	} finally {
		await browser.close();
		await server.close();
	}
}

/** @param {string[]} files */
const sum = (files) => files.reduce((total, file) => total + gzipSize(file), 0);

const args = process.argv.slice(2);
const buildIndex = args.indexOf('--build');
const root = buildIndex === -1 ? defaultRoot : join(resolve(args[buildIndex + 1]), '/');
const browser = args.includes('--browser');
const chosen = args.filter((arg, i) => arg.startsWith('/') && args[i - 1] !== '--build');
const pages = chosen.length > 0 ? chosen : pagesOf(root);
const loaded = browser ? await jsLoaded(root, pages) : null;

/** @type {Record<string, { html: number, loaded?: number }>} */
const totals = {};
console.log(`${'page'.padEnd(48)} ${'html'.padStart(8)}${browser ? ' loaded'.padStart(9) : ''}`);
for (const page of pages) {
	const html = sum(jsOfHtml(root, page));
	const inBrowser = loaded ? sum(loaded.get(page) ?? []) : undefined;
	totals[page] = inBrowser === undefined ? { html } : { html, loaded: inBrowser };
	const columns = [html, ...(inBrowser === undefined ? [] : [inBrowser])];
	console.log(`${page.padEnd(48)} ${columns.map((n) => String(n).padStart(8)).join(' ')}`);
}
console.log(JSON.stringify(totals));

#!/usr/bin/env node
/**
 * Serves the built site (build/) over HTTP with node:http alone: `node scripts/serve.js`, on
 * http://localhost:4173 or the port in PORT (HOST sets the interface, 127.0.0.1 by default).
 *
 * - a folder is served by its index.html; a folder asked for without its trailing slash is
 *   redirected to it (the site's paths all end with a slash);
 * - a missing file gets build/404.html with status 404;
 * - text is gzip-compressed when the browser accepts it; hashed files under _app/immutable/ are
 *   cached for a year, everything else is revalidated.
 *
 * The tests import `startServer` to serve the build on a free port (port 0).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The build folder, beside this script's folder. */
export const defaultRoot = fileURLToPath(new URL('../build/', import.meta.url));

/** @type {Record<string, string>} */
const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm'
};

/** Types worth compressing. */
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The content type of a file, from its extension.
 * @param {string} path
 * @returns {string}
 */
export function contentTypeOf(path) {
	return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL pathname names inside root, or null when the pathname tries to leave root or
 * cannot be decoded.
 * @param {string} root absolute path of the served folder
 * @param {string} pathname the URL's pathname, still percent-encoded
 * @returns {string | null}
 */
export function fileOf(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const rootPath = resolve(root);
	const file = resolve(rootPath, '.' + normalize('/' + decoded));
	return file === rootPath || file.startsWith(rootPath + sep) ? file : null;
}

/**
 * Whether a path is a file (true), a folder (false) or nothing (null).
 * @param {string} path
 * @returns {Promise<boolean | null>}
 */
async function kindOf(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return null;
	}
}

/**
 * Sends a file, compressed if it is text and the client accepts gzip.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} file
 * @param {number} status
 * @param {string} pathname
 */
async function sendFile(request, response, file, status, pathname) {
	const type = contentTypeOf(file);
	/** @type {Record<string, string>} */
	const headers = {
		'Content-Type': type,
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': pathname.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	if (compressible.test(type)) {
		headers['Vary'] = 'Accept-Encoding';
		let body = await readFile(file);
		if (acceptsGzip) {
			body = gzipSync(body);
			headers['Content-Encoding'] = 'gzip';
		}
		headers['Content-Length'] = String(body.length);
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
		return;
	}
	headers['Content-Length'] = String((await stat(file)).size);
	response.writeHead(status, headers);
	if (request.method === 'HEAD') response.end();
	else createReadStream(file).pipe(response);
}

/**
 * Answers one request from the files in root.
 * @param {string} root
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(root, request, response) {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
		response.end('Method Not Allowed\n');
		return;
	}
	const url = new URL(request.url ?? '/', 'http://localhost');
	const file = fileOf(root, url.pathname);
	if (file !== null) {
		const kind = await kindOf(file);
		if (kind === true) return sendFile(request, response, file, 200, url.pathname);
		if (kind === false && (await kindOf(join(file, 'index.html'))) === true) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
				response.end();
				return;
			}
			return sendFile(request, response, join(file, 'index.html'), 200, url.pathname);
		}
	}
	const notFoundPage = join(root, '404.html');
	if ((await kindOf(notFoundPage)) === true) {
		return sendFile(request, response, notFoundPage, 404, url.pathname);
	}
	response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
	response.end('Not Found\n');
}

/**
 * Starts serving a folder.
 * @param {{ root?: string, port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = defaultRoot, port = 4173, host = '127.0.0.1' } = {}) {
	if ((await kindOf(join(root, 'index.html'))) !== true) {
		throw new Error(`No built site in ${root}: run \`npx vite build\` first.`);
	}
	const server = createServer((request, response) => {
		handle(root, request, response).catch((error) => {
			console.error(error);
			if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
			response.end('Internal Server Error\n');
		});
	});
	await new Promise((resolveListen, rejectListen) => {
		server.once('error', rejectListen);
		server.listen(port, host, () => resolveListen(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address !== null ? address.port : port;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
		port: actualPort,
		close: () =>
			new Promise((resolveClose, rejectClose) => {
				server.closeAllConnections();
				server.close((error) => (error ? rejectClose(error) : resolveClose(undefined)));
			})
	};
}

const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain) {
	const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`PORT must be a port number, not "${process.env.PORT}"`);
		process.exit(1);
	}
	try {
		const host = process.env.HOST ?? '127.0.0.1';
		const started = await startServer({ port, host });
		const url = host === '127.0.0.1' ? `http://localhost:${started.port}/` : started.url;
		console.log(`Serving build/ at ${url} (Ctrl+C to stop)`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}

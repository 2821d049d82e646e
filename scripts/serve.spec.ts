import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, fileOf, startServer } from './serve.js';

describe('contentTypeOf', () => {
	it('names the types of the files a build holds', () => {
		expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
		expect(contentTypeOf('_app/immutable/entry/app.js')).toBe('text/javascript; charset=utf-8');
		expect(contentTypeOf('app.CSS')).toBe('text/css; charset=utf-8');
		expect(contentTypeOf('favicon.ico')).toBe('image/x-icon');
		expect(contentTypeOf('data.csv')).toBe('text/csv; charset=utf-8');
	});
	it('falls back to bytes for an unknown extension', () => {
		expect(contentTypeOf('archive.xyz')).toBe('application/octet-stream');
	});
});

describe('fileOf', () => {
	it('maps a pathname into the root', () => {
		expect(fileOf('/srv/site', '/en/index.html')).toBe('/srv/site/en/index.html');
		expect(fileOf('/srv/site', '/Donn%C3%A9es/')).toBe('/srv/site/Données');
	});
	it('never leaves the root', () => {
		expect(fileOf('/srv/site', '/../etc/passwd')).toBe('/srv/site/etc/passwd');
		expect(fileOf('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
		expect(fileOf('/srv/site', '/..%2f..%2fetc/passwd')).toBe('/srv/site/etc/passwd');
	});
	it('refuses a pathname that cannot be decoded or holds a NUL', () => {
		expect(fileOf('/srv/site', '/%E0%A4%A')).toBeNull();
		expect(fileOf('/srv/site', '/a%00b')).toBeNull();
	});
});

describe('startServer', () => {
	let root = '';
	let server: Awaited<ReturnType<typeof startServer>>;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'serve-spec-'));
		await mkdir(join(root, 'en'));
		await writeFile(join(root, 'index.html'), '<p>accueil</p>');
		await writeFile(join(root, 'en', 'index.html'), '<p>home</p>');
		await writeFile(join(root, '404.html'), '<p>introuvable</p>');
		await writeFile(join(root, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
		server = await startServer({ root, port: 0 });
	});

	afterAll(async () => {
		await server?.close();
		await rm(root, { recursive: true, force: true });
	});

	it('serves a folder by its index.html', async () => {
		const response = await fetch(new URL('en/', server.url));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await response.text()).toBe('<p>home</p>');
	});

	it('redirects a folder without its trailing slash', async () => {
		const response = await fetch(new URL('en?x=1', server.url), { redirect: 'manual' });
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/en/?x=1');
	});

	it('answers a missing path with the 404 page', async () => {
		const response = await fetch(new URL('nowhere/', server.url));
		expect(response.status).toBe(404);
		expect(await response.text()).toBe('<p>introuvable</p>');
	});

	it('serves binary files with their type', async () => {
		const response = await fetch(new URL('favicon.ico', server.url));
		expect(response.headers.get('content-type')).toBe('image/x-icon');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 0, 1, 0]));
	});

	it('compresses text for a client that accepts gzip', async () => {
		const { request } = await import('node:http');
		const body = await new Promise<Buffer>((resolveBody, rejectBody) => {
			const req = request(
				new URL('en/', server.url),
				{ headers: { 'accept-encoding': 'gzip' } },
				(res) => {
					expect(res.headers['content-encoding']).toBe('gzip');
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => resolveBody(Buffer.concat(chunks)));
				}
			);
			req.on('error', rejectBody);
			req.end();
		});
		expect(gunzipSync(body).toString()).toBe('<p>home</p>');
	});

	it('refuses methods other than GET and HEAD', async () => {
		const response = await fetch(server.url, { method: 'POST' });
		expect(response.status).toBe(405);
	});

	it('refuses to start without a built site', async () => {
		await expect(startServer({ root: join(root, 'missing'), port: 0 })).rejects.toThrow(
			/vite build/
		);
	});
});

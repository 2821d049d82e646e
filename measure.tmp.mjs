import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { startServer } from './scripts/serve.js';
const root = process.argv[2];
const server = await startServer({ root, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const out = [];
for (const path of process.argv.slice(3)) {
  const page = await browser.newPage();
  const js = new Set();
  page.on('request', (r) => { if (r.url().endsWith('.js')) js.add(new URL(r.url()).pathname); });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  let total = 0;
  for (const f of js) total += gzipSync(readFileSync(root + f), { level: 9 }).length;
  out.push(`${path} ${js.size} files ${total} B`);
  await page.close();
}
console.log(out.join('\n'));
await browser.close(); await server.close();

import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { startServer } from './scripts/serve.js';
const server = await startServer({ root: 'build', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url + (process.argv[2] ?? 'awareness/'), { waitUntil: 'networkidle' });
const figure = page.locator('figure').first();
for (const kind of ['svg', 'png', 'png-print', 'csv']) {
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator(`[data-export="${kind}"]`).click()]);
  const path = `/tmp/exports_work/${download.suggestedFilename()}`;
  await download.saveAs(path);
  console.log(kind, download.suggestedFilename());
}
await figure.locator('[data-export="embed"]').click();
await page.waitForTimeout(1500);
console.log(await figure.locator('textarea').inputValue().catch(e => 'no textarea ' + e.message), await figure.locator('[role=status]').textContent());
await browser.close(); await server.close();

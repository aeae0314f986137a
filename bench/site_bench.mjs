// Payload and start-up of the built site: the gzip size (zlib level 9) of every
// file the site ships, and the time from navigation to the first certification
// result in headless Chromium on localhost, cold (new renderer per load) and
// warm (same tab, HTTP cache off); median of 9 loads each.
// Usage: node bench/site_bench.mjs [site folder]   (after scripts/build.sh wasm)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const site = resolve(process.argv[2] || 'build/wasm/site');

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const demoOnly = /embed-demo|\.d\.ts$/;
let rawTotal = 0;
let gzipTotal = 0;
const rows = [];
for (const path of filesUnder(site)) {
  const name = relative(site, path);
  if (demoOnly.test(name)) continue;
  const raw = readFileSync(path);
  const gzip = gzipSync(raw, { level: 9 }).length;
  rawTotal += raw.length;
  gzipTotal += gzip;
  rows.push([name, raw.length, gzip]);
}
rows.sort((a, b) => b[2] - a[2]);
console.log('file                         raw bytes   gzip bytes');
for (const [name, raw, gzip] of rows) console.log(`${name.padEnd(28)} ${String(raw).padStart(9)}  ${String(gzip).padStart(11)}`);
console.log(`${'total'.padEnd(28)} ${String(rawTotal).padStart(9)}  ${String(gzipTotal).padStart(11)}  (${(gzipTotal / 1024).toFixed(1)} KiB gzip; target <= 120 KB)`);

const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// Cold: a new browser context per load, so a new renderer process with empty
// caches, as on a first visit. Warm: one tab that navigates to the page again
// with the HTTP cache disabled, so every file is fetched and the module
// compiled again, but the renderer process (fonts, V8) is already up.
async function firstCertifyTime(page) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('gigcheck-first-certify').length > 0);
  return page.evaluate(() => performance.getEntriesByName('gigcheck-first-certify')[0].startTime);
}
const loads = 9;
const cold = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  cold.push(await firstCertifyTime(await context.newPage()));
  await context.close();
}
const warmContext = await browser.newContext({ serviceWorkers: 'block' });
const warmPage = await warmContext.newPage();
const cdp = await warmContext.newCDPSession(warmPage);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await firstCertifyTime(warmPage);  // brings the renderer up
const warm = [];
for (let i = 0; i < loads; i++) warm.push(await firstCertifyTime(warmPage));
await browser.close();
server.close();

function summary(times) {
  times.sort((a, b) => a - b);
  const middle = times[(times.length - 1) / 2];
  return `median ${middle.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`;
}
console.log(`navigation -> first certification result (target <= 150 ms), ${loads} loads each:`);
console.log(`  cold (new renderer per load): ${summary(cold)}`);
console.log(`  warm (same tab, HTTP cache off): ${summary(warm)}`);

// Payload and start-up of the built site: the gzip size of every file the page
// loads, and the time from navigation to the first certification result in
// headless Chromium on localhost (median of several cold loads).
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
const times = [];
for (let i = 0; i < 9; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });  // every load cold
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('gigcheck-first-certify').length > 0);
  times.push(await page.evaluate(() => performance.getEntriesByName('gigcheck-first-certify')[0].startTime));
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
console.log(`navigation -> first certification result: median ${times[4].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[8].toFixed(1)} ms over 9 cold loads (target <= 150 ms)`);

// Payload and start-up of the built site: the gzip size (zlib level 9) of every
// file the site ships, and the time from navigation to the first certification
// result in headless Chromium on localhost, cold (new renderer per load) and
// warm (same tab, HTTP cache off); median of 15 loads each; and the same two
// times for an empty page, the floor that the browser sets on this machine.
// Given several site folders (two builds, say), it loads them and the floor in
// turn for the cold loads, so that a busy moment of the machine falls on all
// of them alike.
// Usage: node bench/site_bench.mjs [site folder ...]   (after scripts/build.sh wasm)
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const sites = (process.argv.length > 2 ? process.argv.slice(2) : ['build/wasm/site']).map((folder) => resolve(folder));

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const demoOnly = /embed-demo|\.d\.ts$/;
function printPayload(site) {
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
  console.log(`${site}\nfile                         raw bytes   gzip bytes`);
  for (const [name, raw, gzip] of rows) console.log(`${name.padEnd(28)} ${String(raw).padStart(9)}  ${String(gzip).padStart(11)}`);
  console.log(`${'total'.padEnd(28)} ${String(rawTotal).padStart(9)}  ${String(gzipTotal).padStart(11)}  (${(gzipTotal / 1024).toFixed(1)} KiB gzip; target <= 160 KB)`);
}
for (const site of sites) printPayload(site);

// The floor: an empty Japanese page whose one module script marks at once
// and whose one line is timed on screen.
// What it costs is the browser's and this machine's, not gigcheck's.
const floorSite = mkdtempSync(join(tmpdir(), 'gigcheck-floor-'));
writeFileSync(join(floorSite, 'index.html'), '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>空</title>' +
  '<script type="module" src="mark.js"></script></head><body><p elementtiming="gigcheck-first-certify">空のページ</p></body></html>');
writeFileSync(join(floorSite, 'mark.js'), "performance.mark('gigcheck-first-certify');\n");

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// The first result's two times, read without disturbing the page: when it is
// in the page (the mark) and when it is first drawn on screen (Element Timing's
// renderTime for the element marked elementtiming="gigcheck-first-certify").
// Playwright's own waiting helpers inject a large script into the page, which
// in a new renderer took ~25 ms of its main thread before the first result.
// Buffered PerformanceObservers see both whenever they come; timeOrigin tells
// the new document from the one it replaces.
const resultTimes = `Promise.all([
  new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('gigcheck-first-certify')[0];
    if (entry) { observer.disconnect(); resolve(entry.startTime); }
  }).observe({ type: 'mark', buffered: true })),
  new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.identifier === 'gigcheck-first-certify');
    if (entry) { observer.disconnect(); resolve(entry.renderTime); }
  }).observe({ type: 'element', buffered: true })),
])`;
async function firstCertifyTimes(page, cdp, url) {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `performance.timeOrigin >= ${started - 1} ? ${resultTimes} : null`, awaitPromise: true, returnByValue: true,
    });
    if (Array.isArray(result.value)) return { inPage: result.value[0], onScreen: result.value[1] };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
// Cold: a new browser context per load, so a new renderer process with empty
// caches, as on a first visit. Warm: one tab that navigates to the page again
// with the HTTP cache disabled, so every file is fetched and the module
// compiled again, but the renderer process (fonts, V8) is already up.
const loads = 15;
async function startUp(folders) {
  const servers = await Promise.all(folders.map((folder) => startServer(folder, 0)));
  const urls = servers.map((server) => `http://127.0.0.1:${server.address().port}/`);
  const runs = folders.map(() => ({ cold: [], warm: [] }));
  for (let i = 0; i < loads; i++) {
    for (const [k, url] of urls.entries()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      runs[k].cold.push(await firstCertifyTimes(page, await context.newCDPSession(page), url));
      await context.close();
    }
  }
  // Warm runs one tab at a time: a second live tab slowed the first.
  for (const [k, url] of urls.entries()) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await firstCertifyTimes(page, cdp, url);  // brings the renderer up
    for (let i = 0; i < loads; i++) runs[k].warm.push(await firstCertifyTimes(page, cdp, url));
    await context.close();
  }
  for (const server of servers) server.close();
  return runs;
}
const runs = await startUp([...sites, floorSite]);
await browser.close();
rmSync(floorSite, { recursive: true });

function summary(times) {
  times.sort((a, b) => a - b);
  const middle = times[(times.length - 1) / 2];
  return `median ${middle.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`;
}
function report(label, timesOfRuns) {
  console.log(`  ${label}`);
  console.log(`    in the page:  ${summary(timesOfRuns.map((run) => run.inPage))}`);
  console.log(`    on screen:    ${summary(timesOfRuns.map((run) => run.onScreen))}`);
}
console.log(`navigation -> first certification result (target <= 150 ms), ${loads} loads each:`);
for (const [k, site] of sites.entries()) {
  if (sites.length > 1) console.log(site);
  report('cold (new renderer per load):', runs[k].cold);
  report('warm (same tab, HTTP cache off):', runs[k].warm);
}
const floor = runs[sites.length];
console.log('the floor on this machine, an empty page whose one script marks at once:');
report('cold:', floor.cold);
report('warm:', floor.warm);

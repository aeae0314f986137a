// The installable app: index.html links a valid web app manifest whose icons
// load at their stated sizes, Chromium finds nothing against installing it
// (the installability criteria Lighthouse reports), and its start_url opens
// offline under the service worker. The site is served from a folder
// (/gigcheck/), as on most hosts, so start_url and scope must stay inside it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { siteDir, launchArgs, foreignRequests } from './harness.mjs';

const folder = '/gigcheck/';

// A persistent profile: Chromium refuses to install from an incognito one,
// which is what a new browser context is.
async function withInstallablePage(fn) {
  const root = mkdtempSync(join(tmpdir(), 'gigcheck-install-'));
  symlinkSync(siteDir, join(root, 'gigcheck'));
  const server = await startServer(root, 0);
  const base = `http://127.0.0.1:${server.address().port}${folder}`;
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: '/usr/bin/chromium', args: launchArgs, viewport: { width: 1024, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const requests = [];
    const consoleErrors = [];
    context.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(base);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await fn({ page, context, base, requests, consoleErrors });
  } finally {
    await context.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

// Width and height of a PNG, from its IHDR chunk.
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest is linked, valid, in the site folder, and its icons load at their sizes', async () => {
  await withInstallablePage(async ({ page, context, base, requests, consoleErrors }) => {
    const linked = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href);
    assert.equal(linked, `${base}manifest.webmanifest`);

    // What Chromium itself read: no parse errors, nothing against installing.
    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(url, linked);
    assert.deepEqual(errors, []);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);

    const response = await page.request.get(linked);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
    const manifest = await response.json();
    for (const key of ['name', 'short_name', 'description', 'start_url', 'scope', 'display', 'theme_color', 'background_color', 'icons']) {
      assert.ok(manifest[key], `manifest has ${key}`);
    }
    assert.match(manifest.description, /[ぁ-んァ-ン一-龯]/, 'the description is Japanese');
    assert.equal(manifest.lang, 'ja');
    assert.ok(['standalone', 'fullscreen', 'minimal-ui'].includes(manifest.display));
    assert.notEqual(manifest.prefer_related_applications, true);
    const startUrl = new URL(manifest.start_url, linked).href;
    const scope = new URL(manifest.scope, linked).href;
    assert.ok(startUrl.startsWith(base) && scope.startsWith(base), `${startUrl} and ${scope} stay in ${base}`);
    assert.ok(startUrl.startsWith(scope), 'start_url is inside the scope');

    // Each icon: served as a PNG of the size it claims; one of 192 px, one of
    // 512 px and a maskable one, as installing and launchers need.
    const sizes = {};
    for (const icon of manifest.icons) {
      const iconResponse = await page.request.get(new URL(icon.src, linked).href);
      assert.equal(iconResponse.status(), 200, icon.src);
      assert.equal(iconResponse.headers()['content-type'], icon.type);
      assert.equal(pngSize(await iconResponse.body()), icon.sizes, icon.src);
      const purposes = (icon.purpose ?? 'any').split(' ');
      for (const purpose of purposes) (sizes[purpose] ??= []).push(icon.sizes);
    }
    assert.ok(sizes.any.includes('192x192') && sizes.any.includes('512x512'), JSON.stringify(sizes));
    assert.ok(sizes.maskable?.length >= 1, 'a maskable icon');
    // The page itself (under its CSP) loads the icons too.
    const drawn = await page.evaluate(async (srcs) => Promise.all(srcs.map(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    })), manifest.icons.map((icon) => new URL(icon.src, linked).href));
    assert.deepEqual(drawn, manifest.icons.map((icon) => icon.sizes));

    // The title bar colour follows the colour scheme.
    const themes = await page.evaluate(() => [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => m.media));
    assert.deepEqual(themes.sort(), ['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)']);
    assert.deepEqual(foreignRequests(requests, new URL(base).origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the app opens at its start_url with the network off, manifest and icons from the offline cache', async () => {
  await withInstallablePage(async ({ page, context, base, consoleErrors }) => {
    const manifest = await (await page.request.get(`${base}manifest.webmanifest`)).json();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.goto(new URL(manifest.start_url, `${base}manifest.webmanifest`).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '36');
    await page.locator('[data-criterion="completion_rate"]').getByText('基準ちょうどです').waitFor();
    // Offline, the manifest and every icon still come (from the worker's cache).
    const offline = await page.evaluate(async (paths) => Promise.all(paths.map(async (path) => (await fetch(path)).status)),
      ['manifest.webmanifest', ...manifest.icons.map((icon) => icon.src)]);
    assert.deepEqual(offline, offline.map(() => 200));
    assert.deepEqual(consoleErrors, []);
  });
});

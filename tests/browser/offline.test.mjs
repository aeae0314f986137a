// Offline use after the first visit, a host that labels the module otherwise,
// and the user's own data (export, import, delete), in Chromium.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { withPage, siteDir } from './harness.mjs';

test('after the first visit the page works with the network off', async () => {
  await withPage(async (page, { browserContext, consoleErrors }) => {
    // The service worker has cached every file once it controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await browserContext.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '36');
    await page.locator('[data-criterion="completion_rate"]').getByText('基準ちょうどです').waitFor();
    const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('gigcheck-')).length);
    assert.equal(cached, 1, 'exactly one versioned cache');
    assert.deepEqual(consoleErrors, []);
  });
});

test('a host that serves gigcheck.wasm as application/octet-stream still gets results', async () => {
  const wasm = await readFile(resolve(siteDir, 'gigcheck.wasm'));
  await withPage(async (page, { consoleErrors }) => {
    let served = 0;
    await page.route('**/gigcheck.wasm', (route) => {
      served++;
      return route.fulfill({ body: wasm, contentType: 'application/octet-stream' });
    });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    assert.ok(served >= 1);
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '35');
    await page.locator('[data-criterion="completion_rate"]').getByText('あと10件').waitFor();
    assert.deepEqual(consoleErrors, []);
  }, { serviceWorkers: 'block' });
});

test('inputs export to a JSON file, import back, and local data can be deleted', async () => {
  await withPage(async (page) => {
    // Tabs are built when first shown; saving still covers the ones never opened.
    assert.equal(await page.locator('#risk-description').count(), 0);
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '35');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-inputs')]);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(saved.format, 'gigcheck-inputs');
    assert.equal(saved.fields['cert-jobs-total'], '40');
    for (const id of ['risk-description', 'proposal-kind', 'tl-situation']) assert.ok(id in saved.fields, id);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    saved.fields['risk-description'] = '詳しくは公式LINEで連絡ください。';
    await page.setInputFiles('#import-file', { name: 'inputs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
    await page.locator('[data-criterion="completion_rate"]').getByText('あと10件').waitFor();
    assert.equal(await page.inputValue('#cert-jobs-completed'), '35');
    await page.click('#tab-risk');
    assert.equal(await page.inputValue('#risk-description'), '詳しくは公式LINEで連絡ください。');

    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') });
    await page.locator('#local-data').getByText('読み込めませんでした').waitFor();

    await page.evaluate(() => localStorage.setItem('gigcheck-test', 'x'));
    await page.click('#delete-local-data');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
  });
});

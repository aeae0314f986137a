// Privacy is the product: walk the main flow of every tab with realistic,
// sensitive-looking input and prove that nothing left the page's origin,
// nothing was sent (only GETs of the site's own files), and nothing was kept
// on the device but the draft the proposal tab says it autosaves.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage, foreignRequests } from './harness.mjs';

test('every tab\'s main flow stays on the device', async () => {
  await withPage(async (page, { origin, requests, consoleErrors, browserContext }) => {
    const methods = [];
    page.on('request', (request) => methods.push(request.method()));

    // 認定チェック
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '36');
    await page.locator('[data-criterion="completion_rate"]').waitFor();

    // クライアント診断: a lure that names a LINE ID, a phone number and an e-mail address.
    await page.click('#tab-risk');
    await page.fill('#risk-description', '【在宅】スマホだけで月収30万円！詳細は公式LINE（ID：sakura_01）か090-1234-5678、info@example.jp までご連絡ください。');
    await page.locator('.risk-level, [data-level]').first().waitFor();

    // 応募文: draft from fields and lint the editor.
    await page.click('#tab-proposal');
    await page.fill('#proposal-f-name', '佐藤 花子');
    await page.fill('#proposal-f-available_hours', '平日10:00〜16:00');
    await page.fill('#proposal-job', '記事ライター募集。稼働可能時間を教えてください。');
    await page.click('#proposal-draft');
    await page.fill('#proposal-editor', 'はじめまして。初心者ですが、LINE ID：hanako_88 でご連絡ください。よろしくお願いいたします。');
    await page.locator('[data-rule="contact_info"]').first().waitFor();

    // 連絡タイムライン: a delivery date and the .ics download (a Blob made on the device).
    await page.click('#tab-timeline');
    await page.selectOption('#tl-situation', 'after_delivery');
    await page.fill('#tl-date', '2026-09-18');
    await page.locator('.tl-step').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tl-ics')]);
    assert.match(download.url(), /^blob:/);

    assert.deepEqual(foreignRequests(requests, origin), [], 'no request left the origin');
    assert.deepEqual([...new Set(methods)], ['GET'], 'nothing was posted anywhere');
    assert.deepEqual(await browserContext.cookies(), [], 'no cookies');
    const stored = await page.evaluate(() => Object.keys(localStorage));
    // What the page keeps for the user on this device (local-data.js, jobs.js, the draft), nothing else.
    const own = ['gigcheck.inputs', 'gigcheck.jobs', 'gigcheck.proposal.draft', 'gigcheck-cert-snapshots'];
    assert.ok(stored.every((key) => own.includes(key)), `only gigcheck's own keys are stored: ${stored}`);
    assert.deepEqual(consoleErrors, []);

    await page.click('#delete-local-data');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'one click deletes it');
  });
});

test('the Content-Security-Policy forbids inline and eval\'d scripts and connections elsewhere', async () => {
  await withPage(async (page) => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    const scriptSrc = csp.split(';').find((part) => part.trim().startsWith('script-src'));
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'/);  // 'wasm-unsafe-eval' only compiles WebAssembly
    // The policy is in force: the browser itself refuses a connection to another origin.
    const violation = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
      fetch('https://example.com/collect').catch(() => {});
    }));
    assert.equal(violation, 'connect-src');
  });
});

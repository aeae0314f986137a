// Privacy is the product: walk the main flow of every tab with realistic,
// sensitive-looking input and prove that nothing left the page's origin,
// nothing was sent (only GETs of the site's own files), and nothing was kept
// on the device but the draft the proposal tab says it autosaves.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
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

// The policy as shipped (index.html's meta tag): nothing is allowed by
// default and each source the page needs is named once.
const shippedPolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],   // the bundles; compiling gigcheck.wasm
  'style-src': ["'self'"],
  'connect-src': ["'self'"],                         // fetching gigcheck.wasm
  'img-src': ["'self'"],                             // favicon.svg
  'worker-src': ["'self'"],                          // sw.js
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['gigcheck-sw'],                  // web/app.js's policy for sw.js
};

test('the Content-Security-Policy is default-src \'none\' with each needed source, and the browser enforces it', async () => {
  const other = createServer((request, response) => { otherHits++; response.end('collected'); });
  let otherHits = 0;
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  const otherOrigin = `http://127.0.0.1:${other.address().port}`;
  try {
    await withPage(async (page, { origin, consoleErrors }) => {
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      assert.deepEqual(directives, shippedPolicy);
      assert.deepEqual(consoleErrors, [], 'the page itself runs under the policy without a violation');
      const outcome = await page.evaluate(async (elsewhere) => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
        const refused = (fn) => { try { fn(); return false; } catch { return true; } };
        const result = {
          html: refused(() => { document.body.innerHTML = '<b>x</b>'; }),  // Trusted Types: no HTML from strings
          fetch: await fetch(`${elsewhere}/collect`).then(() => false, () => true),
        };
        const image = new Image();
        image.src = `${elsewhere}/pixel.gif`;
        await new Promise((done) => { image.onerror = done; image.onload = done; });
        await new Promise((done) => setTimeout(done, 100));
        return { ...result, violations };
      }, otherOrigin);
      assert.deepEqual(outcome, { html: true, fetch: true, violations: ['require-trusted-types-for', 'connect-src', 'img-src'] });
      // The service worker's script URL passes the page's Trusted Types policy.
      assert.match(await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL), /\/sw\.js$/);
    });
    assert.equal(otherHits, 0, 'no request reached the other origin');
  } finally {
    other.close();
  }
});

test('under the shipped policy, inline scripts and handlers, eval and new Function are refused', async () => {
  // page.route does not see requests a service worker answers, so none is registered here.
  await withPage(async (page, { origin }) => {

      // The page as shipped with three scripts added: an inline one, an
      // inline handler, and a file of the page's own origin (allowed) that
      // tries eval and new Function. Scripts run by the test tool itself
      // (page.evaluate) are exempt from the policy, so eval is tried here.
      const shipped = await (await fetch(`${origin}/`)).text();
      await page.route(`${origin}/probe.html`, (route) => route.fulfill({ contentType: 'text/html',
        body: shipped.replace('</body>', '<script>window.inlineRan = true;</script><img src="favicon.svg" onload="window.handlerRan = true">' +
          '<script src="probe.js"></script></body>') }));
      await page.route(`${origin}/probe.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: `
        const tried = (fn) => { try { fn(); return 'ran'; } catch (error) { return error.name; } };
        window.probe = { eval: tried(() => eval('1 + 1')), newFunction: tried(() => new Function('return 1')()),
          timeoutString: tried(() => setTimeout('window.timeoutRan = true')) };` }));
      const violations = [];
      page.on('console', (message) => { if (/Content Security Policy|Trusted Type/.test(message.text())) violations.push(message.text()); });
      await page.goto(`${origin}/probe.html`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && window.probe);
      await page.waitForTimeout(100);
      assert.deepEqual(await page.evaluate(() => ({ ...window.probe, inline: window.inlineRan, handler: window.handlerRan, timeout: window.timeoutRan })),
        { eval: 'EvalError', newFunction: 'EvalError', timeoutString: 'TypeError', inline: undefined, handler: undefined, timeout: undefined });
      assert.ok(violations.some((text) => /inline script/.test(text)), violations.join('\n'));
      assert.ok(violations.some((text) => /inline event handler/.test(text)), violations.join('\n'));
  }, { serviceWorkers: 'block' });
});

// The certification tab in Chromium: fill the form as a user would, read the
// guidance on screen, and check that nothing left the page's origin.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage, foreignRequests } from './harness.mjs';

test('CrowdWorks figures give per-criterion guidance on screen, with no foreign request or console error', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '36');
    await page.fill('#cert-rating-average', '4.79');
    await page.fill('#cert-rating-count', '100');
    await page.fill('#cert-scouts', '３');  // full-width, as a Japanese keyboard types it

    const completion = page.locator('[data-criterion="completion_rate"]');
    await assert.doesNotReject(completion.getByText('基準ちょうどです').waitFor());
    assert.equal(await completion.getAttribute('data-status'), 'met');
    const rating = page.locator('[data-criterion="rating"]');
    assert.match(await rating.innerText(), /あと★5の評価が5件で4\.8に届きます/);
    assert.match(await page.locator('[data-criterion="scouts"]').innerText(), /あと2件のスカウト/);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'not_eligible');

    // window.gigcheck is the loaded API.
    const viaApi = await page.evaluate(() => window.gigcheck.certify({
      platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40 } }).criteria.completion_rate.value);
    assert.equal(viaApi, '36/40');

    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('Lancers: the headroom is worded, a missing check is named, and bad input is shown in words', async () => {
  await withPage(async (page) => {
    await page.check('input[name="cert-platform"][value="lancers"]');
    await page.fill('#cert-jobs-total', '20');
    await page.fill('#cert-jobs-completed', '20');
    await page.check('[data-verification="identity"]');
    await page.check('[data-verification="nda"]');
    const completion = page.locator('[data-criterion="completion_rate"]');
    await completion.getByText('あと2件キャンセルになっても基準内です。').waitFor();
    assert.match(await page.locator('[data-criterion="verifications"]').innerText(), /電話番号確認/);

    await page.fill('#cert-jobs-completed', '21');
    const error = page.locator('.cert-results .error');
    await error.waitFor();
    assert.match(await error.innerText(), /「そのうち完了した数」は「受注した仕事の数」以下にしてください/);
  });
});

test('the tab fits a 360 px phone screen without sideways scrolling', async () => {
  await withPage(async (page) => {
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '30');
    await page.locator('[data-criterion="completion_rate"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  }, { viewport: { width: 360, height: 740 } });
});

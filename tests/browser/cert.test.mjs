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

    // A bad figure is shown under its field; the other criteria are still judged.
    await page.fill('#cert-jobs-completed', '21');
    const error = page.locator('.field-error').first();
    await error.waitFor();
    assert.match(await error.innerText(), /「そのうち完了した数」は「受注した仕事の数」以下にしてください/);
    const marked = await page.locator('[aria-invalid="true"]').evaluateAll((nodes) => nodes.map((n) => n.id));
    assert.ok(marked.includes('cert-jobs-completed') || marked.includes('cert-jobs-total'), marked.join());
    assert.match(await page.locator('[data-criterion="verifications"]').innerText(), /電話番号確認/);
  });
});

// The browser's local date `offset` days from today, as YYYY-MM-DD.
function pageDay(page, offset) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

// Snapshots as the page stores them, `daysAgo` days before the browser's today.
async function storeSnapshots(page, snapshots) {
  const dated = [];
  for (const { daysAgo, ...s } of snapshots) dated.push({ ...s, date: await pageDay(page, -daysAgo) });
  await page.evaluate((list) => localStorage.setItem('gigcheck-cert-snapshots', JSON.stringify(list)), dated);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

const lancersHistory = [
  { daysAgo: 91, platform: 'lancers', criteria_set: 'current', stats: { jobs_total: 35, jobs_completed: 30 },
    values: { completion_rate: { value: '30/35', status: 'not_met' } } },
  { daysAgo: 40, platform: 'lancers', criteria_set: 'current', stats: { jobs_total: 38, jobs_completed: 33 },
    values: { completion_rate: { value: '33/38', status: 'not_met' } } },
];

test('Lancers current set: task approval 9/10 passes, 8/10 needs 10 more, names and sentences come from meta', async () => {
  await withPage(async (page) => {
    await page.check('input[name="cert-platform"][value="lancers"]');
    await page.fill('#cert-tasks-total', '10');
    await page.fill('#cert-tasks-approved', '9');
    const task = page.locator('[data-criterion="task_approval_rate"]');
    await task.getByText('基準ちょうどです。次に1件でも承認されないと下回ります。').waitFor();
    assert.equal(await task.getAttribute('data-status'), 'met');
    await page.fill('#cert-tasks-approved', '8');
    await task.getByText('あと10件、承認される作業を出すと基準（90%）に届きます。').waitFor();

    const row = await page.evaluate(() => window.gigcheck.meta({}).certify.platforms.find((p) => p.id === 'lancers')
      .sets.find((s) => s.id === 'current').criteria.find((c) => c.id === 'task_approval_rate'));
    assert.equal(await task.locator('h3 span').first().innerText(), row.name);
    assert.match(await task.locator('.explain').innerText(), new RegExp(`^${row.explain}（基準: ${row.threshold_text}以上`));
    assert.match(await page.locator('.citation').innerText(),
      /^基準: ランサーズ「認定ランサーの基準を知りたい」（\d{4}年\d{1,2}月時点の公式ページ） https:\/\/www\.lancers\.jp\//);

    // No task work: the criterion is left out and said to be.
    await page.fill('#cert-tasks-total', '');
    await page.fill('#cert-tasks-approved', '');
    await page.locator('[data-skipped="task_approval_rate"]').waitFor();
    assert.equal(await task.count(), 0);

    // The last login: met, with the day it lapses.
    await page.fill('#cert-last-login', await pageDay(page, -3));
    const login = page.locator('[data-criterion="last_login"]');
    await login.getByText('になる前にもう一度ログインすれば基準内です').waitFor();
    assert.equal(await login.getAttribute('data-status'), 'met');

    // The classic set: the five criteria of before, with their citation.
    await page.selectOption('#cert-criteria-set', 'classic');
    await page.locator('[data-citation="classic"]').waitFor();
    assert.equal(await page.locator('[data-criterion]').count(), 5);
    assert.equal(await page.locator('#cert-tasks-total').isVisible(), false);
  });
});

test('CrowdWorks: the engineer division sets a limit of 100, the profile counts, the weakest gets this week\'s step', async () => {
  await withPage(async (page) => {
    await page.fill('#cert-rank', '150');
    const rank = page.locator('[data-criterion="earnings_rank"]');
    await rank.getByText('職種部門を選ぶと判定します').waitFor();
    await page.selectOption('#cert-division', 'engineer');
    await rank.getByText('エンジニア部門の月間ランキング150位です。基準は100位以内です').waitFor();
    await page.selectOption('#cert-division', 'writer');
    await rank.getByText('基準（200位以内）を満たしています').waitFor();
    await page.selectOption('#cert-profile', 'false');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '30');
    const focus = page.locator('.focus');
    await focus.getByText('今週の一歩: 納品完了率').waitFor();
    assert.match(await page.locator('[data-criterion="profile"]').innerText(), /未入力の欄があります/);
  });
});

test('snapshots: today\'s figures are saved on the device, drawn against the threshold with a dated pace, and deleted', async () => {
  await withPage(async (page, { origin, requests }) => {
    await storeSnapshots(page, lancersHistory);
    await page.check('input[name="cert-platform"][value="lancers"]');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '35');
    const completion = page.locator('[data-criterion="completion_rate"]');
    // Wait for the answer to today's 35/40 (the card is redrawn once per typed value).
    await completion.locator('.trend').getByText('ごろに基準に届きます').waitFor();
    const chart = completion.locator('svg.history-chart');
    assert.equal(await chart.locator('circle').count(), 3);  // two snapshots and today
    assert.equal(await chart.locator('line.threshold').count(), 1);
    assert.match(await chart.getAttribute('aria-label'), /基準は90%/);
    // The threshold line (90%) is drawn above every point (85.7%, 86.8%, 87.5%).
    const [lineY, pointYs] = await chart.evaluate((svg) => [
      Number(svg.querySelector('line.threshold').getAttribute('y1')),
      [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')))]);
    assert.ok(pointYs.every((y) => y > lineY), 'every point is drawn under the threshold line');
    // 30/35 -> 35/40 in 91 days reaches 90% 182 days after today.
    const trend = completion.locator('.trend');
    assert.match(await trend.innerText(), /からのペースが続けば、\d{4}-\d{2}-\d{2}ごろに基準に届きます/);
    assert.match(await trend.innerText(), new RegExp(await pageDay(page, 182)));

    // A falling pace is said to be one.
    await page.fill('#cert-jobs-completed', '31');
    await completion.locator('.trend').getByText('のペースのままでは、基準に届きません。').waitFor();
    await page.fill('#cert-jobs-completed', '35');
    await completion.locator('.trend').getByText('ごろに基準に届きます').waitFor();

    await page.click('#cert-save-snapshot');
    await page.locator('#cert-snapshot-status').getByText('記録 3件').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('gigcheck-cert-snapshots')));
    assert.equal(stored.length, 3);
    assert.deepEqual(stored[2].stats, { jobs_total: 40, jobs_completed: 35, verifications: { identity: false, phone: false, nda: false } });
    assert.equal(stored[2].values.completion_rate.value, '35/40');

    await page.click('#delete-local-data');
    await page.locator('#cert-snapshot-status').getByText('記録 0件').waitFor();
    assert.equal(await completion.locator('svg').count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('gigcheck-cert-snapshots')), null);
    assert.deepEqual(foreignRequests(requests, origin), []);
  });
});

test('the tab, its charts included, fits a 360 px phone screen without sideways scrolling, in dark mode too', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(async (page) => {
      await storeSnapshots(page, lancersHistory);
      await page.check('input[name="cert-platform"][value="lancers"]');
      await page.fill('#cert-jobs-total', '40');
      await page.fill('#cert-jobs-completed', '30');
      await page.locator('[data-criterion="completion_rate"] .trend').waitFor();
      const chart = page.locator('[data-criterion="completion_rate"] svg');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      const box = await chart.boundingBox();
      assert.ok(box.width >= 250 && box.width <= 340, `chart is ${box.width}px wide`);
      // The series and the threshold differ by more than colour: solid against dashed.
      const [series, threshold] = await chart.evaluate((svg) => [
        getComputedStyle(svg.querySelector('.series')).strokeDasharray,
        getComputedStyle(svg.querySelector('.threshold')).strokeDasharray]);
      assert.equal(series, 'none');
      assert.notEqual(threshold, 'none');
      const stroke = await chart.evaluate((svg) => getComputedStyle(svg.querySelector('.series')).stroke);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.criterion')).backgroundColor);
      assert.notEqual(stroke, background);
    }, { viewport: { width: 360, height: 740 }, colorScheme });
  }
});

test('with a history, printing keeps the charts beside the figures on one A4 page', async () => {
  await withPage(async (page) => {
    await storeSnapshots(page, lancersHistory);
    await page.check('input[name="cert-platform"][value="lancers"]');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '35');
    await page.locator('[data-criterion="completion_rate"] .trend').waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1);
    await page.emulateMedia({ media: 'print' });
    const chart = page.locator('[data-criterion="completion_rate"] svg');
    assert.equal(await chart.isVisible(), true);
    assert.equal(await chart.evaluate((svg) => getComputedStyle(svg).float), 'right');
    assert.equal(await page.locator('#cert-save-snapshot').isVisible(), false);
  });
});

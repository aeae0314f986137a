// 案件ごと: a job keeps its post, messages, dates and application; the post is
// pasted once for the risk check and the application; the status drives the
// timeline; many jobs live on the device and the ones waiting for an action
// today are listed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withPage } from './harness.mjs';

const postA = '【記事作成】美容ブログの記事を1本3,000文字、報酬6,000円でお願いします。納期は契約後7日です。';
const postB = '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。';

test('two jobs keep their own inputs across switches and reloads; the post is pasted once', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#job-summary');
    await page.fill('#job-title', '美容ブログ');
    await page.click('#tab-risk');
    await page.fill('#risk-description', postA);
    // The same post is the application's job post.
    await page.click('#tab-proposal');
    assert.equal(await page.inputValue('#proposal-job'), postA);

    await page.click('#job-new');
    await page.fill('#job-title', 'LINE案件');
    assert.equal(await page.inputValue('#proposal-job'), '', 'a new job starts empty');
    await page.click('#tab-risk');
    await page.fill('#risk-description', postB);
    await page.locator('.risk-level').getByText('高').first().waitFor();

    await page.selectOption('#job-select', { label: '美容ブログ（検討中）' });
    assert.equal(await page.inputValue('#risk-description'), postA);
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.click('#tab-risk');
    assert.equal(await page.inputValue('#risk-description'), postA);
    await page.click('#job-summary');
    const labels = await page.locator('#job-select option').allTextContents();
    assert.deepEqual(labels, ['美容ブログ（検討中）', 'LINE案件（検討中）']);
    await page.selectOption('#job-select', { index: 1 });
    assert.equal(await page.inputValue('#risk-description'), postB);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the status drives the risk stage and the timeline, and a job waiting for a nudge is listed', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#job-summary');
    await page.fill('#job-title', '記事3本');
    await page.selectOption('#job-status', 'contracted');
    await page.click('#tab-risk');
    assert.equal(await page.inputValue('#risk-stage'), 'after_contract');
    await page.click('#tab-timeline');
    assert.equal(await page.inputValue('#tl-situation'), 'after_contract');
    // The unanswered message went out two weeks ago: the nudge is overdue.
    const twoWeeksAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 14 * 86400000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.fill('#tl-date', twoWeeksAgo);
    await page.locator('#job-due li').filter({ hasText: '記事3本' }).waitFor();
    assert.match(await page.textContent('#job-summary'), /今日対応 1件/);

    // The saved file carries the jobs; deleting the data leaves one empty job.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-inputs')]);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(saved.jobs.jobs[0].title, '記事3本');
    assert.equal(saved.jobs.jobs[0].inputs['tl-date'], twoWeeksAgo);
    await page.click('#delete-local-data');
    assert.deepEqual(await page.locator('#job-select option').allTextContents(), ['名前のない案件（検討中）']);
    assert.deepEqual(consoleErrors, []);
  });
});

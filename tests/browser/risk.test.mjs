// The クライアント診断 tab in Chromium: paste a LINE-lure post, see the level
// "high", the evidence highlighted in the pasted text, no foreign requests and
// no console errors; a phone-sized viewport keeps everything within the screen.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage, foreignRequests } from './harness.mjs';

const lure = '在宅でできる簡単なお仕事です。スマホだけで完結します。\n' +
  'お仕事の詳細は公式ＬＩＮＥでお送りしますので、まずは友だち追加をお願いします。<b>太字</b>';

test('risk tab: a LINE lure reads as high risk with its evidence highlighted as text', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-risk');
    await page.fill('#risk-description', lure);
    await page.fill('#risk-messages', 'ご応募ありがとうございます。\n\nZoomで面談させてください。');
    await page.waitForSelector('.risk-signal[data-signal="pre_contract_interview"]');
    const label = await page.textContent('#risk-level-label');
    assert.match(label, /リスク: 高/);
    const ids = await page.$$eval('.risk-signal', (nodes) => nodes.map((n) => n.dataset.signal));
    assert.ok(ids.includes('off_platform_contact'), ids.join(','));
    assert.ok(ids.includes('pre_contract_interview'), ids.join(','));
    // The pasted text is shown with <mark>s, and markup typed by the user stays text.
    const block = page.locator('.risk-text[data-source="job.description"]');
    const marks = await block.locator('mark').allTextContents();
    assert.ok(marks.some((m) => m.includes('公式ＬＩＮＥ')), marks.join('|'));
    // Overlapping evidence of several signals becomes one mark that names them all.
    const lineMark = block.locator('mark', { hasText: '公式ＬＩＮＥ' });
    assert.match(await lineMark.getAttribute('data-signals'), /off_platform_contact/);
    assert.equal(await block.locator('b').count(), 0);
    assert.ok((await block.textContent()).includes('<b>太字</b>'));
    // The message block is its own source.
    assert.ok((await page.locator('.risk-text[data-source="messages[1]"] mark').allTextContents()).includes('Zoom'));
    // Advice is shown for each signal.
    assert.ok((await page.locator('.risk-advice').count()) >= 2);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('risk tab: a benign post stays low, and a bad field is explained under itself while the verdict stays', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-risk');
    await page.fill('#risk-description',
      'LINEスタンプのイラスト制作をお願いします。8個セットで報酬24,000円、PNG形式で納品、納期は3週間です。');
    await page.waitForSelector('.risk-level.risk-low');
    assert.equal(await page.locator('.risk-signal').count(), 0);
    await page.click('.risk-client summary');
    await page.fill('#risk-hires', '-3');
    await page.waitForSelector('#risk-hires[aria-invalid="true"]');
    const described = await page.getAttribute('#risk-hires', 'aria-describedby');
    assert.match(await page.textContent(`#${described}`), /「募集人数」は 0 以上/);
    assert.equal(await page.isVisible('.risk-level.risk-low'), true, 'the verdict stays');
    assert.equal(await page.locator('.risk-result .error').count(), 0);
    await page.fill('#risk-hires', '120');
    await page.waitForSelector('.risk-signal[data-signal="mass_hiring"]');
    assert.equal(await page.getAttribute('#risk-hires', 'aria-invalid'), null, 'fixed: the mark goes');
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('risk tab fits a 360px phone screen', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#tab-risk');
    await page.fill('#risk-description', lure + '\nLINE ID：ｓａｋｕｒａ＿０１ まで。初期費用として教材費9,800円が必要です。');
    await page.waitForSelector('.risk-level.risk-high');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    if (process.env.RISK_SCREENSHOT) await page.screenshot({ path: process.env.RISK_SCREENSHOT, fullPage: true });
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 740 } });
});

test('risk tab: the new signals show with their names from meta, each request highlighted, on a phone', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-risk');
    await page.fill('#risk-description',
      '【ホワイト案件】荷物を受け取って指定の住所へ送るだけ。日給5万円、即日払い。\n連絡はテレグラムのみ。応募時に身分証の写真を送ってください。');
    await page.fill('#risk-messages', 'Googleマップに★5の口コミを投稿してください。来店は不要です。');
    await page.waitForSelector('.risk-signal[data-signal="illegal_recruitment"]');
    await page.waitForSelector('.risk-signal[data-signal="stealth_marketing"]');
    assert.match(await page.textContent('#risk-level-label'), /リスク: 高/);
    const card = page.locator('.risk-signal[data-signal="illegal_recruitment"]');
    assert.match(await card.locator('h3').textContent(), /闇バイト/);
    assert.match(await card.locator('.risk-advice').textContent(), /#9110/);
    // The request is highlighted in the pasted text, not just a word of it.
    const marks = await page.locator('.risk-text[data-source="job.description"] mark').allTextContents();
    assert.ok(marks.some((m) => m.includes('身分証の写真を送ってください')), marks.join('|'));
    // The editable figures come from meta with their defaults.
    assert.equal(await page.getAttribute('#risk-option-usd_rate', 'placeholder'), '150');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 740 } });
});

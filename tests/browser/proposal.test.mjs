// The 応募文 tab in Chromium: draft from fields and a job post, lint on every
// keystroke with highlights that stay aligned (also on a 360px phone), the
// issue list, copy, autosave in localStorage and its deletion.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage, foreignRequests } from './harness.mjs';

const jobPost = '【応募時に以下をご記載ください】\n1. 稼働可能時間\n2. 過去の実績\nまた、WordPressでの入稿経験の有無を教えてください。';

async function open(page) {
  await page.click('#tab-proposal');
  await page.waitForSelector('#proposal-editor');
}

// Height of the textarea and of the highlight layer: equal when both break lines alike.
const heights = (page) => page.evaluate(() => {
  const editor = document.querySelector('#proposal-editor');
  const layer = document.querySelector('.proposal-layer');
  return { editor: editor.scrollHeight, layer: layer.scrollHeight, width: document.documentElement.scrollWidth };
});

test('draft, lint as you type, highlights, copy, autosave and delete', async () => {
  await withPage(async (page, { origin, requests, consoleErrors, browserContext }) => {
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await open(page);
    await page.fill('#proposal-f-name', '佐藤 花子');
    await page.fill('#proposal-f-available_hours', '平日10:00〜16:00（1日5時間）');
    await page.fill('#proposal-f-achievements', '美容ブログを2年運営（月間1万PV）\n記事を30本納品');
    await page.fill('#proposal-f-skills', 'WordPressでの入稿');
    await page.fill('#proposal-job', jobPost);
    await page.click('#proposal-draft');
    const drafted = await page.inputValue('#proposal-editor');
    assert.match(drafted, /【稼働可能時間】\n平日10:00/);
    assert.match(drafted, /【WordPressでの入稿経験】\nあります。WordPressでの入稿に対応できます。/);
    assert.equal(await page.locator('.proposal-issue.proposal-error').count(), 0);
    assert.match(await page.textContent('#proposal-summary'), /指摘はありません/);

    // Typing a self-label and a LINE ID: flagged at once, highlighted in place.
    await page.click('#proposal-editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n初心者ですが、LINE ID：hanako_01 までどうぞ');
    await page.waitForSelector('[data-rule="negative_self_label"]');
    await page.waitForSelector('[data-rule="contact_info"]');
    const marks = await page.$$eval('.proposal-layer mark', (ms) => ms.map((m) => [m.className, m.textContent]));
    assert.ok(marks.some(([c, t]) => c === 'proposal-mark-warning' && t === '初心者ですが'));
    assert.ok(marks.some(([c, t]) => c === 'proposal-mark-error' && t.includes('hanako_01')));
    const h = await heights(page);
    assert.equal(h.layer, h.editor);

    // The button selects the flagged words.
    await page.click('[data-rule="negative_self_label"] .proposal-jump');
    const selected = await page.evaluate(() => {
      const e = document.querySelector('#proposal-editor');
      return e.value.slice(e.selectionStart, e.selectionEnd);
    });
    assert.equal(selected, '初心者ですが');

    // User text is never parsed as HTML.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('<img src=x onerror="window.pwned=1">〇〇');
    await page.waitForSelector('[data-rule="placeholder"]');
    assert.equal(await page.locator('.proposal-layer img, .proposal-issues img').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);

    await page.click('#proposal-copy');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#proposal-editor'));

    // Autosave survives a reload; delete removes it.
    const text = await page.inputValue('#proposal-editor');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await open(page);
    assert.equal(await page.inputValue('#proposal-editor'), text);
    await page.click('#proposal-delete');
    assert.equal(await page.inputValue('#proposal-editor'), '');
    assert.equal(await page.evaluate(() => localStorage.getItem('gigcheck.proposal.draft')), null);

    // Bad field values: an error in words under the field, no crash.
    await page.selectOption('#proposal-kind', 'withdrawal');
    await page.fill('#proposal-f-name', '佐藤 花子');
    await page.fill('#proposal-f-unanswered_since', '2026-12-25');
    await page.fill('#proposal-f-messages_sent', '0');
    await page.click('#proposal-draft');
    assert.equal(await page.getAttribute('#proposal-f-messages_sent', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#proposal-f-messages_sent-error'), /「それ以降に送ったメッセージの数」/);
    assert.match(await page.textContent('.proposal-form-message'), /印の付いた項目を直して/);

    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

// Issue 22: the draft stayed in the editor after deleting everything, and the
// next keystroke saved it again. Now the screen is cleared with the storage,
// so what is typed next is kept alone.
test('after deleting everything stored on the device, the deleted draft never comes back', async () => {
  await withPage(async (page) => {
    await open(page);
    await page.fill('#proposal-editor', 'はじめまして。佐藤と申します。');
    await page.waitForTimeout(400);
    assert.ok(await page.evaluate(() => localStorage.length > 0));
    await page.click('#delete-local-data');
    assert.equal(await page.inputValue('#proposal-editor'), '');
    await page.click('#proposal-editor');
    await page.keyboard.type('新しい文');
    await page.waitForTimeout(400);
    assert.doesNotMatch(await page.evaluate(() => JSON.stringify({ ...localStorage })), /佐藤と申します/, 'nothing of the deleted draft written back');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await open(page);
    assert.equal(await page.inputValue('#proposal-editor'), '新しい文');
  });
});

test('the draft never overwrites: replace, append or cancel, and one tap undoes it', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await open(page);
    await page.fill('#proposal-f-name', '木村 ゆり');
    await page.fill('#proposal-f-self_intro', 'まだ初心者ですが旅行が大好き');
    await page.fill('#proposal-job', '■応募時に教えてください\n・好きな旅行先とその理由');
    await page.fill('#proposal-editor', '自分で書いた文章です。');
    await page.click('#proposal-draft');
    // Text in the editor: nothing changes until the user chooses.
    await page.waitForSelector('#proposal-replace');
    assert.equal(await page.inputValue('#proposal-editor'), '自分で書いた文章です。');
    await page.click('#proposal-cancel');
    assert.equal(await page.inputValue('#proposal-editor'), '自分で書いた文章です。');

    await page.click('#proposal-draft');
    await page.click('#proposal-append');
    const appended = await page.inputValue('#proposal-editor');
    assert.ok(appended.startsWith('自分で書いた文章です。\n\n'));
    // 「その理由」 points back at the place: one section, one marker.
    assert.match(appended, /【好きな旅行先とその理由】\n【要記入：好きな旅行先とその理由】/);
    // The ask no field answered is listed, and lint reports its marker as an error.
    assert.equal(await page.locator('.proposal-missing li').count(), 1);
    assert.equal(await page.locator('[data-rule="placeholder"]').getAttribute('data-count'), '1');
    // The self-label was taken out, and the change is shown with a way back.
    assert.doesNotMatch(appended, /初心者/);
    assert.match(await page.textContent('.proposal-changes'), /まだ初心者ですが/);
    await page.click('#proposal-keep-words');
    assert.match(await page.inputValue('#proposal-editor'), /まだ初心者ですが旅行が大好きです。/);
    assert.ok((await page.inputValue('#proposal-editor')).startsWith('自分で書いた文章です。\n\n'));

    await page.click('#proposal-undo');
    assert.equal(await page.inputValue('#proposal-editor'), '自分で書いた文章です。');

    await page.click('#proposal-draft');
    await page.click('#proposal-replace');
    assert.ok((await page.inputValue('#proposal-editor')).startsWith('ご担当者様'));
    await page.click('#proposal-undo');
    assert.equal(await page.inputValue('#proposal-editor'), '自分で書いた文章です。');
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('results: errors first, repeats grouped with next/previous, unanswered asks as a checklist', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await open(page);
    // No job post: the page says the unanswered-question check did not run.
    await page.fill('#proposal-editor', 'はじめまして。佐藤です。\nよろしくお願いします。');
    await page.waitForFunction(() => /答え漏れは確認していません/.test(document.querySelector('#proposal-summary').textContent));
    assert.doesNotMatch(await page.textContent('#proposal-summary'), /。指摘はありません/);

    await page.fill('#proposal-job', '応募時に、稼働時間と開始可能日を教えてください。');
    const text = 'はじめまして。佐藤です。\n記事を書いた。\n納品した。\n丁寧に作業します。\n修正にも対応します。\n連絡も早いです。\n'
      + 'LINE ID：sato_0123 までどうぞ。\nよろしくお願いします。';
    await page.fill('#proposal-editor', text);
    // (Off screen on a phone, the cards of what was typed follow once typing pauses.)
    await page.waitForSelector('[data-rule="mixed_style"]');
    await page.waitForSelector('[data-rule="unanswered_question"]');
    const order = await page.$$eval('.proposal-issues > li', (items) => items.map((i) => [i.dataset.rule, i.className]));
    const firstWarning = order.findIndex(([, c]) => !c.includes('proposal-error'));
    assert.ok(order.slice(firstWarning).every(([, c]) => !c.includes('proposal-error')), JSON.stringify(order));
    // 文体の混在 2件, one card with 前へ / 次へ that select each place in turn.
    const mixed = page.locator('[data-rule="mixed_style"]');
    assert.equal(await mixed.getAttribute('data-count'), '2');
    assert.match(await mixed.locator('.proposal-rule-name').textContent(), /文体の混在 2件/);
    await mixed.locator('.proposal-next').click();
    const selected = await page.evaluate(() => {
      const e = document.querySelector('#proposal-editor');
      return e.value.slice(e.selectionStart, e.selectionEnd);
    });
    assert.equal(selected, 'た');
    assert.match(await mixed.locator('.proposal-position').textContent(), /2\/2件目/);
    // The unanswered asks, each quoted from the post, with a box to tick.
    const checklist = await page.$$eval('[data-rule="unanswered_question"] .proposal-checklist li', (li) => li.map((l) => l.textContent.trim()));
    assert.deepEqual(checklist, ['「稼働時間」', '「開始可能日」']);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 740 } });
});

test('on a 360px phone the highlights stay aligned and nothing overflows', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await open(page);
    const long = 'はじめまして。佐藤花子と申します。\n私は、東京で、毎日のように、丁寧に、記事を書いています。前職では営業を担当していた。'
      + 'ライティングは初心者ですが、〇〇様の案件に応募いたします。'.repeat(3) + '\nWordPressでの入稿経験がありますhttps://example.com/portfolio/very/long/path/without/breaks\n\n';
    await page.fill('#proposal-editor', long);
    await page.waitForSelector('[data-rule="too_many_commas"]');
    const h = await heights(page);
    assert.equal(h.layer, h.editor);
    assert.ok(h.width <= 360, `page is ${h.width}px wide`);
    // The first highlighted comma sits over the same line box in both layers.
    const rects = await page.evaluate(() => {
      const mark = document.querySelector('.proposal-layer mark');
      const editor = document.querySelector('#proposal-editor').getBoundingClientRect();
      const r = mark.getBoundingClientRect();
      return { inside: r.left >= editor.left && r.right <= editor.right && r.top >= editor.top && r.bottom <= editor.bottom };
    });
    assert.ok(rects.inside);
    if (process.env.PROPOSAL_SCREENSHOT) await page.screenshot({ path: process.env.PROPOSAL_SCREENSHOT, fullPage: true });
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 740 }, path: '/#proposal' });
});

test('a long application is linted after a pause in typing, its marks hidden meanwhile', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#tab-proposal');
    const long = `${'私はこれまでに美容ジャンルの記事を書いてきました。'.repeat(250)}\nLINE ID：hanako_01 までご連絡ください。`;
    await page.fill('#proposal-editor', long);
    await page.locator('#proposal-issues [data-rule="contact_info"]').waitFor();
    await page.focus('#proposal-editor');
    await page.keyboard.press('End');
    await page.keyboard.type('。');
    // Right after the keystroke the marks are hidden: they would not match the text.
    assert.equal(await page.locator('.proposal-layer').isHidden(), true);
    await page.waitForFunction(() => !document.querySelector('.proposal-layer').hidden);
    assert.equal(await page.locator('#proposal-issues [data-rule="contact_info"]').count(), 1);
    assert.ok(await page.locator('.proposal-layer mark').count() > 0);
    assert.deepEqual(consoleErrors, []);
  });
});

// Typing costs no more than it must (bench/typing_bench.mjs measures how
// much): a keystroke with a mark after it is in the highlight layer before
// the frame that draws it, only the paragraph typed in changes, and the
// marks stay on their words.
test('a keystroke changes only its own paragraph of the highlight layer, which never falls behind the text', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await open(page);
    const text = 'はじめまして。初心者ですが、精一杯がんばります。\n記事を書いてきました。\nLINE ID：hanako_01 までどうぞ。よろしくお願いいたします。';
    await page.fill('#proposal-editor', text);
    await page.waitForSelector('.proposal-layer mark.proposal-mark-error');
    const before = await page.evaluate(() => {
      window.kept = [...document.querySelectorAll('.proposal-para, .proposal-layer mark')];
      // After the page's own listener: what the layer shows as the input event ends.
      window.behind = [];
      document.querySelector('#proposal-editor').addEventListener('input', () => {
        const editor = document.querySelector('#proposal-editor');
        const shown = [...document.querySelectorAll('.proposal-para')].map((p) => p.textContent.replace(/\u200b/g, '')).join('\n');
        window.behind.push(shown !== editor.value);
      });
      return window.kept.length;
    });
    assert.ok(before >= 5, `paragraphs and marks: ${before}`);
    // At the end of the second paragraph, then before the first mark.
    await page.evaluate(() => {
      const editor = document.querySelector('#proposal-editor');
      const at = editor.value.indexOf('ました。') + 4;
      editor.focus();
      editor.setSelectionRange(at, at);
    });
    await page.keyboard.type('多数');
    await page.evaluate(() => document.querySelector('#proposal-editor').setSelectionRange(7, 7));
    await page.keyboard.type('私は');
    await page.waitForTimeout(100);
    const after = await page.evaluate(() => ({
      behind: window.behind,
      same: window.kept.filter((node) => node.isConnected).length,
      paragraphs: [...document.querySelectorAll('.proposal-para')].map((p) => p.textContent),
      marks: [...document.querySelectorAll('.proposal-layer mark')].map((m) => m.textContent),
    }));
    assert.deepEqual(after.behind, [false, false, false, false], 'the layer has each keystroke as the input event ends');
    assert.equal(after.same, before, 'no paragraph or mark was made again');
    assert.deepEqual(after.paragraphs, ['はじめまして。私は初心者ですが、精一杯がんばります。', '記事を書いてきました。多数',
      'LINE ID：hanako_01 までどうぞ。よろしくお願いいたします。']);
    assert.ok(after.marks.includes('初心者ですが'), after.marks.join('|'));
    // At the very end nothing the layer shows changes: its lint, a frame later, writes the text.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('以上です');
    await page.waitForFunction(() => document.querySelector('.proposal-para:last-child').textContent.endsWith('以上です'));
    const h = await heights(page);
    assert.equal(h.layer, h.editor);
    assert.deepEqual(consoleErrors, []);
  });
});

test('a bad check setting is shown under its field, and the text is still checked without it', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await open(page);
    await page.fill('#proposal-editor', 'はじめまして。初心者ですが、よろしくお願いいたします。');
    await page.waitForSelector('[data-rule="negative_self_label"]');
    await page.click('.proposal-settings summary');
    await page.fill('#proposal-max-commas', '三つ');
    await page.waitForSelector('#proposal-max-commas[aria-invalid="true"]');
    const described = (await page.getAttribute('#proposal-max-commas', 'aria-describedby')).split(' ').pop();
    const label = (await page.textContent('label[for="proposal-max-commas"]')).trim();
    assert.ok((await page.textContent(`#${described}`)).includes(`「${label}」`));
    assert.equal(await page.locator('[data-rule="negative_self_label"]').count(), 1, 'the other results stay');
    await page.fill('#proposal-max-commas', '３');
    await page.waitForFunction(() => !document.querySelector('#proposal-max-commas').hasAttribute('aria-invalid'));
    assert.equal(await page.locator('.field-error').count(), 0);
    // A bad value in the folded settings (a restored input) opens them.
    await page.click('.proposal-settings summary');
    await page.evaluate(() => {
      const box = document.querySelector('#proposal-max-length');
      box.value = '長め';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForSelector('#proposal-max-length[aria-invalid="true"]');
    assert.equal(await page.isVisible('#proposal-max-length'), true, 'the folded settings are opened');
    assert.deepEqual(consoleErrors, []);
  });
});

test('a long application is checked once typing pauses, its marks hidden meanwhile and then in step again', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await open(page);
    const paragraph = 'はじめまして。初心者ですが、記事作成の経験を生かして丁寧に対応いたします。よろしくお願いいたします。\n';
    await page.fill('#proposal-editor', paragraph.repeat(Math.ceil(5000 / paragraph.length)));
    await page.waitForSelector('.proposal-layer mark');
    await page.focus('#proposal-editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('追記');
    assert.equal(await page.isVisible('.proposal-layer'), false, 'hidden while its marks do not match');
    await page.waitForSelector('.proposal-layer', { state: 'visible' });
    const paragraphs = await page.locator('.proposal-para').allTextContents();
    assert.equal(paragraphs.map((p) => p.replace(/\u200b/g, '')).join('\n'), await page.inputValue('#proposal-editor'));
    const h = await heights(page);
    assert.equal(h.layer, h.editor);
    assert.deepEqual(consoleErrors, []);
  });
});

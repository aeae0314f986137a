// Every highlight says which warning it belongs to, on a touch screen too:
// it carries the number of its result card (①②), a tap on it names the
// warning or brings its card into view, and the card leads back to it; the
// same by keyboard. In the application editor (marks behind the textarea)
// and in the risk check's highlighted post.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage, foreignRequests } from './harness.mjs';

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true };

// The first line box of an element, to tap where its text is.
const firstBox = (locator) => locator.evaluate((node) => {
  const r = node.getClientRects()[0];
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
});
const inViewport = (locator) => locator.evaluate((node) => {
  const r = node.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
});

const application = 'はじめまして、佐藤と申します。初心者ですが、精一杯がんばります。\n' +
  '連絡先はsato@example.comです。よろしくお願いいたします。';

test('application editor: a tapped mark names its warning and number, and leads to its card and back', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-proposal');
    await page.fill('#proposal-editor', application);
    const card = page.locator('#proposal-issues [data-rule="negative_self_label"]');
    await card.waitFor();
    // The mark and its card carry the same number.
    const number = (await card.locator('.card-number').textContent()).trim();
    assert.match(number, /^[①-⑳]$/);
    const mark = page.locator('.proposal-layer mark', { hasText: '初心者ですが' });
    assert.equal(await mark.getAttribute('data-label'), number);
    const label = await mark.evaluate((m) => getComputedStyle(m, '::before').content);
    assert.equal(label, `"${number}"`, 'the number is drawn on the mark');
    for (const other of await page.locator('#proposal-issues .proposal-issue').all()) {
      const rule = await other.getAttribute('data-rule');
      const n = (await other.locator('.card-number').textContent()).trim();
      const labels = await page.locator('.proposal-layer mark[data-label]').evaluateAll((ms) => ms.map((m) => m.dataset.label));
      if (rule !== 'unanswered_question' && rule !== 'missing_greeting') assert.ok(labels.some((l) => l.includes(n)), `${rule} ${n} in ${labels}`);
    }

    // A tap on the mark (the textarea takes it) names the warning under it.
    await page.evaluate(() => document.activeElement.blur());
    const at = await firstBox(mark);
    await page.touchscreen.tap(at.x, at.y);
    const note = page.locator('#proposal-caret-note');
    await note.getByText('自分を低く見せる表現').waitFor();
    assert.match(await note.textContent(), new RegExp(`${number}.*注意`));
    assert.equal(await note.getAttribute('role'), 'status');

    // Its button brings the card into view, focused, on the issue tapped.
    await note.getByRole('button', { name: `${number}の説明を見る` }).tap();
    assert.equal(await card.evaluate((c) => c === document.activeElement), true);
    assert.equal(await inViewport(card), true);

    // The card leads back: the words selected, their mark in view.
    await page.evaluate(() => scrollTo(0, 0));
    await card.locator('.proposal-jump').tap();
    const selected = await page.evaluate(() => {
      const e = document.querySelector('#proposal-editor');
      return e.value.slice(e.selectionStart, e.selectionEnd);
    });
    assert.equal(selected, '初心者ですが');
    assert.equal(await inViewport(mark), true);

    // Typing closes the note; Escape does too.
    await page.keyboard.type('x');
    assert.equal(await note.textContent(), '');
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, phone);
});

test('application editor: the arrow keys onto a mark name its warning, Tab reaches its card', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#tab-proposal');
    await page.fill('#proposal-editor', application);
    await page.locator('#proposal-issues [data-rule="contact_info"]').waitFor();
    await page.focus('#proposal-editor');
    // From the end, back into the e-mail address.
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    const note = page.locator('#proposal-caret-note');
    await note.getByText('外部の連絡先').waitFor();
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /の説明を見る$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.rule), 'contact_info');
    await page.focus('#proposal-editor');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    assert.equal(await note.textContent(), '');
    assert.deepEqual(consoleErrors, []);
  });
});

test('risk check: a tapped highlight brings its numbered card into view, and the card leads back', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-risk');
    await page.fill('#risk-description', 'ブログ記事作成のお仕事です。初心者歓迎、1記事300円、5000文字。' +
      '詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。');
    const card = page.locator('.risk-signal[data-signal="upfront_fee"]');
    await card.waitFor();
    const number = (await card.locator('.card-number').textContent()).trim();
    const mark = page.locator('.risk-mark', { hasText: '研修費' });
    assert.equal(await mark.getAttribute('data-label'), number);
    assert.equal(await mark.evaluate((m) => getComputedStyle(m, '::before').content), `"${number}"`);
    // Every highlight's numbers are the numbers of the cards of its signals.
    for (const each of await page.locator('.risk-mark').all()) {
      const ids = (await each.getAttribute('data-signals')).split(' ');
      const numbers = [];
      for (const id of ids) numbers.push((await page.locator(`.risk-signal[data-signal="${id}"] .card-number`).textContent()).trim());
      assert.equal(await each.getAttribute('data-label'), numbers.join(''));
    }

    await mark.tap();
    assert.equal(await card.evaluate((c) => c === document.activeElement), true);
    assert.equal(await inViewport(card), true);
    assert.match(await card.getAttribute('class'), /is-target/);

    await card.locator('.risk-to-mark').tap();
    assert.equal(await mark.evaluate((m) => m === document.activeElement), true);
    assert.equal(await inViewport(mark), true);

    // By keyboard: the highlight is a button.
    assert.equal(await mark.getAttribute('role'), 'button');
    assert.match(await mark.getAttribute('aria-label'), new RegExp(`研修費.*${number}`));
    await page.evaluate(() => scrollTo(0, 0));
    await mark.focus();
    await page.keyboard.press('Enter');
    assert.equal(await card.evaluate((c) => c === document.activeElement), true);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, phone);
});

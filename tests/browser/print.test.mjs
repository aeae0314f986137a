// Printing any tab gives a one-page A4 summary: the results, without the
// form that produced them, the tab strip, the buttons or any empty form box,
// dated; the timeline with the messages to send, the application as text
// with its numbered marks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

// Chromium's PDF has one "/Type /Page" object per page (and one "/Pages").
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

const tabs = {
  cert: {
    async fill(page) {
      await page.fill('#cert-jobs-total', '40');
      await page.fill('#cert-jobs-completed', '35');
      await page.fill('#cert-rating-average', '4.8');
      await page.fill('#cert-rating-count', '30');
      await page.locator('[data-criterion="completion_rate"]').getByText('あと10件').waitFor();
    },
    printed: ['.verdict', '[data-criterion="completion_rate"]'],
    leftOut: ['#cert-jobs-total', '.cert-form'],
  },
  risk: {
    async fill(page) {
      await page.fill('#risk-description', 'ブログ記事作成のお仕事です。初心者歓迎、1記事300円、5000文字。' +
        '詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。');
      await page.locator('[data-signal="off_platform_contact"]').waitFor();
    },
    printed: ['.risk-level', '[data-signal="upfront_fee"]'],
    leftOut: ['#risk-description', '.risk-form'],
  },
  proposal: {
    async fill(page) {
      await page.fill('#proposal-editor', 'はじめまして、佐藤と申します。初心者ですが、よろしくお願いします。連絡先はsato@example.comです。');
      await page.locator('#proposal-issues [data-rule="contact_info"]').waitFor();
    },
    printed: ['.proposal-layer mark[data-label]', '#proposal-issues [data-rule="contact_info"]'],
    leftOut: ['#proposal-kind', '#proposal-draft', '#proposal-copy', '#proposal-editor', '.proposal-editor-hint'],
    // The application is printed as the layer's text (a textarea prints only its box).
    async check(page) {
      const paragraphs = await page.locator('.proposal-para').allTextContents();
      assert.equal(paragraphs.map((p) => p.replace(/\u200b/g, '')).join('\n'), await page.inputValue('#proposal-editor'));
    },
  },
  timeline: {
    async fill(page) {
      await page.fill('#tl-date', '2026-09-18');
      await page.click('.tl-options summary');
      await page.fill('#tl-today', '2026-09-18');
      await page.fill('#tl-name', '佐藤 花子');
      await page.locator('.tl-template').first().waitFor();
    },
    printed: ['.tl-steps', '.tl-calendar', '.tl-print-message'],
    leftOut: ['#tl-situation', '.tl-template', '#tl-ics'],
    // The ready-to-send message is on paper, word for word.
    async check(page) {
      assert.equal(await page.textContent('.tl-print-text'), await page.inputValue('.tl-template'));
    },
  },
};

// Every control is left out of the paper (checkboxes of a checklist aside).
const formBoxes = 'input:not([type="checkbox"]):visible, textarea:visible, select:visible';

for (const [tab, { fill, printed, leftOut, check }] of Object.entries(tabs)) {
  test(`printing the ${tab} tab gives one A4 page with its results and without its form`, async () => {
    await withPage(async (page, { consoleErrors }) => {
      await page.click(`#tab-${tab}`);
      await fill(page);
      // The summary says when it was printed: dated once the page is ready,
      // and again by the print dialog (beforeprint).
      const printDate = /^印刷日: \d{4}年\d{1,2}月\d{1,2}日（[日月火水木金土]）$/;
      assert.match(await page.textContent('#print-date'), printDate);
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      assert.match(await page.textContent('#print-date'), printDate);
      assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);
      await page.emulateMedia({ media: 'print' });
      for (const selector of [...printed, '#print-date']) assert.equal(await page.locator(selector).first().isVisible(), true, selector);
      for (const selector of [...leftOut, '[role="tablist"]', '#export-inputs']) {
        assert.equal(await page.locator(selector).first().isVisible(), false, selector);
      }
      assert.equal(await page.locator(formBoxes).count(), 0, 'no form box on paper');
      await check?.(page);
      assert.deepEqual(consoleErrors, []);
    });
  });
}

// The longest timeline on paper: after the contract on CrowdWorks, two
// messages to send, over the year's end. Both messages fit on the one page.
test('printing the timeline with two messages to send still gives one page', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#tab-timeline');
    await page.selectOption('#tl-platform', 'crowdworks');
    await page.selectOption('#tl-situation', 'after_contract');
    await page.fill('#tl-date', '2026-12-18');
    await page.click('.tl-options summary');
    await page.fill('#tl-today', '2026-12-18');
    await page.fill('#tl-name', '佐藤 花子');
    await page.fill('#tl-client-name', '山田');
    await page.waitForFunction(() => document.querySelectorAll('.tl-template').length === 2);
    assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.tl-print-text').allTextContents();
    const templates = await page.locator('.tl-template').evaluateAll((boxes) => boxes.map((b) => b.value));
    assert.deepEqual(printed, templates);
    assert.ok(printed.every((text) => text.includes('佐藤 花子')));
    assert.deepEqual(consoleErrors, []);
  });
});

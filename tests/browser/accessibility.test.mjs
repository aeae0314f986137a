// axe-core scan of every tab, in light and dark mode, on a phone-sized screen.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { withPage } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const tabs = ['cert', 'risk', 'proposal', 'timeline'];

function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

for (const colorScheme of ['light', 'dark']) {
  test(`every tab passes axe with no violations (${colorScheme})`, async () => {
    // The CSP would block the injected axe script; the page itself is unchanged.
    await withPage(async (page) => {
      await page.addScriptTag({ path: axePath });
      for (const tab of tabs) {
        await page.click(`#tab-${tab}`);
        const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        assert.equal(violations.length, 0, `tab ${tab}:\n${describe(violations)}`);
      }
    }, { bypassCSP: true, colorScheme, viewport: { width: 360, height: 740 } });
  });
}

test('the tabs work by keyboard alone', async () => {
  await withPage(async (page) => {
    await page.focus('#tab-cert');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-risk');
    assert.equal(await page.isVisible('#panel-risk'), true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');  // into the panel, then its first control
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('[role="tabpanel"]')?.id), 'panel-cert');
  });
});

// With results on screen: numbered highlights as buttons, the caret note,
// an error under its field, the timeline's messages; on a phone and with the
// results beside the inputs (a scrolling column) on a wide screen.
async function fillEveryTab(page) {
  await page.fill('#cert-jobs-total', '40');
  await page.fill('#cert-jobs-completed', '4.7点');
  await page.click('#tab-risk');
  await page.fill('#risk-description', 'ブログ記事作成のお仕事です。1記事300円、5000文字。詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。');
  await page.locator('.risk-mark').first().waitFor();
  await page.click('#tab-proposal');
  await page.fill('#proposal-editor', 'はじめまして。初心者ですが、よろしくお願いします。連絡先はsato@example.comです。');
  await page.locator('#proposal-issues [data-rule="contact_info"]').waitFor();
  await page.focus('#proposal-editor');
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.locator('#proposal-caret-note button').waitFor();
  await page.click('#tab-timeline');
  await page.click('.tl-options summary');
  await page.fill('#tl-name', '佐藤 花子');
  await page.locator('.tl-template').first().waitFor();
}

for (const colorScheme of ['light', 'dark']) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    test(`every tab with its results passes axe (${colorScheme}, ${viewport.width} px)`, async () => {
      await withPage(async (page) => {
        await page.addScriptTag({ path: axePath });
        await fillEveryTab(page);
        for (const tab of tabs) {
          await page.click(`#tab-${tab}`);
          const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
          assert.equal(violations.length, 0, `tab ${tab}:\n${describe(violations)}`);
        }
      }, { bypassCSP: true, colorScheme, viewport });
    });
  }
}

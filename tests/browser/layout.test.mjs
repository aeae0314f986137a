// Results sit next to the inputs they depend on: beside them, sticky, once a
// tool is 900 px wide; under them on a phone, where the result bar says the
// result in a few words and a tap on it brings the details into view, focused.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

// What each tab needs for a result, and the element its result bar points at.
const tabs = {
  cert: {
    async fill(page) {
      await page.fill('#cert-jobs-total', '40');
      await page.fill('#cert-jobs-completed', '36');
      await page.locator('.cert-results .verdict').waitFor();
    },
    details: '.cert-results',
  },
  risk: {
    async fill(page) {
      await page.fill('#risk-description', '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。');
      await page.locator('.risk-level').waitFor();
    },
    details: '.risk-result',
  },
  proposal: {
    async fill(page) {
      await page.fill('#proposal-editor', 'はじめまして。初心者ですが、よろしくお願いいたします。\n'.repeat(12));
      await page.locator('#proposal-issues [data-rule="negative_self_label"]').waitFor();
    },
    details: '#proposal-issues',
  },
  timeline: {
    async fill(page) {
      await page.fill('#tl-date', '2026-09-18');
      await page.locator('.tl-steps').waitFor();
    },
    details: '.tl-result',
  },
};

const box = (page, selector) => page.locator(selector).first().evaluate((node) => {
  const r = node.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
});

test('on a wide screen every tab has its results beside its inputs, and they stay in view while the inputs scroll', async () => {
  await withPage(async (page, { consoleErrors }) => {
    for (const [tab, { fill }] of Object.entries(tabs)) {
      await page.click(`#tab-${tab}`);
      await fill(page);
      await page.evaluate(() => scrollTo(0, 0));
      const panel = `#panel-${tab}`;
      const inputs = await box(page, `${panel} .tool-inputs`);
      const results = await box(page, `${panel} .tool-results`);
      assert.ok(results.left >= inputs.right, `${tab}: results (${results.left}) right of the inputs (${inputs.right})`);
      assert.ok(Math.abs(results.top - inputs.top) < 2, `${tab}: side by side (${results.top} / ${inputs.top})`);
      // Scrolled to the inputs' end, the results are still on screen.
      const end = inputs.bottom - 800;
      if (end > results.top) {
        await page.evaluate((y) => scrollTo(0, y), end);
        const stuck = await box(page, `${panel} .tool-results`);
        assert.ok(stuck.top >= -1 && stuck.top < 10, `${tab}: results stay at the top (${stuck.top})`);
      }
      assert.equal(await page.isVisible('#result-bar'), false, `${tab}: no result bar while the results are in view`);
    }
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 1280, height: 800 } });
});

test('on a phone every tab has its results under its inputs, and the result bar jumps to them', async () => {
  await withPage(async (page, { consoleErrors }) => {
    const jumped = [];
    for (const [tab, { fill, details }] of Object.entries(tabs)) {
      await page.click(`#tab-${tab}`);
      await fill(page);
      const panel = `#panel-${tab}`;
      const inputs = await box(page, `${panel} .tool-inputs`);
      const results = await box(page, `${panel} .tool-results`);
      assert.ok(results.top >= inputs.bottom - 1, `${tab}: results under the inputs`);
      // From the top of the inputs; where the results already show there, no bar is needed.
      await page.locator(`${panel} .tool-inputs`).evaluate((node) => node.scrollIntoView({ block: 'start' }));
      if ((await box(page, details)).top < 740) {
        await page.waitForFunction(() => document.getElementById('result-bar').hidden);
        continue;
      }
      const button = page.locator('#result-bar-button');
      await button.waitFor();
      assert.match(await button.textContent(), /詳しく見る$/, tab);
      await button.click();
      await page.waitForFunction(() => document.getElementById('result-bar').hidden);
      const shown = await box(page, details);
      assert.ok(shown.top < 740 && shown.bottom > 0, `${tab}: the details are in view (${shown.top})`);
      assert.equal(await page.evaluate((sel) => document.querySelector(sel).contains(document.activeElement), details), true,
        `${tab}: focus is on the details`);
      jumped.push(tab);
      await page.evaluate(() => scrollTo(0, 0));
    }
    assert.deepEqual(jumped, ['cert', 'risk', 'proposal'], 'the tabs whose results start below the first screen');
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 740 } });
});

test('an embedded tool decides by its own width: one column in a blog column, beside in a wide frame', async () => {
  for (const [width, beside] of [[720, false], [1100, true]]) {
    await withPage(async (page, { consoleErrors }) => {
      await page.fill('#risk-description', '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。');
      await page.locator('.risk-level').waitFor();
      const inputs = await box(page, '.tool-inputs');
      const results = await box(page, '.tool-results');
      assert.equal(results.left >= inputs.right, beside, `${width} px`);
      assert.deepEqual(consoleErrors, []);
    }, { viewport: { width, height: 800 }, path: '/embed-frame.html?tool=risk' });
  }
});

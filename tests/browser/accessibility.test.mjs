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

// On a phone the results sit far below the inputs: a bar at the bottom of the
// screen says the result in a few words while it is out of sight, for the tab
// shown, and a tap brings the details into view.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const phone = { width: 360, height: 740 };

test('the result bar follows the shown tab and jumps to its details', async () => {
  await withPage(async (page, { consoleErrors }) => {
    const bar = page.locator('#result-bar');
    const button = page.locator('#result-bar-button');
    await page.fill('#cert-jobs-total', '40');
    await page.fill('#cert-jobs-completed', '36');
    await button.getByText(/^\d+項目中1項目達成/).waitFor();
    assert.equal(await bar.isVisible(), true);

    await page.click('#tab-risk');
    await page.fill('#risk-description', '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。');
    await button.getByText(/^リスク高/).waitFor();

    await button.click();
    await page.waitForFunction(() => document.getElementById('result-bar').hidden);
    const top = await page.locator('.risk-level').evaluate((node) => node.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < phone.height, `the details are in view (top ${top})`);

    await page.click('#tab-cert');
    await page.evaluate(() => scrollTo(0, 0));
    await button.getByText(/^\d+項目中1項目達成/).waitFor();
    assert.deepEqual(consoleErrors, []);
  }, { viewport: phone });
});

// Phones reload a tab whenever the user switches apps: everything typed in
// every tab comes back after a reload, and deleting the data clears both the
// storage and the screen, for good.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const ready = () => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
let page;

async function typeInEveryTab() {
  await page.fill('#cert-jobs-total', '40');
  await page.fill('#cert-jobs-completed', '35');
  await page.check('input[name="cert-platform"][value="lancers"]');
  await page.click('#tab-risk');
  await page.fill('#risk-description', '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。');
  await page.click('#tab-proposal');
  await page.fill('#proposal-editor', 'はじめまして。佐藤と申します。');
  await page.click('#tab-timeline');
  await page.selectOption('#tl-situation', 'after_contract');
  await page.waitForTimeout(500);  // the inputs are kept after a short pause
}

test('every input of every tab survives a reload, and the results come back with them', async () => {
  await withPage(async (p) => {
    page = p;
    await typeInEveryTab();
    await page.reload();
    await ready();
    // The page reopens on the tab last picked; the others are built when shown.
    assert.equal(await page.inputValue('#tl-situation'), 'after_contract');
    assert.equal(await page.inputValue('#tl-date'), await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }), 'a default the user did not change stays today\'s');
    await page.click('#tab-cert');
    assert.equal(await page.inputValue('#cert-jobs-total'), '40');
    assert.ok(await page.isChecked('input[name="cert-platform"][value="lancers"]'));
    await page.locator('[data-criterion="completion_rate"]').getByText('あと10件').waitFor();
    await page.click('#tab-risk');
    assert.match(await page.inputValue('#risk-description'), /easy_money/);
    await page.locator('.risk-level').getByText('高').first().waitFor();
    await page.click('#tab-proposal');
    // The post pasted in the risk check is the application's job post too.
    assert.match(await page.inputValue('#proposal-job'), /easy_money/);
    assert.equal(await page.inputValue('#proposal-editor'), 'はじめまして。佐藤と申します。');
  });
});

test('deleting the data clears the screen and the storage, and a reload brings nothing back', async () => {
  await withPage(async (p) => {
    page = p;
    await typeInEveryTab();
    await page.click('#delete-local-data');
    assert.equal(await page.inputValue('#tl-situation'), 'after_delivery');
    await page.click('#tab-risk');
    assert.equal(await page.inputValue('#risk-description'), '');
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    await page.reload();
    await ready();
    await page.click('#tab-proposal');
    assert.equal(await page.inputValue('#proposal-editor'), '');
    await page.click('#tab-cert');
    assert.equal(await page.inputValue('#cert-jobs-total'), '');
    assert.ok(await page.isChecked('input[name="cert-platform"][value="crowdworks"]'));
  });
});

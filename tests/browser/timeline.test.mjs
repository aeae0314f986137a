// The 連絡タイムライン tab in Chromium: steps for a delivery before the 2026
// Silver Week, the calendar marking weekends and holidays, copying a message,
// the .ics download parsed back, errors in words, and a 360px phone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withPage, foreignRequests } from './harness.mjs';

const screenshotDir = process.env.GIGCHECK_SCREENSHOTS;

async function fill(page, values) {
  await page.selectOption('#tl-situation', values.situation || 'after_delivery');
  await page.evaluate(() => { document.querySelector('.tl-options').open = true; });
  for (const [selector, value] of Object.entries(values.inputs || {})) await page.fill(selector, value);
  await page.waitForTimeout(50);  // one animation frame for the debounced update
}

test('delivery on 2026-09-18: steps, calendar, copy and .ics', async () => {
  await withPage(async (page, { origin, requests, consoleErrors, browserContext }) => {
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.click('#tab-timeline');
    await fill(page, { inputs: { '#tl-date': '2026-09-18', '#tl-today': '2026-09-24', '#tl-name': '佐藤 花子', '#tl-client-name': '山田' } });

    const steps = page.locator('.tl-step');
    assert.equal(await steps.count(), 6);
    const nudge = page.locator('.tl-step[data-step="nudge"]');
    assert.match(await nudge.locator('.tl-date').textContent(), /9月28日（月）/);
    assert.match(await nudge.locator('.tl-distance').textContent(), /納品から3営業日後/);
    assert.match(await page.locator('.tl-step[data-step="acceptance_deadline"] .tl-distance').textContent(), /7日後/);
    assert.equal(await page.locator('.tl-step.tl-next').getAttribute('data-step'), 'acceptance_deadline');

    // Calendar: 9/21-9/23 are holidays, 9/19-20 weekend, 9/28 holds step 4.
    for (const day of ['2026-09-21', '2026-09-22', '2026-09-23'])
      assert.match(await page.locator(`td[data-date="${day}"]`).getAttribute('class'), /tl-holiday/);
    assert.match(await page.locator('td[data-date="2026-09-19"]').getAttribute('class'), /tl-sat/);
    assert.match(await page.locator('td[data-date="2026-09-24"]').getAttribute('class'), /tl-today/);
    assert.equal((await page.locator('td[data-date="2026-09-28"] .tl-mark').textContent()).trim(), '4');
    assert.match(await page.locator('.tl-holiday-list').textContent(), /敬老の日.*国民の休日.*秋分の日/);

    // The message, when the draft feature writes one, is copied as is.
    const template = nudge.locator('.tl-template');
    if (await template.count()) {
      await nudge.locator('button', { hasText: '文面をコピー' }).click();
      await page.waitForFunction(() => document.querySelector('.tl-step[data-step="nudge"] [role="status"]').textContent !== '');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await template.inputValue());
    }

    // .ics download through a Blob URL, parsed back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tl-ics')]);
    assert.equal(download.suggestedFilename(), 'gigcheck-after_delivery-2026-09-18.ics');
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
    const unfolded = text.replace(/\r\n /g, '');
    const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1]);
    assert.deepEqual(starts, ['20260918', '20260921', '20260925', '20260928', '20261001', '20261001']);
    assert.match(unfolded, /SUMMARY:自分で催促（3営業日後）/);

    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/timeline-desktop.png`, fullPage: true });
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('situations switch the form; bad input is explained in words', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-timeline');
    await fill(page, { situation: 'after_application', inputs: { '#tl-date': '2026-09-18', '#tl-deadline': '2026-09-30' } });
    assert.equal(await page.isVisible('#tl-deadline'), true);
    assert.match(await page.locator('label[for="tl-date"]').textContent(), /応募した日/);
    assert.match(await page.locator('.tl-step[data-step="give_up"] .tl-date').textContent(), /10月7日/);

    // A bad deadline is shown under its field, and the timeline is still drawn without it.
    await fill(page, { situation: 'after_application', inputs: { '#tl-deadline': '2026-09-01' } });
    assert.equal(await page.getAttribute('#tl-deadline', 'aria-invalid'), 'true');
    const deadlineError = await page.getAttribute('#tl-deadline', 'aria-describedby');
    assert.match(await page.locator(`#${deadlineError.split(' ').pop()}`).textContent(), /募集期限/);
    assert.match(await page.locator('.tl-step[data-step="give_up"] .tl-date').textContent(), /10月2日/);  // 2 weeks after applying

    // A date out of range has no timeline: the error names the field as the form labels it.
    await fill(page, { situation: 'after_contract', inputs: { '#tl-date': '2100-01-05' } });
    assert.equal(await page.isVisible('#tl-deadline'), false);
    assert.equal(await page.getAttribute('#tl-date', 'aria-invalid'), 'true');
    assert.match(await page.locator('#tl-date-error').textContent(), /返事のないメッセージを送った日.*1955-01-01/);
    assert.equal(await page.locator('.tl-step').count(), 0);

    await fill(page, { situation: 'after_contract', inputs: { '#tl-date': '' } });
    assert.match(await page.locator('#tl-date-error').textContent(), /返事のないメッセージを送った日/);
    await fill(page, { situation: 'after_contract', inputs: { '#tl-date': '2026-09-18' } });
    assert.equal(await page.getAttribute('#tl-date', 'aria-invalid'), null, 'fixed: the mark goes');
    assert.equal(await page.locator('#tl-date-error').count(), 0);

    // Year-end closing moves the nudge into January.
    await fill(page, { situation: 'after_delivery', inputs: { '#tl-date': '2026-12-25' } });
    await page.check('#tl-year-end');
    await page.waitForTimeout(50);
    assert.match(await page.locator('.tl-step[data-step="nudge"] .tl-date').textContent(), /1月5日/);
    assert.match(await page.locator('td[data-date="2026-12-30"]').getAttribute('class'), /tl-closed/);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  });
});

test('opened by a link to #timeline on a 360px phone, its tab is in view in the tab strip', async () => {
  await withPage(async (page) => {
    const box = await page.evaluate(() => {
      const tab = document.getElementById('tab-timeline').getBoundingClientRect();
      const strip = document.querySelector('[role="tablist"]').getBoundingClientRect();
      return { left: tab.left, right: tab.right, stripLeft: strip.left, stripRight: strip.right };
    });
    assert.ok(box.left >= box.stripLeft && box.right <= box.stripRight + 1, JSON.stringify(box));  // 1 px for subpixel layout
    assert.equal(await page.isVisible('#tl-situation'), true);
  }, { viewport: { width: 360, height: 780 }, path: '/#timeline' });
});

test('on a 360px phone nothing overflows sideways', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    await page.click('#tab-timeline');
    await fill(page, { situation: 'after_contract', inputs: { '#tl-date': '2026-09-18', '#tl-today': '2026-09-18', '#tl-name': '佐藤 花子' } });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      calendar: document.querySelector('.tl-calendar').getBoundingClientRect().right,
      viewport: window.innerWidth,
    }));
    assert.ok(widths.page <= widths.viewport, `page ${widths.page} > ${widths.viewport}`);
    assert.ok(widths.calendar <= widths.viewport);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/timeline-phone.png`, fullPage: true });
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, { viewport: { width: 360, height: 780 }, colorScheme: 'dark' });
});

test('a Lancers worker gets Lancers\' own steps, her next action as the headline and the message at once', async () => {
  await withPage(async (page, { consoleErrors }) => {
    await page.click('#tab-timeline');
    await page.selectOption('#tl-platform', 'lancers');
    await fill(page, { inputs: { '#tl-date': '2026-09-18', '#tl-today': '2026-09-19' } });
    // The headline is what she does, not the next event.
    assert.equal((await page.locator('.tl-headline').textContent()).trim(), '9月28日（月）に検収の催促メッセージを送る');
    const text = await page.locator('.tl-steps').textContent();
    assert.match(text, /連絡催促申請（ランサーズ）/);
    assert.match(text, /完了報告（納品）/);
    assert.doesNotMatch(text, /クラウドワークス/);
    // No name typed yet: the message is there, with 〇〇 to fill in.
    const message = await page.locator('.tl-step[data-step="nudge"] textarea.tl-template').inputValue();
    assert.match(message, /〇〇/);
    assert.deepEqual(consoleErrors, []);
  });
});

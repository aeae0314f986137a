// Typing in the application editor against a bare textarea, in headless
// Chromium with the CPU slowed 4× (a mid-range phone): for each keystroke,
// the time from the keystroke (beforeinput) to the end of the next frame (a task queued from the
// first animation frame after the input runs once that frame is drawn).
// Budgets (ceilings): p90 ≤ 1.5× the bare textarea at 2,000 characters and
// ≤ 2× at 20,000, measured in the same run.
//   node bench/typing_bench.mjs [site folder]    (after the wasm build)
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { readText } from '../tests/corpus/proposal/corpus.mjs';

const siteDir = resolve(process.argv[2] || process.env.GIGCHECK_SITE || 'build/wasm/site');
const keystrokes = 40;
const sizes = [2000, 20000];
const budgets = { 2000: 1.5, 20000: 2 };

const application = readText('bench_application.txt');
function textOf(chars) {
  let text = '';
  while (text.length < chars) text += `${application}\n`;
  return text.slice(0, chars);
}

// Installed in the page: records keystroke -> next frame drawn, per keystroke.
function installProbe() {
  window.typingTimes = [];
  let start = 0;
  // beforeinput, not keydown: text typed through an input method (and
  // Playwright's typing of kana) arrives without a keydown.
  addEventListener('beforeinput', () => { start = performance.now(); }, true);
  addEventListener('input', () => {
    const began = start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.typingTimes.push(performance.now() - began);
      channel.port2.postMessage(0);
    });
  }, true);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(page, selector, text) {
  await page.evaluate(([sel, value]) => {
    const box = document.querySelector(sel);
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
    box.setSelectionRange(value.length, value.length);
  }, [selector, text]);
  await page.waitForTimeout(1500);  // the first lint of the long text and its layout
  await page.evaluate(() => { window.typingTimes = []; });
  const typed = 'よろしくお願いいたします。私は記事を書きます、';
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(typed[i % typed.length]);
    await page.waitForTimeout(60);  // a quick typist: about 10 characters a second
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => window.typingTimes);
}

const server = await startServer(siteDir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const results = [];
  for (const size of sizes) {
    const text = textOf(size);
    const row = { characters: size };
    for (const [name, setUp] of [
      ['bare textarea', async (page) => {
        await page.goto(`${origin}/embed-demo.css`);  // any page of the origin; the textarea is all there is
        await page.setContent('<textarea id="bare" rows="20" cols="60"></textarea>');
        return '#bare';
      }],
      ['editor with lint', async (page) => {
        await page.goto(`${origin}/#proposal`);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        return '#proposal-editor';
      }],
    ]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.addInitScript(installProbe);
      const selector = await setUp(page);
      await page.evaluate(installProbe);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const times = await measure(page, selector, text);
      row[`${name} p50`] = percentile(times, 50).toFixed(1);
      row[`${name} p90`] = percentile(times, 90).toFixed(1);
      await context.close();
    }
    row['p90 ratio'] = (row['editor with lint p90'] / row['bare textarea p90']).toFixed(2);
    row.budget = `≤ ${budgets[size]}×`;
    results.push(row);
  }
  console.log(`keystroke -> next frame, ms, ${keystrokes} keystrokes, CPU 4× slower, 360×740:`);
  console.table(results);
} finally {
  await browser.close();
  server.close();
}

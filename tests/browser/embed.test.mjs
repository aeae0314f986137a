// Embedding gigcheck in a blog: the recommended iframe on a page of another
// origin, and the web component for pages of gigcheck's own site. Both must
// keep the page's promise: nothing typed leaves the machine, and the host
// page can neither read it nor find it in its storage.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPage, foreignRequests } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const lure = '詳しくは公式LINEで。ID：easy_money まで友だち追加してください。';

// A blog on its own origin (localhost, while gigcheck is on 127.0.0.1) with
// the snippet the README recommends, plus a listener that records every
// message the frame sends.
async function withBlog(fn) {
  const folder = await mkdtemp(join(tmpdir(), 'gigcheck-blog-'));
  const blog = await startServer(folder, 0);
  const blogOrigin = `http://localhost:${blog.address().port}`;
  try {
    await fn(folder, blogOrigin);
  } finally {
    blog.close();
    await rm(folder, { recursive: true, force: true });
  }
}

function blogPage(gigcheckOrigin) {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>blog</title><link rel="icon" href="data:,">
<script src="${gigcheckOrigin}/embed-resize.js" async></script>
<script src="record-messages.js"></script></head><body>
<h1>応募前にクライアントをチェック</h1>
<iframe data-gigcheck src="${gigcheckOrigin}/embed-frame.html?tool=risk&amp;theme=light" title="gigcheck クライアント診断" style="width:100%;height:300px;border:0">
<a href="${gigcheckOrigin}/#risk">gigcheck を開く</a></iframe>
</body></html>`;
}

test('the iframe embed works on another origin, which can read nothing but its height', async () => {
  await withBlog(async (folder, blogOrigin) => {
    await withPage(async (page, { origin, requests, consoleErrors }) => {
      const frame = page.frameLocator('iframe[data-gigcheck]');
      await frame.locator('#risk-description').fill(lure);
      await frame.locator('.risk-level').getByText('高').first().waitFor();

      // The host page cannot look inside: the frame's document is another origin's.
      const peek = await page.evaluate(() => {
        const element = document.querySelector('iframe[data-gigcheck]');
        let text = null;
        try { text = element.contentWindow.document.body.innerText; } catch { text = 'refused'; }
        return { contentDocument: element.contentDocument, text, storage: Object.keys(localStorage) };
      });
      assert.equal(peek.contentDocument, null);
      assert.equal(peek.text, 'refused');
      assert.deepEqual(peek.storage, []);

      // All it was told is the height, and the frame was sized to it.
      await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 600);
      const messages = await page.evaluate(() => window.recordedMessages);
      assert.ok(messages.length > 0);
      for (const data of messages) assert.deepEqual(Object.keys(data), ['gigcheckHeight']);
      assert.ok(!JSON.stringify(messages).includes('easy_money'));

      // Requests: the blog's own page and script, and gigcheck's own files; nothing else.
      const elsewhere = foreignRequests(requests, origin).filter((url) => !url.startsWith(`${blogOrigin}/`));
      assert.deepEqual(elsewhere, []);
      const fromFrame = requests.filter((url) => url.startsWith(`${origin}/`));
      assert.ok(fromFrame.some((url) => url.endsWith('/gigcheck.wasm')));
      assert.deepEqual(consoleErrors, []);
    }, {
      url: (origin) => `${blogOrigin}/index.html?gigcheck=${encodeURIComponent(origin)}`,
      ready: () => document.querySelector('iframe[data-gigcheck]') !== null,
      beforeOpen: async (origin) => {
        await writeFile(join(folder, 'index.html'), blogPage(origin));
        await writeFile(join(folder, 'record-messages.js'),
          'window.recordedMessages = []; addEventListener("message", (e) => window.recordedMessages.push(e.data));');
      },
    });
  });
});

test('the iframe follows ?theme and ?compact, light by default even in a dark system', async () => {
  await withPage(async (page) => {
    const look = () => page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('main')).backgroundColor,
      heading: document.querySelector('main h2') ? getComputedStyle(document.querySelector('main h2')).display : 'none',
    }));
    const light = await look();
    assert.equal(light.background, 'rgb(251, 250, 247)');
    assert.notEqual(light.heading, 'none');
    await page.goto(page.url().replace('theme=light', 'theme=dark') + '&compact=1');
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const dark = await look();
    assert.equal(dark.background, 'rgb(21, 22, 26)');
    assert.equal(dark.heading, 'none');
  }, { path: '/embed-frame.html?tool=cert&theme=light', colorScheme: 'dark' });
});

test('the same-site web component is closed to the host page and keeps nothing in its storage', async () => {
  await withPage(async (page, { origin, requests, consoleErrors }) => {
    // A script of the host page finds no way in.
    assert.equal(await page.evaluate(() => document.querySelector('gigcheck-widget').shadowRoot), null);
    // The test reaches in through the roots it recorded before the page ran.
    const typed = await page.evaluate(async () => {
      const root = window.testShadowRoots.find((r) => r.querySelector('#cert-jobs-total'));
      const set = (id, value) => {
        const input = root.querySelector(id);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('#cert-jobs-total', '40');
      set('#cert-jobs-completed', '30');
      await new Promise((done) => setTimeout(done, 300));
      return root.querySelector('[data-criterion="completion_rate"]').textContent;
    });
    assert.match(typed, /あと60件/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    assert.deepEqual(foreignRequests(requests, origin), []);
    assert.deepEqual(consoleErrors, []);
  }, {
    path: '/embed-demo.html',
    initScript: () => {
      window.testShadowRoots = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        window.testShadowRoots.push(root);
        return root;
      };
    },
    ready: () => [...document.querySelectorAll('gigcheck-widget')].every((w) => w.dataset.ready === 'true'),
  });
});

// Runs a test against the built site in headless Chromium (playwright-core
// driving Debian's /usr/bin/chromium). Every request and console error is
// recorded so that tests can assert the page stays on its own origin.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const siteDir = resolve(process.env.GIGCHECK_SITE || 'build/wasm/site');

export const launchArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// fn(page, context) where context = {origin, requests, consoleErrors, browserContext}.
// options: {viewport, path, colorScheme, serviceWorkers, bypassCSP (for injecting test tools), hasTouch (a touch screen),
//           ready: a function run in the page that returns true once it is ready,
//           url: origin => the address to open, for a page on another origin,
//           beforeOpen: async origin => set-up that needs gigcheck's origin,
//           initScript: a function run in every page before its own scripts}
export async function withPage(fn, options = {}) {
  const server = await startServer(siteDir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs });
  try {
    const browserContext = await browser.newContext({
      viewport: options.viewport || { width: 1024, height: 800 },
      colorScheme: options.colorScheme || 'light',
      serviceWorkers: options.serviceWorkers || 'allow',
      bypassCSP: options.bypassCSP || false,
      hasTouch: options.hasTouch || false,
    });
    const page = await browserContext.newPage();
    const requests = [];
    const consoleErrors = [];
    browserContext.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    if (options.beforeOpen) await options.beforeOpen(origin);
    if (options.initScript) await page.addInitScript(options.initScript);
    await page.goto(options.url ? options.url(origin) : `${origin}${options.path || '/'}`);
    await page.waitForFunction(options.ready || (() => document.documentElement.dataset.ready === 'true'), null, { timeout: 15000 });
    await fn(page, { origin, requests, consoleErrors, browserContext });
  } finally {
    await browser.close();
    server.close();
  }
}

// Requests that left the page's origin (data: and blob: URLs stay on the machine).
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

// Draws the app icons in web/icons/ from web/favicon.svg, once: the PNG files
// are checked in, so neither the build nor serve.sh needs a browser. Run it
// again after changing the favicon (needs Debian's chromium and npm's
// playwright-core, as the browser tests do, and optipng, which makes the files
// ~40% smaller without changing a pixel):  node scripts/make-icons.mjs
//
// - icon-192.png, icon-512.png: the favicon as it is ("any" purpose);
// - icon-maskable-512.png: its check mark on a full-bleed square, inside the
//   central 80% circle that launchers keep whatever shape they cut.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const web = new URL('../web/', import.meta.url);
const favicon = readFileSync(new URL('favicon.svg', web), 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(favicon)[1];
const mark = /<path[^>]*\/>/.exec(favicon)[0];

// The favicon's mark at 90%, centred: its farthest point (stroke included) is
// then 9.6 of the 32 units from the centre, inside the safe circle's 12.8.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/>`
  + `<g transform="translate(1.6 1.6) scale(.9)">${mark}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(new URL(`icons/${file}`, web), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
// Lossless: the same pixels in a smaller encoding (Debian: optipng).
execFileSync('optipng', ['-quiet', '-o7', '-strip', 'all', ...icons.map(({ file }) => fileURLToPath(new URL(`icons/${file}`, web)))]);
console.log(`wrote ${icons.map((i) => i.file).join(', ')} in web/icons/`);

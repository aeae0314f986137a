// The sample header files for static hosts (docs/hosting/) send the page's
// own policy (index.html's meta tag) plus what only a header can say:
// frame-ancestors, X-Frame-Options and nosniff (docs/build.md, "Deploying").
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const metaPolicy = read('web/index.html').match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];

test('_headers (Netlify, Cloudflare Pages) sends the meta policy with frame-ancestors, nosniff and X-Frame-Options', () => {
  const headers = read('docs/hosting/_headers');
  const all = headers.split(/^\/\*$/m)[1].split(/^\//m)[0];
  assert.equal(all.match(/Content-Security-Policy: (.*)$/m)[1], `${metaPolicy}; frame-ancestors 'none'`);
  assert.match(all, /^ {2}X-Frame-Options: DENY$/m);
  assert.match(all, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^\/\*\.wasm\n {2}Content-Type: application\/wasm$/m);
});

test('nginx.conf sends the same headers', () => {
  const conf = read('docs/hosting/nginx.conf');
  assert.equal(conf.match(/add_header Content-Security-Policy "([^"]*)" always;/)[1], `${metaPolicy}; frame-ancestors 'none'`);
  assert.match(conf, /add_header X-Frame-Options "DENY" always;/);
  assert.match(conf, /add_header X-Content-Type-Options "nosniff" always;/);
  assert.match(conf, /text\/javascript js mjs;/);
});

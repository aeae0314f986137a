// The sample header files for static hosts (docs/hosting/) add to each page's
// meta policy what only a header can say: the page and the embed demo may not
// be framed (frame-ancestors 'none', X-Frame-Options DENY), the blog embed
// may be; and nosniff everywhere (docs/build.md, "Deploying").
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// {path: "Header: value\n…"} of a _headers file.
function rules(text) {
  const out = {};
  let path = null;
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) out[path = line.trim()] = '';
    else if (path && /^ {2}\S/.test(line)) out[path] += `${line.trim()}\n`;
  }
  return out;
}

test('every page of the site has a meta policy, and only the blog embed may be framed', () => {
  const pages = readdirSync(new URL('../../web/', import.meta.url)).filter((f) => f.endsWith('.html')).sort();
  assert.deepEqual(pages, ['embed-demo.html', 'embed-frame.html', 'index.html']);
  for (const page of pages) assert.match(read(`web/${page}`), /http-equiv="Content-Security-Policy" content="default-src 'none';/, page);
  const headers = rules(read('docs/hosting/_headers'));
  assert.match(headers['/*'], /^X-Content-Type-Options: nosniff$/m);
  for (const path of ['/', '/index.html', '/embed-demo.html']) {
    assert.match(headers[path], /^Content-Security-Policy: frame-ancestors 'none'$/m, path);
    assert.match(headers[path], /^X-Frame-Options: DENY$/m, path);
  }
  assert.equal(headers['/embed-frame.html'], 'Content-Security-Policy: frame-ancestors *\n');
  assert.match(headers['/*.wasm'], /Content-Type: application\/wasm/);
});

test('nginx.conf sends the same headers', () => {
  const conf = read('docs/hosting/nginx.conf');
  const [server, frame] = conf.split('location = /embed-frame.html');
  assert.match(server, /add_header Content-Security-Policy "frame-ancestors 'none'" always;/);
  assert.match(server, /add_header X-Frame-Options "DENY" always;/);
  for (const part of [server, frame]) assert.match(part, /add_header X-Content-Type-Options "nosniff" always;/);
  assert.match(frame, /add_header Content-Security-Policy "frame-ancestors \*" always;/);
  assert.doesNotMatch(frame.split('}')[0], /X-Frame-Options/);
  assert.match(conf, /text\/javascript js mjs;/);
});

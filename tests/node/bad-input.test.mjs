// The bad-input matrix (tests/fuzz/bad_input_cases.json, issue 8) through the
// two outer doors: for each case the CLI exits 2 and prints the same bytes as
// the WebAssembly module, and the module then answers a valid call exactly as
// it did before any bad input. Lone surrogates from JavaScript get their own
// tests: they cannot be written as bytes, only as JS strings.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModule, importApi, cliPath, siteDir } from './load-module.mjs';

const gc = await loadModule();
const { cases } = JSON.parse(readFileSync(new URL('../fuzz/bad_input_cases.json', import.meta.url), 'utf8'));
const functions = ['certify', 'risk', 'lint', 'draft', 'timeline', 'holidays'];

// The case's input as bytes (as the C++ test builds it).
function inputBytes(c) {
  if (typeof c.text === 'string') return Buffer.from(c.text, 'utf8');
  if ('json' in c) return Buffer.from(JSON.stringify(c.json), 'utf8');
  return Buffer.concat(c.parts.map((p) => (Array.isArray(p) ? Buffer.from(p[0].repeat(p[1]), 'utf8') : Buffer.from(p.hex, 'hex'))));
}

// Valid calls and the module's answers to them before any bad input.
const validInputs = {
  certify: { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40, rating: { stars: [0, 0, 1, 10, 89] } } },
  risk: { job: { title: 'ブログ記事作成', description: '詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。' } },
  lint: { text: 'はじめまして、佐藤と申します。\nよろしくお願いいたします。', job_text: 'WordPressの経験はありますか？' },
  draft: { kind: 'nudge', fields: { name: '佐藤 花子', client_name: '山田', message_date: '2026-12-25', subject: '記事3本の納品' } },
  timeline: { situation: 'after_delivery', date: '2026-12-25', today: '2027-01-05' },
  holidays: { from: '2026-01-01', to: '2026-12-31' },
};
const reference = Object.fromEntries(functions.map((f) => [f, gc[`${f}Json`](JSON.stringify(validInputs[f]))]));

function cli(fn, input) {
  const run = spawnSync(cliPath, [fn], { input, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.error, undefined, `could not run ${cliPath}`);
  return { status: run.status, stdout: run.stdout.toString('utf8') };
}

test('the reference answers are real answers', () => {
  assert.equal(functions.length, 6);
  for (const f of functions) assert.ok(!('error' in JSON.parse(reference[f])), f);
  assert.ok(JSON.parse(reference.holidays).holidays.some((h) => h.name === '元日'));
  assert.ok(JSON.parse(reference.risk).signals.some((s) => s.id === 'off_platform_contact'));
});

test(`the matrix has at least 60 cases over all six functions (${cases.length})`, () => {
  assert.ok(cases.length >= 60);
  for (const f of functions) assert.ok(cases.some((c) => c.function === f), f);
});

for (const c of cases) {
  test(`bad input: ${c.name}`, () => {
    const bytes = inputBytes(c);
    if (!functions.includes(c.function)) {
      // Unknown functions are not in the JS API, the module's door answers
      // unknown_function, and the CLI refuses them with its usage. The CLI
      // exits before reading its input, so none is sent: writing to a pipe
      // that has closed fails with EPIPE, depending on timing.
      assert.equal(cli(c.function, '').status, 64);
      assert.equal(gc[c.function], undefined);
      const view = gc.module.inputView(bytes.length);
      view.set(bytes);
      const answer = JSON.parse(new TextDecoder().decode(gc.module.call(c.function, bytes.length)));
      assert.equal(answer.error.code, 'unknown_function');
      return;
    }
    const out = cli(c.function, bytes);
    assert.equal(out.status, 2, out.stdout.slice(0, 200));
    assert.ok(out.stdout.endsWith('\n'));
    const answer = JSON.parse(out.stdout);
    assert.deepEqual(Object.keys(answer), ['error']);
    assert.equal(answer.error.code, c.code);
    assert.equal(answer.error.field, c.field);
    assert.ok(answer.error.message.length > 5);
    // Raw bytes that are not UTF-8 have no JavaScript string form; every
    // other case goes to the module as the same text.
    const text = bytes.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(bytes)) {
      assert.equal(gc[`${c.function}Json`](text), out.stdout.slice(0, -1));
    }
    assert.equal(gc[`${c.function}Json`](JSON.stringify(validInputs[c.function])), reference[c.function]);
  });
}

test('lone surrogates in objects are escaped by JSON.stringify and refused as invalid_json', () => {
  for (const s of ['\uD800', 'あ\uDBFF', '\uDC00', '佐藤\uDFFF花子', '\uDC00\uD800']) {
    const answer = gc.lint({ text: s });
    assert.equal(answer.error?.code, 'invalid_json', JSON.stringify(s));
    assert.deepEqual(gc.lint(validInputs.lint), JSON.parse(reference.lint));
  }
  assert.equal(gc.risk({ job: { description: '公式\uD800LINE' } }).error?.code, 'invalid_json');
  assert.equal(gc.draft({ kind: 'profile', fields: { name: '佐藤\uDC00' } }).error?.code, 'invalid_json');
});

test('lone surrogates in JSON text (the *Json functions) never crash and leave the module usable', () => {
  for (const f of functions) {
    for (const s of ['{"x":"\uD800"}', '{"x":"\uD800\uD800"}', '{"x":"a\uDC00b"}', '\uD800', `{"text":"\uD800`]) {
      const answer = JSON.parse(gc[`${f}Json`](s));
      assert.equal(typeof answer, 'object');
      assert.equal(gc[`${f}Json`](JSON.stringify(validInputs[f])), reference[f]);
    }
  }
});

// TextEncoder writes a lone surrogate as U+FFFD ('a\uD800b' would reach the
// core as "a" + U+FFFD + "b"); web/gigcheck.mjs escapes lone surrogates first,
// so the core sees them and refuses them.
test('lone surrogates in JSON text are refused as invalid_json', () => {
  for (const s of ['{"text":"\uD800"}', '{"text":"\uD800\uD800"}', '{"text":"a\uD800b"}', '{"text":"\uDC00x"}', '{"text":"x\uDC00"}']) {
    assert.equal(JSON.parse(gc.lintJson(s)).error?.code, 'invalid_json', JSON.stringify(s));
  }
  assert.equal(JSON.parse(gc.riskJson('{"job":{"description":"公式\uD800LINE"}}')).error?.code, 'invalid_json');
});

test('lint --format textlint answers every bad lint input like lint itself and exits 2', () => {
  const lintCases = cases.filter((c) => c.function === 'lint');
  assert.ok(lintCases.length >= 15);
  for (const c of lintCases) {
    const bytes = inputBytes(c);
    const run = spawnSync(cliPath, ['lint', '--format', 'textlint'], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 2, c.name);
    assert.equal(run.stdout.toString('utf8'), cli('lint', bytes).stdout, c.name);
  }
});

test('load() rejects bytes that are not a WebAssembly module, in words, instead of never resolving', async () => {
  const { load } = await importApi();
  const truncated = readFileSync(resolve(siteDir, 'gigcheck.wasm')).subarray(0, 1000);
  await assert.rejects(load({ wasmBinary: truncated }), /gigcheck\.wasm is not a valid WebAssembly module/);
});

// Issue 22: a lone surrogate right after a backslash was written as an escape
// that the backslash turned into text ("\\ud800"), so the module linted what
// the CLI refused. Every position must be refused alike.
test('a lone surrogate after a backslash, or anywhere else, is invalid_json as in the CLI', () => {
  const refused = cli('lint', Buffer.from('{"text":"\\\xED\xA0\x80"}', 'latin1')).stdout.slice(0, -1);
  assert.equal(JSON.parse(refused).error.code, 'invalid_json');
  for (const text of ['{"text":"\\\uD800"}', '{"text":"\\\\\uD800"}', '{"text":"a"}\uD800', '\uDC00{"text":"a"}', '{"text"\uD800:"a"}',
    '{"text":"\\u\uD800"}', '{"text":"\\\uDC00"}']) {
    assert.equal(gc.lintJson(text), refused, JSON.stringify(text));
  }
  assert.equal(gc.lintJson(JSON.stringify(validInputs.lint)), reference.lint);
});

// The JavaScript API survives any failure of the module (issue 22): a call
// whose instance traps or aborts is answered with an error object, and the
// next call runs on a fresh instance, made at once from the compiled code.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';

const certifyInput = { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40, rating: { stars: [0, 0, 1, 10, 89] } } };

test('a call that traps on a wrecked instance answers internal_error, and certify then works on a fresh one', async () => {
  const gc = await loadModule();
  const expected = gc.certifyJson(JSON.stringify(certifyInput));
  const first = gc.module;
  // Overwrite the whole linear memory (stack, heap, allocator lists and the
  // C++ tables): the next call reads garbage pointers and traps.
  new Uint8Array(first.inputView(0).buffer).fill(0xff);
  const answer = gc.lint({ text: 'はじめまして。' });
  assert.equal(answer.error?.code, 'internal_error');
  assert.equal(answer.error.field, '');
  assert.ok(answer.error.message.length > 10);
  assert.notEqual(gc.module, first, 'a fresh instance replaced the failed one');
  assert.equal(gc.certifyJson(JSON.stringify(certifyInput)), expected);
  assert.deepEqual(gc.certify(certifyInput), JSON.parse(expected));
});

test('an abort (what running out of memory does) is answered too, and so are the calls after it', async () => {
  const gc = await loadModule();
  const expected = gc.certify(certifyInput);
  for (let round = 0; round < 3; round++) {
    // Emscripten's abort() throws an empty string; a wasm trap throws a RuntimeError.
    const failing = gc.module;
    failing.call = () => { throw round % 2 ? new WebAssembly.RuntimeError('unreachable') : ''; };
    assert.equal(JSON.parse(gc.riskJson('{"job":{"description":"x"}}')).error?.code, 'internal_error');
    assert.deepEqual(gc.certify(certifyInput), expected);
    assert.notEqual(gc.module, failing);
  }
});

test('a module that runs out of memory inside a call recovers', async () => {
  const gc = await loadModule();
  const expected = gc.certifyJson(JSON.stringify(certifyInput));
  // Asking for a buffer larger than the 2 GiB the module may grow to fails
  // in the allocator, which aborts.
  const failing = gc.module;
  const realView = failing.inputView;
  failing.inputView = (bytes) => realView(bytes + 3 * 1024 ** 3);
  const answer = gc.lint({ text: 'はじめまして。' });
  assert.equal(answer.error?.code, 'internal_error');
  assert.notEqual(gc.module, failing);
  assert.equal(gc.certifyJson(JSON.stringify(certifyInput)), expected);
});

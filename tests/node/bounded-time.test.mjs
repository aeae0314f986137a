// Bounded time (issue 22): every input at or just inside a documented limit,
// and the pathological inputs past them, is answered natively (the CLI, start
// to exit) in under 1 s and by the WebAssembly module in under 3 s, with the
// same bytes through both doors and the error code the limit promises.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';
import { limitCases, limits } from './limit-inputs.mjs';

const nativeBudgetMs = 1000;
const wasmBudgetMs = 3000;
const gc = await loadModule();
const cases = limitCases();

function timed(fn) {
  const start = process.hrtime.bigint();
  const out = fn();
  return { out, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const errorCode = (text) => JSON.parse(text).error?.code ?? '';
const slowest = { native: [0, ''], wasm: [0, ''] };

for (const c of cases) {
  test(`bounded: ${c.name}`, () => {
    const native = timed(() => spawnSync(cliPath, [c.fn], { input: c.text, maxBuffer: 64 * 1024 * 1024 }));
    assert.equal(native.out.error, undefined);
    const stdout = native.out.stdout.toString('utf8');
    assert.ok(stdout.endsWith('\n'), `the CLI answered (status ${native.out.status}, ${native.out.stderr})`);
    const wasm = timed(() => gc[`${c.fn}Json`](c.text));
    assert.equal(errorCode(wasm.out), c.code, wasm.out.slice(0, 300));
    assert.equal(wasm.out, stdout.slice(0, -1), 'the CLI and the module agree');
    assert.ok(Buffer.byteLength(wasm.out) <= 16 * 1024 * 1024, 'the answer stays under the absolute cap');
    assert.ok(native.ms < nativeBudgetMs, `natively ${native.ms.toFixed(0)} ms`);
    assert.ok(wasm.ms < wasmBudgetMs, `in WebAssembly ${wasm.ms.toFixed(0)} ms`);
    for (const [door, ms] of [['native', native.ms], ['wasm', wasm.ms]])
      if (ms > slowest[door][0]) slowest[door] = [ms, c.name];
  });
}

test('the cases reach every limit they name', (t) => {
  assert.ok(cases.length >= 7 * 10);
  const sizes = cases.map((c) => Buffer.byteLength(c.text));
  assert.ok(sizes.includes(limits.max_input_bytes) && sizes.includes(limits.max_input_bytes + 1));
  t.diagnostic(`slowest natively: ${slowest.native[0].toFixed(0)} ms (${slowest.native[1]}); ` +
    `in WebAssembly: ${slowest.wasm[0].toFixed(0)} ms (${slowest.wasm[1]})`);
});

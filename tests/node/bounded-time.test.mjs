// Bounded time (issue 22): every input at or just inside a documented limit,
// and the pathological inputs past them, is answered natively (the CLI, start
// to exit) in under 1 s and by the WebAssembly module in under 3 s, with the
// same bytes through both doors and the error code the limit promises.
// Times are CPU time (the CLI's as its shell reports it, the module's as
// process.cpuUsage does), so other builds on the shared machine do not count;
// the slowest are printed with their wall-clock times.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';
import { limitCases, limits } from './limit-inputs.mjs';

const nativeBudgetMs = 1000;
const wasmBudgetMs = 3000;
const gc = await loadModule();
const cases = limitCases();

// The CLI's answer and its CPU time (user + system), from bash's `times`.
function runCli(fn, input) {
  const start = performance.now();
  const run = spawnSync('bash', ['-c', '"$0" "$1"; status=$?; times >&2; exit $status', cliPath, fn], { input, maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - start;
  const times = run.stderr.toString().trim().split('\n').pop().match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  assert.ok(times, `bash reported the CLI's times: ${run.stderr}`);
  const cpu = (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000;
  return { stdout: run.stdout.toString('utf8'), status: run.status, cpu, wall };
}

function runModule(fn, input) {
  const start = performance.now();
  const before = process.cpuUsage();
  const out = gc[`${fn}Json`](input);
  const used = process.cpuUsage(before);
  return { out, cpu: (used.user + used.system) / 1000, wall: performance.now() - start };
}

const errorCode = (text) => JSON.parse(text).error?.code ?? '';
const slowest = { native: { cpu: 0 }, wasm: { cpu: 0 } };

for (const c of cases) {
  test(`bounded: ${c.name}`, () => {
    const native = runCli(c.fn, c.text);
    assert.ok(native.stdout.endsWith('\n'), `the CLI answered (status ${native.status})`);
    const wasm = runModule(c.fn, c.text);
    assert.equal(errorCode(wasm.out), c.code, wasm.out.slice(0, 300));
    assert.equal(wasm.out, native.stdout.slice(0, -1), 'the CLI and the module agree');
    assert.ok(Buffer.byteLength(wasm.out) <= 16 * 1024 * 1024, 'the answer stays under the absolute cap');
    assert.ok(native.cpu < nativeBudgetMs, `natively ${native.cpu.toFixed(0)} ms of CPU (${native.wall.toFixed(0)} ms wall)`);
    assert.ok(wasm.cpu < wasmBudgetMs, `in WebAssembly ${wasm.cpu.toFixed(0)} ms of CPU (${wasm.wall.toFixed(0)} ms wall)`);
    for (const [door, run] of [['native', native], ['wasm', wasm]])
      if (run.cpu > slowest[door].cpu) slowest[door] = { ...run, name: c.name };
  });
}

test('the cases reach every limit they name', (t) => {
  assert.ok(cases.length >= 7 * 10);
  const sizes = cases.map((c) => Buffer.byteLength(c.text));
  assert.ok(sizes.includes(limits.max_input_bytes) && sizes.includes(limits.max_input_bytes + 1));
  const figure = ({ cpu, wall, name }) => `${cpu.toFixed(0)} ms of CPU, ${wall.toFixed(0)} ms wall (${name})`;
  t.diagnostic(`slowest natively: ${figure(slowest.native)}; in WebAssembly: ${figure(slowest.wasm)}`);
});

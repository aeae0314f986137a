// One run, three figures for lint on the same 2,000-character application
// (tests/corpus/proposal/bench_application.txt) and job post:
//   native   bench/lint_bench.cpp (C++ core, C++ API, JSON text door)
//   wasm     the WebAssembly module in node: gc.lint(object), as the page
//            calls it (the text crosses beside the JSON), and the JSON door
//   textlint textlint with sentence-length, max-ten, no-mix-dearu-desumasu
// and the ratios. Budgets (ceilings): gc.lint ≤ 300 µs per call including the
// crossing both ways, and ≥ 50× faster than textlint measured in the same run.
//   GIGCHECK_SITE=build/wasm-<you>/site GIGCHECK_BENCH=build/<you>/lint_bench node bench/lint_bench.mjs
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModule } from '../tests/node/load-module.mjs';
import { readText, createTextlint } from '../tests/corpus/proposal/corpus.mjs';

const benchPath = resolve(process.env.GIGCHECK_BENCH || 'build/native/lint_bench');
const text = readText('bench_application.txt');
const job = readText('bench_job.txt');

// Wall time per call, the best of many short rounds (as in the native bench):
// the machine is shared, and the fastest round is the least disturbed one.
function microsecondsPerCall(fn, rounds = 40, calls = 100) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    best = Math.min(best, ((performance.now() - start) * 1000) / calls);
  }
  return best;
}

const native = JSON.parse(execFileSync(benchPath, [resolve('tests/corpus/proposal/bench_application.txt'), resolve('tests/corpus/proposal/bench_job.txt')], { encoding: 'utf8' }));

const gc = await loadModule();
const input = JSON.stringify({ text, job_text: job });
for (let i = 0; i < 300; i++) gc.lintJson(input);  // warm up
const wasmString = microsecondsPerCall(() => gc.lintJson(input));
const wasmObject = microsecondsPerCall(() => gc.lint({ text, job_text: job }));
// The JSON door alone: the same input with every rule off (parse, decode, answer).
// The rule ids come from meta, so a new rule is switched off here too.
const allOff = JSON.stringify({ text, job_text: job, options: { rules: Object.fromEntries(
  gc.meta({}).lint.rules.map(({ id }) => [id, false])) } });
const wasmDoor = microsecondsPerCall(() => gc.lintJson(allOff));

const lintWithTextlint = await createTextlint();
for (let i = 0; i < 5; i++) await lintWithTextlint(text);  // warm up (loads the dictionary)
let textlintBest = Infinity;
for (let r = 0; r < 10; r++) {
  const calls = 5;
  const start = performance.now();
  for (let i = 0; i < calls; i++) await lintWithTextlint(text);
  textlintBest = Math.min(textlintBest, ((performance.now() - start) * 1000) / calls);
}

const round = (x) => Math.round(x * 10) / 10;
const rows = [
  { layer: 'native core (decode + rules)', us_per_call: round(native.core_us) },
  { layer: '  of which text::decode (shared UTF-8 layer)', us_per_call: round(native.decode_us) },
  { layer: 'native C++ API (json object in/out)', us_per_call: round(native.api_us) },
  { layer: 'native JSON text (api::call, as the CLI)', us_per_call: round(native.call_us) },
  { layer: 'WASM in node, gc.lint(object), as the page', us_per_call: round(wasmObject), target_us: 300 },
  { layer: 'WASM in node, JSON string in/out', us_per_call: round(wasmString) },
  { layer: 'WASM in node, every rule off (JSON door)', us_per_call: round(wasmDoor) },
  { layer: 'textlint, 3 rules', us_per_call: round(textlintBest) },
];
console.log(`lint on ${[...text].length} characters (${text.length} UTF-16 units), job post ${job.length} characters`);
console.table(rows);
console.log(`textlint / WASM:        ${Math.round(textlintBest / wasmObject)}×  (target ≥ 50×)`);
console.log(`textlint / native core: ${Math.round(textlintBest / native.core_us)}×`);
console.log(`WASM share of the JSON door (rules off / all rules): ${Math.round((100 * wasmDoor) / wasmString)}%`);

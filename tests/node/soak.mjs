// Soak test (issue 22), outside the default suite since it takes minutes:
//   node --test tests/node/soak.mjs            # 10^6 calls
//   GIGCHECK_SOAK_CALLS=100000 node --test tests/node/soak.mjs
// Mixed calls to every function: valid small inputs, every case of the
// bad-input matrix that is text, and 1 MB inputs (and the matrix's 10 MB
// ones) every 2,000th call. After a
// warm-up that includes each of them, the module's linear memory must not
// grow at all; every 997th answer must equal the first answer to the same
// input, and every 4,999th (and every 1 MB one among the first twenty) must
// equal the CLI's. Figures: docs/limits.md, "Soak".
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadModule, cliPath } from './load-module.mjs';
import { base, functions, japanese } from './limit-inputs.mjs';

const totalCalls = Number(process.env.GIGCHECK_SOAK_CALLS || 1e6);
const bigEvery = 2000;
const memoryBytes = (gc) => gc.module.inputView(0).buffer.byteLength;

const { cases } = JSON.parse(readFileSync(new URL('../fuzz/bad_input_cases.json', import.meta.url), 'utf8'));
const caseText = (c) => typeof c.text === 'string' ? c.text : 'json' in c ? JSON.stringify(c.json)
  : 'parts' in c && c.parts.every(Array.isArray) ? c.parts.map(([s, n]) => s.repeat(n)).join('') : null;

const small = [
  ...functions.map((f) => [f, JSON.stringify(base[f])]),
  ['lint', JSON.stringify({ text: 'はじめまして、佐藤と申します。\n私なんかで良ければ、よろしくお願いいたします。', job_text: 'WordPressの経験はありますか？' })],
  ['draft', JSON.stringify({ kind: 'withdrawal', fields: { name: '佐藤 花子', unanswered_since: '2026-12-01', messages_sent: 2 } })],
  ['certify', JSON.stringify({ platform: 'lancers', stats: { jobs_completed: 9, jobs_total: 10, rating: { average: 4.79, count: 100 }, messages_received: 50, replied_within_24h: 40 } })],
];
// The matrix's cases of up to 64 KiB (its 10 MB ones join the 1 MB rotation).
const matrix = cases.filter((c) => functions.includes(c.function)).map((c) => [c.function, caseText(c)]).filter(([, text]) => text !== null);
const invalid = matrix.filter(([, text]) => text.length <= 65536);
const megabyte = 1024 * 1024;
const pad = (input) => { const head = JSON.stringify({ ...input, padding: '' }); return head.slice(0, -2) + 'x'.repeat(megabyte - Buffer.byteLength(head)) + '"}'; };
const big = [
  ['lint', JSON.stringify({ text: japanese(200000), job_text: japanese(megabyte / 3 - 200000 - 10) })],
  ['risk', JSON.stringify({ job: { description: japanese(200000) }, messages: [japanese(megabyte / 3 - 200000 - 20)] })],
  ['draft', JSON.stringify({ kind: 'application', fields: { name: '佐藤', self_intro: japanese(170000), skills: [japanese(170000)] } })],
  ...['certify', 'timeline', 'holidays', 'meta'].map((f) => [f, pad(base[f])]),
];
const largeInvalid = matrix.filter(([, text]) => text.length > 65536);

const cli = (fn, text) => spawnSync(cliPath, [fn], { input: text, maxBuffer: 64 * megabyte }).stdout.toString('utf8').slice(0, -1);

test(`${totalCalls} mixed calls keep linear memory flat and answers equal to the CLI's`, { timeout: 60 * 60 * 1000 }, async (t) => {
  assert.ok(big.every(([, text]) => Math.abs(Buffer.byteLength(text) - megabyte) < megabyte / 10), 'the big inputs are ~1 MB');
  big.push(...largeInvalid);
  const gc = await loadModule();
  const mixed = [...small, ...invalid];
  const started = performance.now();
  const expected = new Map();
  for (const entry of [...mixed, ...big]) expected.set(entry, gc[`${entry[0]}Json`](entry[1]));
  for (let round = 0; round < 2; round++) for (const entry of big) gc[`${entry[0]}Json`](entry[1]);
  for (let round = 0; round < 20; round++) for (const entry of mixed) gc[`${entry[0]}Json`](entry[1]);
  const afterWarmUp = memoryBytes(gc);
  let cliChecks = 0;
  let bigCalls = 0;
  const samples = [];
  for (let i = 1; i <= totalCalls; i++) {
    const isBig = i % bigEvery === 0;
    const entry = isBig ? big[bigCalls++ % big.length] : mixed[i % mixed.length];
    const out = gc[`${entry[0]}Json`](entry[1]);
    if (i % 997 === 0 || isBig) assert.equal(out, expected.get(entry), `call ${i}: ${entry[0]}`);
    if (i % 4999 === 0 || (isBig && bigCalls <= 20)) {
      assert.equal(out, cli(entry[0], entry[1]), `call ${i}: ${entry[0]} differs from the CLI`);
      cliChecks++;
    }
    if (i % 100000 === 0) samples.push(memoryBytes(gc));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = memoryBytes(gc);
  t.diagnostic(`${totalCalls} calls (${bigCalls} of ~1 MB, ${mixed.length} small and invalid inputs) in ${seconds.toFixed(0)} s; ` +
    `${cliChecks} compared with the CLI; linear memory ${afterWarmUp} bytes after warm-up, ${after} after, ` +
    `every 100,000 calls: ${samples.join(', ')}`);
  assert.equal(after, afterWarmUp, 'linear memory grew');
  assert.ok(samples.every((bytes) => bytes === afterWarmUp));
});

// Steady memory (issue 8): after a warm-up that includes the largest inputs
// each function accepts, 100,000 mixed calls (valid and invalid, small and a
// few of the largest) must not grow the module's linear memory at all. A leak
// of even a few bytes per call would need a new 64 KiB page within this run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';

// The module's linear memory, read through a view of it (it only grows).
const memoryBytes = (gc) => gc.module.inputView(0).buffer.byteLength;

// Realistic Japanese text up to `chars` UTF-16 units.
const line = 'はじめまして、佐藤と申します。記事作成の経験が5年あります。詳しくは公式LINEでご連絡ください。\n';
const textOf = (chars) => line.repeat(Math.ceil(chars / line.length)).slice(0, chars);
const longest = textOf(200000);

// [function, input text]; small inputs are what the page sends on each keystroke.
const small = [
  ['certify', { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40, rating: { stars: [0, 0, 1, 10, 89] }, scouts: 3 }, as_of: '2026-11-22' }],
  ['certify', { platform: 'lancers', stats: { jobs_completed: 9, jobs_total: 10, rating: { average: 4.79, count: 100 }, messages_received: 50, replied_within_24h: 40, verifications: { identity: true, phone: false, nda: true } } }],
  ['risk', { stage: 'before_contract', job: { title: 'ブログ記事作成', description: '詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。', hires_planned: 50, estimated_hours: 3 }, client: { identity_verified: false, rating: 3.2, rating_count: 4, reviews: ['連絡が遅い'] }, messages: ['こちらのメールアドレスにご連絡ください: abc@example.com'] }],
  ['lint', { text: 'はじめまして、佐藤と申します。\n私なんかで良ければ、よろしくお願いいたします。', job_text: 'WordPressの経験はありますか？' }],
  ['draft', { kind: 'application', fields: { name: '佐藤 花子', skills: ['WordPress', 'Canva'], achievements: 'SEO記事 120本' }, job_text: '納期はいつ頃可能ですか？' }],
  ['draft', { kind: 'withdrawal', fields: { name: '佐藤 花子', unanswered_since: '2026-12-01', messages_sent: 2 } }],
  ['timeline', { situation: 'after_delivery', date: '2026-12-25', today: '2027-01-05', name: '佐藤 花子', client_name: '山田' }],
  ['holidays', { from: '2026-01-01', to: '2026-12-31' }],
].map(([f, input]) => [f, JSON.stringify(input)]);
const invalid = [
  ['certify', '{"platform":"crowdworks","stats":{"jobs_total":-1}}'],
  ['risk', 'not json'],
  ['lint', '{"text":' + '['.repeat(40)],
  ['draft', '{"kind":"nudge","fields":{"name":"佐藤","subject":"x","message_date":"2026-02-30"}}'],
  ['timeline', '{"situation":"after_contract","date":"2099-12-31"}'],
  ['holidays', '{"from":"2026-12-31","to":"2026-01-01"}'],
];
// The largest inputs each function accepts (docs/limits.md).
const largest = [
  ['lint', JSON.stringify({ text: longest, job_text: longest })],
  ['draft', JSON.stringify({ kind: 'application', fields: { name: '佐藤', self_intro: longest, motivation: longest }, job_text: longest })],
  ['risk', JSON.stringify({ job: { title: textOf(1000), description: longest }, messages: [longest, longest], client: { reviews: [longest] } })],
  ['holidays', '{"from":"1955-01-01","to":"2099-12-31"}'],
  ['lint', `{"text":"a"}${' '.repeat(4 * 1024 * 1024 - 12)}`],
  ['lint', 'x'.repeat(10 * 1024 * 1024)],
  ['lint', `{"text":"${'あ'.repeat(200001)}"}`],
];

function call(gc, [f, text]) {
  const out = gc[`${f}Json`](text);
  assert.equal(out[0], '{');
  return out;
}

// Warm-up, then 100,000 mixed calls (every 25,000th call followed by the
// largest inputs when `withLargest`); returns the figures.
function steadyRun(gc, withLargest) {
  const mixed = [...small, ...invalid];
  const expected = new Map(mixed.map((entry) => [entry, call(gc, entry)]));
  if (withLargest) for (let round = 0; round < 2; round++) for (const entry of largest) call(gc, entry);
  for (let i = 0; i < 300; i++) for (const entry of mixed) call(gc, entry);
  const before = memoryBytes(gc);
  let calls = 0;
  while (calls < 100000) {
    const entry = mixed[calls % mixed.length];
    // Answers stay byte-identical: nothing left over from earlier calls leaks in.
    if (calls % 997 === 0) assert.equal(call(gc, entry), expected.get(entry));
    else call(gc, entry);
    calls++;
    if (withLargest && calls % 25000 === 0) {
      for (const big of largest) call(gc, big);
      calls += largest.length;
    }
  }
  return { before, after: memoryBytes(gc), calls };
}

// A fresh module has little free heap, so a leak of ~100 bytes a call would
// need new pages within 100,000 calls; after the largest inputs the heap has
// room to hide leaks but shows fragmentation.
test('100,000 mixed small calls after warm-up do not grow linear memory', async (t) => {
  const gc = await loadModule();
  const initial = memoryBytes(gc);
  const { before, after, calls } = steadyRun(gc, false);
  assert.ok(calls >= 100000);
  assert.equal(after, before, `linear memory grew from ${before} to ${after} bytes`);
  t.diagnostic(`linear memory: ${initial} bytes at start, ${before} after warm-up, ${after} after ${calls} calls`);
});

test('100,000 mixed calls with the largest inputs in between do not grow linear memory', async (t) => {
  const gc = await loadModule();
  const { before, after, calls } = steadyRun(gc, true);
  assert.ok(calls >= 100000);
  assert.equal(after, before, `linear memory grew from ${before} to ${after} bytes`);
  t.diagnostic(`linear memory: ${before} bytes after warm-up with the largest inputs, ${after} after ${calls} calls`);
});

// The memory each function's largest accepted input needs in the module
// (docs/limits.md, "Peak memory"): linear memory of a fresh module after one
// call, which never shrinks, so it is the call's peak. Issue 22's draft,
// refused now, reached ~2 GB and aborted.
test('the largest accepted input of each function fits the memory docs/limits.md states', async (t) => {
  const { issue22Draft, ascii, japanese: jp } = await import('./limit-inputs.mjs');
  const risk = { job: { title: ascii(200000), description: ascii(200000) }, messages: [], client: { reviews: [] } };
  while (Buffer.byteLength(JSON.stringify(risk)) + 200003 < 4 * 1024 * 1024)
    (risk.messages.length <= risk.client.reviews.length ? risk.messages : risk.client.reviews).push(ascii(200000));
  const draft = { kind: 'application', fields: { name: '佐藤' }, job_text: jp(200000) };
  for (const key of ['self_intro', 'motivation', 'achievements', 'skills', 'portfolio']) draft.fields[key] = jp(200000);
  const head = '{"platform":"crowdworks","stats":{"jobs_completed":36,"jobs_total":40},"padding":"';
  const mib = 1024 * 1024;
  const cases = [  // [name, function, input, ceiling in MiB]
    ['certify, 4 MiB', 'certify', head + 'x'.repeat(4 * mib - head.length - 2) + '"}', 24],
    ['risk, 20 texts of 200,000 characters', 'risk', JSON.stringify(risk), 160],
    ['lint, text and job_text of 200,000 characters', 'lint', JSON.stringify({ text: jp(200000), job_text: jp(200000) }), 24],
    ['draft, 5 fields and job_text of 200,000 characters', 'draft', JSON.stringify(draft), 64],
    ['draft of issue 22 (refused)', 'draft', issue22Draft(), 160],
    ['holidays, 1955-2099', 'holidays', '{"from":"1955-01-01","to":"2099-12-31"}', 16],
  ];
  const figures = [];
  for (const [name, fn, input, ceiling] of cases) {
    const gc = await loadModule();
    const answer = gc[`${fn}Json`](input);
    assert.notEqual(JSON.parse(answer).error?.code, 'internal_error', name);
    const used = memoryBytes(gc) / mib;
    figures.push(`${name}: ${used.toFixed(0)} MiB`);
    assert.ok(used <= ceiling, `${name}: ${used} MiB`);
  }
  t.diagnostic(figures.join('; '));
});

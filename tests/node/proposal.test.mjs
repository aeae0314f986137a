// lint and draft through the WebAssembly module and the CLI: byte-identical
// JSON, offsets that JavaScript's slice agrees with, and bad input answered
// with error objects while the module stays usable.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';
import { readCorpus, readText } from '../corpus/proposal/corpus.mjs';

const gc = await loadModule();
const cli = (fn, input) => spawnSync(cliPath, [fn], { input, encoding: 'utf8', maxBuffer: 64 << 20 });

const job = readText('bench_job.txt');
const application = readText('bench_application.txt');
const flawed =
  '😀はじめまして。佐藤です。\r\nライティングは初心者ですが、LINE ID：hanako_01 でご連絡ください。\n' +
  '〇〇様の案件では、前職で営業を担当していた。私は、東京で、毎日のように、丁寧に、記事を書いています。';

test('lint: the module and the CLI give the same bytes', () => {
  const inputs = [
    { text: application, job_text: job },
    { text: flawed, job_text: job },
    ...readCorpus().map(({ text }) => ({ text })),
  ];
  for (const input of inputs) {
    const json = JSON.stringify(input);
    const result = cli('lint', json);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trimEnd(), gc.lintJson(json));
  }
});

test('lint: start/end are UTF-16 offsets that slice the flagged words; line and column agree', () => {
  const out = gc.lint({ text: flawed });
  const byRule = Object.fromEntries(out.issues.map((i) => [i.rule, i]));
  assert.equal(flawed.slice(byRule.negative_self_label.start, byRule.negative_self_label.end), '初心者ですが');
  assert.match(flawed.slice(byRule.contact_info.start, byRule.contact_info.end), /hanako_01/);
  assert.equal(flawed.slice(byRule.placeholder.start, byRule.placeholder.end), '〇〇');
  assert.equal(flawed.slice(byRule.mixed_style.start, byRule.mixed_style.end), 'た');
  assert.equal(flawed.slice(byRule.too_many_commas.start, byRule.too_many_commas.end), '、');
  for (const issue of out.issues) {
    const before = flawed.slice(0, issue.start).split(/\r\n|\n|\r/);
    assert.equal(issue.line, before.length, issue.rule);
    assert.equal(issue.column, before[before.length - 1].length + 1, issue.rule);
    const toEnd = flawed.slice(0, issue.end).split(/\r\n|\n|\r/);
    assert.equal(issue.end_line, toEnd.length);
    assert.equal(issue.end_column, toEnd[toEnd.length - 1].length + 1);
  }
  assert.equal(out.stats.characters, flawed.length);
});

test('lint: unanswered asks point into the job post', () => {
  const text = 'はじめまして。佐藤です。平日10時から16時まで作業できます。よろしくお願いいたします。';
  const out = gc.lint({ text, job_text: job });
  const asks = out.issues.filter((i) => i.rule === 'unanswered_question');
  assert.deepEqual(asks.map((i) => job.slice(i.ask_start, i.ask_end)), ['美容ジャンルでの執筆実績', '月に対応可能な記事数', 'WordPressへの入稿経験の有無']);
  assert.ok(asks.every((i) => i.start === text.length && i.end === text.length));
});

test('draft: the module and the CLI agree, and drafts of realistic fields lint with no errors', () => {
  const inputs = [
    { kind: 'application', job_text: job, fields: { name: '佐藤 花子', available_hours: '平日10:00〜16:00（1日5時間）', achievements: ['美容ブログを2年運営', '記事30本納品'], skills: 'WordPressでの入稿', answers: ['', '', '月8本まで対応できます。'] } },
    { kind: 'profile', fields: { name: '佐藤 花子', specialties: '美容', remote_record: '記事30本', available_hours: '平日10時〜16時' } },
    { kind: 'nudge', fields: { name: '佐藤 花子', client_name: '山田', message_date: '2026-12-25', subject: '記事3本の納品', stage: 'after_delivery' } },
    { kind: 'withdrawal', fields: { name: '佐藤 花子', unanswered_since: '2026-12-25', messages_sent: 3 } },
  ];
  for (const input of inputs) {
    const json = JSON.stringify(input);
    const result = cli('draft', json);
    assert.equal(result.status, 0, result.stdout);
    assert.equal(result.stdout.trimEnd(), gc.draftJson(json));
    const out = JSON.parse(result.stdout);
    assert.deepEqual(out.lint.issues.filter((i) => i.severity === 'error'), [], input.kind);
    // Round trip: linting the draft again gives the same issues.
    assert.deepEqual(gc.lint({ text: out.text, job_text: input.kind === 'application' ? job : undefined }).issues, out.lint.issues);
  }
});

test('bad input: error objects, exit 2, and the module keeps working', () => {
  const cases = [
    ['lint', 'not json', 'invalid_json'],
    ['lint', '[]', 'invalid_json'],
    ['lint', '{"text": 5}', 'invalid_field'],
    ['lint', '{}', 'missing_field'],
    ['lint', '{"text": "a", "options": {"max_commas": -1}}', 'invalid_field'],
    ['lint', JSON.stringify({ text: 'あ'.repeat(200001) }), 'too_large'],
    ['draft', '{"kind": "nudge", "fields": {"name": "a", "message_date": "2026-13-01", "subject": "x"}}', 'invalid_field'],
    ['draft', '{"kind": "essay", "fields": {}}', 'invalid_field'],
  ];
  for (const [fn, input, code] of cases) {
    assert.equal(JSON.parse(gc[`${fn}Json`](input)).error.code, code, input.slice(0, 60));
    const result = cli(fn, input);
    assert.equal(result.status, 2);
    assert.equal(JSON.parse(result.stdout).error.code, code);
  }
  // A lone surrogate cannot cross as valid UTF-8: an error or issues, never a throw.
  const lone = gc.lintJson('{"text": "\ud800はじめまして"}');
  assert.ok(JSON.parse(lone).error || JSON.parse(lone).issues);
  // 200,000 characters are accepted.
  const big = gc.lint({ text: 'はじめまして、'.repeat(28571) + 'あああ' });
  assert.equal(big.stats.characters, 200000);
  assert.ok(big.issues.some((i) => i.rule === 'sentence_length'));
  // Still usable.
  assert.equal(gc.lint({ text: '' }).issues.length, 2);
});

test('CLI: lint --format textlint prints a textlint result array', () => {
  const out = JSON.parse(execFileSync(cliPath, ['lint', '--format', 'textlint'], { input: JSON.stringify({ text: flawed }), encoding: 'utf8' }));
  assert.equal(out.length, 1);
  assert.equal(out[0].filePath, '<text>');
  assert.ok(out[0].messages.some((m) => m.ruleId === 'gigcheck/contact_info' && m.severity === 2));
});

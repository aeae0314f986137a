// The JS helper web/textlint-format.mjs and the CLI's `lint --format textlint`
// give the same textlint results, in the shape textlint itself reports.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';
import { readCorpus, createTextlint } from '../corpus/proposal/corpus.mjs';

const gc = await loadModule();
// The helper is plain source with no imports; integrations take it from web/.
const { toTextlintResult } = await import('../../web/textlint-format.mjs');

const sample = '😀はじめまして。\r\n初心者ですが、〇〇様の案件に応募します\n私は、東京で、毎日のように、丁寧に、記事を書いています。';

test('JS helper and CLI agree on every corpus text', () => {
  for (const { text } of [...readCorpus(), { text: sample }]) {
    const input = JSON.stringify({ text, job_text: '応募時に稼働時間を教えてください。' });
    const fromCli = JSON.parse(execFileSync(cliPath, ['lint', '--format', 'textlint'], { input, encoding: 'utf8' }));
    assert.deepEqual(fromCli, [toTextlintResult(gc.lint(JSON.parse(input)))]);
  }
});

test('mapping: rule ids, severities, ranges and 1-based line/column', () => {
  const result = toTextlintResult(gc.lint({ text: sample }), 'a.txt');
  assert.equal(result.filePath, 'a.txt');
  const label = result.messages.find((m) => m.ruleId === 'gigcheck/negative_self_label');
  assert.equal(sample.slice(...label.range), '初心者ですが');
  assert.deepEqual([label.index, label.line, label.column], [label.range[0], 2, 1]);
  assert.deepEqual(label.loc, { start: { line: 2, column: 1 }, end: { line: 2, column: 7 } });
  assert.equal(label.severity, 1);
  assert.equal(label.type, 'lint');
  assert.match(label.message, /\n/);  // message, then the suggestion
  assert.equal(result.messages.find((m) => m.ruleId === 'gigcheck/placeholder').severity, 2);
  assert.equal(result.messages.find((m) => m.ruleId === 'gigcheck/too_many_commas').severity, 3);
  assert.deepEqual(toTextlintResult({ error: { code: 'invalid_json' } }), { filePath: '<text>', messages: [] });
});

test('the same fields as textlint reports for its own rules', async () => {
  const lintWithTextlint = await createTextlint();
  const theirs = (await lintWithTextlint('私は、東京で、毎日のように、丁寧に、記事を書いています。')).messages[0];
  const ours = toTextlintResult(gc.lint({ text: '私は、東京で、毎日のように、丁寧に、記事を書いています。' })).messages
    .find((m) => m.ruleId === 'gigcheck/too_many_commas');
  // textlint's optional fix/suggestions are absent (undefined) here, as in ours.
  const defined = (m) => Object.keys(m).filter((k) => m[k] !== undefined).sort();
  assert.deepEqual(defined(ours), defined(theirs));
  // Same comma, same position, as textlint's max-ten.
  assert.deepEqual([ours.range, ours.line, ours.column, ours.loc], [theirs.range, theirs.line, theirs.column, theirs.loc]);
});

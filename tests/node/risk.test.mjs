// The risk function through the WebAssembly module: evidence spans slice the
// original strings exactly in JavaScript, the CLI answers byte for byte the
// same, and bad input gets an error object without breaking the module.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';

const corpusDir = new URL('../corpus/risk/', import.meta.url);
const corpus = ['lures.json', 'benign.json', 'holdout.json']
  .flatMap((file) => JSON.parse(readFileSync(new URL(file, corpusDir), 'utf8')));

const gc = await loadModule();

// The original string behind an evidence source.
function sourceText(input, source) {
  if (source === 'job.title') return input.job.title;
  if (source === 'job.description') return input.job.description;
  let m = /^messages\[(\d+)\]$/.exec(source);
  if (m) return input.messages[Number(m[1])];
  m = /^client\.reviews\[(\d+)\]$/.exec(source);
  if (m) return input.client.reviews[Number(m[1])];
  return undefined;
}

function checkSpans(input, output) {
  let spans = 0;
  for (const signal of output.signals) {
    for (const e of signal.evidence) {
      if (e.start === undefined) {
        assert.ok(['client', 'job'].includes(e.source), `field evidence from ${e.source}`);
        assert.equal(typeof e.field, 'string');
        continue;
      }
      const text = sourceText(input, e.source);
      assert.equal(typeof text, 'string', `unknown source ${e.source}`);
      assert.ok(e.start >= 0 && e.start < e.end && e.end <= text.length, `${e.source} ${e.start}-${e.end}`);
      assert.equal(text.slice(e.start, e.end), e.text, `${signal.id} in ${e.source}`);
      spans += 1;
    }
  }
  return spans;
}

test('every evidence span sliced from the original in JavaScript equals its text (whole corpus)', () => {
  let spans = 0;
  for (const item of corpus) {
    const output = gc.risk(item.input);
    assert.ok(!output.error, `${item.id}: ${JSON.stringify(output.error)}`);
    spans += checkSpans(item.input, output);
  }
  assert.ok(spans > 100, `only ${spans} spans checked`);
});

test('spans stay exact around emoji, full-width and half-width forms and spaced-out letters', () => {
  const input = {
    job: { title: '😀😀【ｽﾏﾎだけ】', description: '🙂詳細は　Ｌ　Ｉ　Ｎ　Ｅ　で！ＩＤ：ａｂｃ１２３を友だち追加👍 ﾗｲﾝ追加も可。教材費９，８００円' },
    messages: ['🐶 連絡は ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ まで', '０９０ー１２３４ー５６７８にお電話を'],
  };
  const output = gc.risk(input);
  assert.equal(output.level, 'high');
  const spans = checkSpans(input, output);
  assert.ok(spans >= 5, `${spans} spans`);
  const texts = output.signals.flatMap((s) => s.evidence.map((e) => e.text));
  assert.ok(texts.includes('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ'));
  assert.ok(texts.includes('０９０ー１２３４ー５６７８'));
});

test('the CLI answers byte for byte what the module answers', { skip: !existsSync(cliPath) && 'no native CLI' }, () => {
  for (const item of corpus.slice(0, 40)) {
    const text = JSON.stringify(item.input);
    const cli = spawnSync(cliPath, ['risk'], { input: text, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(cli.stdout.trimEnd(), gc.riskJson(text), item.id);
  }
  const bad = spawnSync(cliPath, ['risk'], { input: '{"job":{}}', encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout.trimEnd(), gc.riskJson('{"job":{}}'));
});

test('bad input gets an error object and the module stays usable', () => {
  assert.equal(JSON.parse(gc.riskJson('{')).error.code, 'invalid_json');
  assert.equal(JSON.parse(gc.riskJson('[1,2]')).error.code, 'invalid_json');
  assert.equal(gc.risk({}).error.field, 'job');
  assert.equal(gc.risk({ job: { description: 5 } }).error.field, 'job.description');
  assert.equal(gc.risk({ job: { description: 'x' }, messages: [{}] }).error.field, 'messages[0]');
  assert.equal(gc.risk({ job: { description: 'x', hires_planned: 1.5 } }).error.field, 'job.hires_planned');
  assert.equal(gc.risk({ job: { description: 'a'.repeat(1024 * 1024) } }).error.code, 'too_large');
  // Invalid UTF-8 bytes cannot be written in a JS string; a lone surrogate is the nearest thing.
  const lone = gc.risk({ job: { description: 'LINE\uD800追加して' } });
  assert.ok(lone.error || lone.level, 'answered');
  const ok = gc.risk({ job: { description: '公式LINEに登録してください' } });
  assert.equal(ok.level, 'high');
});

// gc.lint(object) sends a well-formed "text" beside the JSON (web/gigcheck.mjs,
// api::call_with_text): its answers must be the JSON door's, byte for byte,
// for every input, and inputs it cannot carry must take the JSON door.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';

const gc = await loadModule();

// Counts the calls that take the text door.
function countTextDoor() {
  const module = gc.module;
  const original = module.callWithText;
  const counter = { calls: 0, restore: () => { module.callWithText = original; } };
  module.callWithText = (...args) => { counter.calls += 1; return original(...args); };
  return counter;
}

const application = [
  'はじめまして、Webライターの佐藤と申します。',
  '初心者ですが、SEO記事を月20本ほど書いてきました😊。',
  '連絡はLINE（ID：sato_0000）か sato(at)example.jp までお願いします。',
  'よろしくお願いいたします。',
].join('\n');
const job = '【応募時にご記入ください】\n①稼働可能な時間\n②過去の実績\n③開始可能日';

test('lint answers the same through the text door and the JSON door', () => {
  const counter = countTextDoor();
  try {
    for (const input of [
      { text: application },
      { text: application, job_text: job, options: { max_commas: 1, rules: { missing_closing: false } } },
      { text: application.repeat(300) },        // long enough to matter
      { text: '' },                               // required but empty
      { text: 'あ'.repeat(100001) },              // over the character limit: too_large on text
      { text: application, options: { max_commas: -1 } },  // a bad option names its field
    ]) {
      const viaJson = JSON.parse(gc.lintJson(JSON.stringify(input)));
      assert.deepEqual(gc.lint(input), viaJson, JSON.stringify(input).slice(0, 80));
    }
    assert.equal(counter.calls, 6);
  } finally {
    counter.restore();
  }
  const issues = gc.lint({ text: application, job_text: job }).issues.map((i) => i.rule);
  assert.ok(issues.includes('contact_info') && issues.includes('negative_self_label'), issues.join());
});

test('inputs the text door cannot carry take the JSON door', () => {
  const counter = countTextDoor();
  try {
    // A lone surrogate is refused as the CLI refuses its bytes, not silently replaced.
    assert.equal(gc.lint({ text: 'は\uD800じめまして' }).error.code, 'invalid_json');
    assert.equal(gc.lint({ text: 42 }).error.field, 'text');
    class Draft { constructor() { this.text = application; } }
    assert.deepEqual(gc.lint(new Draft()), gc.lint({ text: application }));
    assert.equal(counter.calls, 1);  // only the plain object above
  } finally {
    counter.restore();
  }
});

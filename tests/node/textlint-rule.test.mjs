// packages/textlint-rule-gigcheck as a user installs it (packed, with the
// packed gigcheck module beside it): textlint-tester's valid and invalid
// cases on Japanese applications, and the real textlint CLI on a sample.
import test, { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { npmDir, ruleDir, projectWith } from './npm-project.mjs';

const fixture = (name) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const read = (name) => readFileSync(fixture(name), 'utf8');

const { dir: project, files: [, ruleFiles] } = projectWith([npmDir, ruleDir]);
const rule = (await import(pathToFileURL(join(project, 'node_modules/textlint-rule-gigcheck/index.js')).href)).default;

test('the rule package holds the rule and its README, and depends on the module of the same version', () => {
  assert.deepEqual(ruleFiles, ['README.md', 'index.js', 'package.json']);
  const manifest = JSON.parse(readFileSync(join(ruleDir, 'package.json'), 'utf8'));
  const module = JSON.parse(readFileSync(join(npmDir, 'package.json'), 'utf8'));
  assert.equal(manifest.dependencies.gigcheck, module.version);
});

// textlint-tester runs its cases with the describe/it it finds on globalThis
// when it is loaded; it is CommonJS, its class the default export's default.
globalThis.describe = describe;
globalThis.it = it;
const { default: { default: TextLintTester } } = await import('textlint-tester');

const selfLabel = '「初心者ですが」のように自分を低く見せる言葉は、応募では不利になります。\n'
  + 'できること・経験したことを具体的に書きましょう（例: 「初心者です」→「個人ブログで月1万PVの記事を書いています」）。';

new TextLintTester().run('gigcheck', rule, {
  valid: [
    // A complete application that answers every ask of the post.
    { text: read('application-good.txt'), options: { jobFile: fixture('job.txt') } },
    { text: 'はじめまして。山田と申します。\n記事作成の経験が3年あります。\nよろしくお願いいたします。' },
    // Options as lint takes them: four 「、」 pass with max_commas 4.
    { text: 'はじめまして。私は、東京で、毎日のように、丁寧に、記事を書いています。よろしくお願いいたします。', options: { max_commas: 4 } },
    { text: '初心者ですが、がんばります。', options: { rules: { negative_self_label: false, missing_greeting: false, missing_closing: false } } },
  ],
  invalid: [
    {
      text: 'はじめまして。初心者ですが、応募いたします。よろしくお願いいたします。',
      errors: [{ message: selfLabel, range: [7, 13], line: 1, column: 8 }],
    },
    {
      // Outside contact and a placeholder on the second line.
      text: 'はじめまして。\n〇〇様、連絡はLINE（ID: hanako_0123）でお願いします。\nよろしくお願いいたします。',
      errors: [{ range: [8, 10], line: 2, column: 1 }, { range: [15, 35], line: 2, column: 8 }],
    },
    {
      // The good application lacks nothing but the hours once they are cut.
      text: read('application-good.txt').replace('稼働時間は平日10時から16時で、1日6時間ほど作業できます。\n', ''),
      options: { jobFile: fixture('job.txt') },
      errors: [{ message: '募集文の「稼働できる時間」に答えていないようです。質問への回答漏れは、募集文を読んでいない印象を与えます。\n'
        + '「稼働できる時間」について、項目を立てて答えてください。' }],
    },
    {
      // The fourth 「、」 of a sentence; 毎日、丁寧 between two nouns would not count.
      text: 'はじめまして。私は、東京で、毎日のように、丁寧に、記事を書いています。よろしくお願いいたします。',
      errors: [{ range: [24, 25], line: 1, column: 25 }],
    },
    {
      // max_sentence_length 20: the second sentence (26 units) is too long.
      text: 'はじめまして。美容と健康の記事を三年間書いてきた経験を活かします。よろしくお願いいたします。',
      options: { max_sentence_length: 20 },
      errors: [{ range: [7, 33] }],
    },
    {
      // An empty file: no greeting, no closing, both pointed at its start.
      text: '',
      errors: [{ line: 1, column: 1 }, { line: 1, column: 1 }],
    },
    {
      // A bad option is the user's to fix, and textlint says so.
      text: 'はじめまして。よろしくお願いいたします。',
      options: { max_commas: -1 },
      errors: [{ message: 'gigcheck: options.max_commas は 0 以上 1000 以下の整数で入力してください。', range: [0, 20] }],
    },
  ],
});

test('the textlint CLI with the rule reports the sample application with gigcheck\'s severities', () => {
  writeFileSync(join(project, '.textlintrc.json'), JSON.stringify({ rules: { gigcheck: { jobFile: 'job.txt' } } }));
  writeFileSync(join(project, 'job.txt'), read('job.txt'));
  writeFileSync(join(project, 'application.txt'), read('application-bad.txt'));
  const textlint = new URL('../../node_modules/textlint/bin/textlint.js', import.meta.url).pathname;
  let output;
  let status = 0;
  try {
    output = execFileSync(process.execPath, [textlint, '--rules-base-directory', join(project, 'node_modules'), '--format', 'json', 'application.txt'],
      { cwd: project, encoding: 'utf8' });
  } catch (error) {
    ({ stdout: output, status } = error);
  }
  assert.equal(status, 1, 'errors found: textlint exits 1');
  const [result] = JSON.parse(output);
  assert.equal(result.filePath, join(project, 'application.txt'));
  const seen = result.messages.map((m) => `${m.ruleId}:${m.severity}:${m.message.split('\n')[0].slice(0, 12)}`);
  const text = read('application-bad.txt');
  const by = (prefix) => result.messages.find((m) => m.message.startsWith(prefix));
  assert.equal(text.slice(...by('「初心者ですが」').range), '初心者ですが');
  assert.equal(by('「初心者ですが」').severity, 1, 'warning');
  assert.equal(by('「〇〇」').severity, 2, 'error');
  assert.equal(text.slice(...by('契約前に外部の連絡先').range), 'LINE（ID: hanako_0123');
  assert.ok(by('募集文の「'), `an unanswered ask of job.txt: ${seen.join(' | ')}`);
  assert.ok(result.messages.every((m) => m.ruleId === 'gigcheck'), seen.join(' | '));

  // The good application passes: exit 0, nothing reported.
  writeFileSync(join(project, 'application.txt'), read('application-good.txt'));
  const clean = execFileSync(process.execPath, [textlint, '--rules-base-directory', join(project, 'node_modules'), '--format', 'json', 'application.txt'],
    { cwd: project, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(clean)[0].messages, []);
});

// The npm package the build makes (build/wasm/npm/): `npm pack` it, install
// the tarball into a new project with no network, and use it from there as a
// user would: the README's Node example, certify, risk and lint, and its types
// from a TypeScript file.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { npmDir, projectWith } from './npm-project.mjs';

const { dir: project, files: [files] } = projectWith([npmDir]);
const run = (file) => execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });

test('the package holds the ESM API, the glue, gigcheck.wasm, the types and a README', () => {
  assert.deepEqual(files, ['README.md', 'gigcheck.d.ts', 'gigcheck.js', 'gigcheck.mjs', 'gigcheck.wasm', 'package.json', 'textlint-format.mjs']);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/gigcheck/package.json'), 'utf8'));
  assert.equal(manifest.name, 'gigcheck');
  assert.equal(manifest.type, 'module');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.types, './gigcheck.d.ts');
  assert.equal(manifest.exports['.'].types, './gigcheck.d.ts');
});

test('installed from the tarball, certify, risk and lint answer without being handed the wasm', () => {
  writeFileSync(join(project, 'use.mjs'), `
    import { load } from 'gigcheck';
    import { toTextlintResult } from 'gigcheck/textlint-format';
    const gc = await load();
    const lintAnswer = gc.lint({ text: '初心者ですが、〇〇様の案件に応募します。', job_text: '稼働時間を教えてください。' });
    console.log(JSON.stringify({
      cert: gc.certify({ platform: 'crowdworks', stats: { jobs_completed: 35, jobs_total: 40 } }),
      risk: gc.risk({ job: { description: '詳しくは公式LINEでご連絡ください。報酬は仮払い前に作業をお願いします。' } }),
      lint: lintAnswer,
      textlint: toTextlintResult(lintAnswer, 'a.txt'),
      bad: gc.certifyJson('{'),
    }));`);
  const { cert, risk, lint, textlint, bad } = JSON.parse(run('use.mjs'));
  assert.equal(cert.verdict, 'not_eligible');
  assert.equal(cert.criteria.completion_rate.needed, 10);
  assert.ok(risk.signals.some((s) => s.id === 'off_platform_contact'), JSON.stringify(risk.signals.map((s) => s.id)));
  assert.ok(['medium', 'high'].includes(risk.level));
  const rules = lint.issues.map((i) => i.rule);
  for (const rule of ['negative_self_label', 'placeholder', 'unanswered_question']) assert.ok(rules.includes(rule), rule);
  assert.equal(textlint.messages.length, lint.issues.length);
  assert.equal(JSON.parse(bad).error.code, 'invalid_json');
});

test("the README's Node example runs as written", () => {
  const readme = readFileSync(join(project, 'node_modules/gigcheck/README.md'), 'utf8');
  const example = /## Node\n+```js\n([\s\S]*?)```/.exec(readme)[1];
  assert.ok(example.split('\n').filter(Boolean).length <= 10, 'ten lines at most');
  writeFileSync(join(project, 'example.mjs'), example);
  const output = run('example.mjs');
  assert.match(output, /^incomplete met$/m);
  assert.match(output, /off_platform_contact/);
  assert.match(output, /^1:1 「初心者ですが」/m);
});

test('a TypeScript project type-checks against the installed declarations, which reject wrong calls', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  copyFileSync(new URL('fixtures/npm-consumer.ts', import.meta.url), join(project, 'consumer.ts'));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], lib: ['es2022'] },
    files: ['consumer.ts'],
  }));
  let report = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
  } catch (error) {
    report = error.stdout || String(error);
  }
  assert.equal(report, '');
});

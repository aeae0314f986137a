// The JS API's types: tsc --noEmit checks the page's JavaScript (web/*.js,
// web/*.mjs, web/tabs/*.js, each with // @ts-check) against web/gigcheck.d.ts,
// and the functions the declarations name are the ones load() gives.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { loadModule, siteDir } from './load-module.mjs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// tsc's report, or '' when it finds nothing.
function typeErrors(project) {
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', project], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return error.stdout || String(error);
  }
}

test('tsc finds no type errors in the page or the service worker', () => {
  assert.equal(typeErrors('tsconfig.json'), '');
  assert.equal(typeErrors('tsconfig.worker.json'), '');
});

test('every web/*.js file asks editors to check it (// @ts-check first)', () => {
  const files = ts.sys.readDirectory('web', ['.js', '.mjs']);
  assert.ok(files.length >= 10, files.join(' '));
  for (const file of files) assert.match(readFileSync(file, 'utf8'), /^\/\/ @ts-check\n/, file);
});

// The member names of `interface Gigcheck` in web/gigcheck.d.ts.
function declaredMembers() {
  const source = ts.createSourceFile('gigcheck.d.ts', readFileSync('web/gigcheck.d.ts', 'utf8'), ts.ScriptTarget.Latest);
  const api = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'Gigcheck');
  return api.members.map((member) => member.name.getText(source)).sort();
}

test('the declarations name exactly the functions load() gives, each with its Json variant', async () => {
  const gc = await loadModule();
  assert.deepEqual(declaredMembers(), Object.keys(gc).sort());
  for (const name of ['certify', 'risk', 'lint', 'draft', 'timeline', 'holidays', 'meta']) {
    assert.equal(typeof gc[name], 'function', name);
    assert.equal(typeof gc[`${name}Json`], 'function', `${name}Json`);
  }
});

test('the built site ships the declarations beside gigcheck.mjs', () => {
  assert.equal(readFileSync(`${siteDir}/gigcheck.d.ts`, 'utf8'), readFileSync('web/gigcheck.d.ts', 'utf8'));
});

// Packages as a user gets them: `npm pack` a package folder and install the
// tarballs into a new project in a temp folder, from the files only (no network).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The npm package of the module, made by `scripts/build.sh wasm`.
export const npmDir = resolve(process.env.GIGCHECK_NPM || 'build/wasm/npm');
export const ruleDir = resolve('packages/textlint-rule-gigcheck');

// `npm pack` of `folder` into `destination`: the tarball's path and its files.
export function pack(folder, destination) {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination, folder], { encoding: 'utf8' }));
  return { tarball: join(destination, info.filename), files: info.files.map((f) => f.path).sort() };
}

// A new project with the packed `folders` installed, removed when the test
// process exits (not in test.after, which can run before suites that a
// top-level await registered). Returns {dir, files}: the project's folder and
// each package's file list.
export function projectWith(folders) {
  const dir = mkdtempSync(join(tmpdir(), 'gigcheck-user-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const packed = folders.map((folder) => pack(folder, dir));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'gigcheck-user', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((p) => p.tarball)],
    { cwd: dir, encoding: 'utf8' });
  return { dir, files: packed.map((p) => p.files) };
}

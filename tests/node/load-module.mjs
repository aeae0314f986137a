// Loads the built WebAssembly module for node tests: `const gc = await loadModule()`.
// GIGCHECK_SITE overrides the site folder (default build/wasm/site).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const siteDir = resolve(process.env.GIGCHECK_SITE || 'build/wasm/site');
export const cliPath = resolve(process.env.GIGCHECK_CLI || 'build/native/gigcheck');

// The built JS API (gigcheck.mjs), not yet loaded.
export function importApi() {
  return import(pathToFileURL(resolve(siteDir, 'gigcheck.mjs')).href);
}

// load() finds gigcheck.wasm beside gigcheck.mjs by itself, in Node as in a browser.
export async function loadModule() {
  const { load } = await importApi();
  return load();
}

// gigcheck's JavaScript API: `const gc = await load(); gc.certify({...})`.
// Each function takes and returns plain objects; JSON crosses into the
// WebAssembly module as text (see ../shared/api.md).
import createGigcheckModule from './gigcheck.js';

export const functionNames = ['certify', 'risk', 'lint', 'draft', 'timeline', 'holidays'];

// options.wasmBinary: the module's bytes, for hosts without fetch of file
// paths (Node). In a browser the module fetches gigcheck.wasm beside this file.
export async function load(options = {}) {
  const module = await createGigcheckModule(options.wasmBinary ? { wasmBinary: options.wasmBinary } : {});
  const api = { module };
  for (const name of functionNames) {
    api[name] = (input) => JSON.parse(module[name](JSON.stringify(input ?? {})));
    api[`${name}Json`] = (text) => module[name](text);
  }
  return api;
}

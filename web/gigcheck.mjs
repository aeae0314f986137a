// gigcheck's JavaScript API: `const gc = await load(); gc.certify({...})`.
// Each function takes and returns plain objects; JSON crosses into the
// WebAssembly module as text (see ../shared/api.md).
import createGigcheckModule from './gigcheck.js';

export const functionNames = ['certify', 'risk', 'lint', 'draft', 'timeline', 'holidays'];

// Embind's UTF-8 encoder pairs a lone surrogate with whatever follows it, so
// the core would read other text than the caller passed. Written as a JSON
// escape instead, the core sees it and refuses it as invalid JSON.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeLoneSurrogates(text) {
  if (typeof text !== 'string' || text.isWellFormed?.() === true) return text;
  return text.replace(loneSurrogate, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}

// options.wasmBinary: the module's bytes, for hosts without fetch of file
// paths (Node). In a browser the module fetches gigcheck.wasm beside this file.
export async function load(options = {}) {
  const module = await createGigcheckModule(options.wasmBinary ? { wasmBinary: options.wasmBinary } : {});
  const api = { module };
  for (const name of functionNames) {
    api[name] = (input) => JSON.parse(module[name](JSON.stringify(input ?? {})));
    api[`${name}Json`] = (text) => module[name](escapeLoneSurrogates(text));
  }
  return api;
}

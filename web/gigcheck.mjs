// @ts-check
// gigcheck's JavaScript API: `const gc = await load(); gc.certify({...})`.
// Each function takes and returns plain objects; JSON crosses into the
// WebAssembly module as UTF-8 text (see ../shared/api.md). Its types are in
// gigcheck.d.ts.
import createGigcheckModule from './gigcheck.js';

/** @typedef {import('./gigcheck').Gigcheck} Gigcheck */

/** @type {readonly import('./gigcheck').FunctionName[]} */
export const functionNames = ['certify', 'risk', 'lint', 'draft', 'timeline', 'holidays', 'meta'];

// TextEncoder writes a lone surrogate as U+FFFD, so the core would read other
// text than the caller passed. It becomes three U+0001 instead (as many bytes
// as the CLI's ED A0 80), which JSON allows nowhere: not in a string, not
// after a backslash, not between values. The core refuses it as invalid JSON,
// as the CLI refuses those bytes.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** @param {string} text */
function refuseLoneSurrogates(text) {
  if (text.isWellFormed?.() === true) return text;
  return text.replace(loneSurrogate, '\u0001\u0001\u0001');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// One call: the input's UTF-8 goes straight into the module's memory and the
// answer is decoded from a view of it (wasm/bindings.cpp says why).
/** @param {any} module @param {string} name @param {string} text @returns {string} */
function callModule(module, name, text) {
  // UTF-8 needs at most 3 bytes per UTF-16 unit. Past the size limit only a
  // prefix is written, which is itself over the limit, so the core answers
  // too_large without JavaScript knowing the rule.
  const view = module.inputView(Math.min(text.length * 3, module.maxInputBytes + 4));
  const { written } = encoder.encodeInto(text, view);
  return decoder.decode(module.call(name, written));
}

// A call whose input is a plain object with a well-formed "text" (lint as the
// user types): the text goes into the module's memory beside the rest of the
// input's JSON, so the module does not read it back through its JSON parser;
// the answer is the same, byte for byte (api::call_with_text).
/** @param {unknown} input @returns {input is { text: string }} */
function hasText(input) {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return false;
  const text = /** @type {{ text?: unknown }} */ (input).text;
  return typeof text === 'string' && text.isWellFormed?.() === true;
}

/** @param {any} module @param {string} name @param {{ text: string }} input @returns {string} */
function callModuleWithText(module, name, input) {
  const { text, ...rest } = input;
  const json = JSON.stringify(rest);
  const room = (/** @type {number} */ units) => Math.min(units * 3, module.maxInputBytes + 4);
  const view = module.inputView(room(json.length) + room(text.length));
  const { written: jsonBytes } = encoder.encodeInto(json, view);
  const { written: textBytes } = encoder.encodeInto(text, view.subarray(jsonBytes));
  return decoder.decode(module.callWithText(name, jsonBytes, textBytes));
}

// The module's code, compiled: from options.wasmBinary, or from gigcheck.wasm
// beside this file. A browser fetches it and compiles it while it downloads
// when the host labels it application/wasm (any host works through the
// bytes); Node, whose fetch cannot read file: URLs, reads the file.
/** @param {import('./gigcheck').LoadOptions} options */
async function compile(options) {
  if (options.wasmBinary) return WebAssembly.compile(/** @type {BufferSource} */ (options.wasmBinary));
  const url = new URL('./gigcheck.wasm', import.meta.url);
  if (url.protocol === 'file:') {
    // Bundlers leave this import alone: it only runs under Node.
    // @ts-ignore: Node's own module; its types (@types/node) are not the page's.
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`gigcheck.wasm: HTTP ${response.status}`);
  if (response.headers.get('Content-Type') === 'application/wasm') return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// The answer to a call the module could not finish (docs/limits.md).
const failedAnswer = JSON.stringify({ error: { code: 'internal_error', field: '',
  message: '処理中にエラーが起きたため、この入力には答えられませんでした。次の操作は新しく起動した計算部分で処理します。' } });

/** @param {import('./gigcheck').LoadOptions} [options] @returns {Promise<Gigcheck>} */
export async function load(options = {}) {
  const compiled = await compile(options).catch((error) => {
    throw error instanceof WebAssembly.CompileError ? new Error('gigcheck.wasm is not a valid WebAssembly module') : error;
  });
  // The glue (MINIMAL_RUNTIME, wasm/wasm.cmake) instantiates it. It is made by
  // the build and has no types (to tsc, './gigcheck.js' names gigcheck.d.ts).
  const factory = /** @type {any} */ (createGigcheckModule);
  /** @type {any} */
  let module = await factory({ wasm: compiled });
  // A call that traps or runs out of memory leaves its instance unusable (its
  // memory is never freed), so that call answers failedAnswer and the next one
  // gets a fresh instance, made at once from the compiled code (wasm/pre.js).
  const current = () => {
    if (!module) factory((module = { wasm: compiled, instantiateNow: true }));
    return module;
  };
  /** @param {(module: any) => string} call */
  const run = (call) => {
    try {
      return call(current());
    } catch {
      module = null;
      return failedAnswer;
    }
  };
  /** @type {Record<string, unknown>} */
  const api = { get module() { return current(); } };
  for (const name of functionNames) {
    api[name] = (/** @type {object} */ input) => JSON.parse(run((m) => hasText(input)
      ? callModuleWithText(m, name, input)
      : callModule(m, name, JSON.stringify(input ?? {}))));
    api[`${name}Json`] = (/** @type {string} */ text) => {
      if (typeof text !== 'string') throw new TypeError(`${name}Json takes JSON text (a string)`);
      return run((m) => callModule(m, name, refuseLoneSurrogates(text)));
    };
  }
  return /** @type {Gigcheck} */ (/** @type {unknown} */ (api));
}

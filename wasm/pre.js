// emcc 3.1.6 MINIMAL_RUNTIME assigns `asm` without declaring it, which
// fails in an ES module (strict mode). Declared here, inside the factory.
var asm;
// web/gigcheck.mjs replaces an instance that failed inside a call, and the
// call after it needs the new one at once: with instantiateNow the instance is
// made synchronously from the compiled module, so the factory's Module is
// ready when the factory returns.
var WebAssembly = Module['instantiateNow']
  ? { instantiate: (code, imports) => ({ then: (done) => done(new globalThis.WebAssembly.Instance(code, imports)) }) }
  : globalThis.WebAssembly;

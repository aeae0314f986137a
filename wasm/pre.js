// emcc 3.1.6 MINIMAL_RUNTIME assigns `asm` without declaring it, which
// fails in an ES module (strict mode). Declared here, inside the factory.
var asm;
// web/gigcheck.mjs compiles gigcheck.wasm itself, while it downloads, and
// passes the compiled WebAssembly.Module as Module.wasm. The glue expects
// bytes, for which instantiate answers {module, instance}; for a compiled
// module it answers the instance alone, so wrap it the way the glue reads it.
var WebAssembly = Object.create(globalThis.WebAssembly, {
  instantiate: { value: (module, imports) => globalThis.WebAssembly.instantiate(module, imports).then((instance) => ({ instance })) },
});

// emcc 3.1.6 MINIMAL_RUNTIME assigns `asm` without declaring it, which
// fails in an ES module (strict mode). Declared here, inside the factory.
var asm;

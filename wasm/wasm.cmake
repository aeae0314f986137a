# WebAssembly module (Embind) and the deployable static site.
add_executable(gigcheck_wasm ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp)
set_target_properties(gigcheck_wasm PROPERTIES OUTPUT_NAME gigcheck SUFFIX ".js"
  LINK_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/pre.js")
target_link_libraries(gigcheck_wasm PRIVATE gigcheck_api)
# Speed where it matters, size elsewhere (docs/build.md, "Module size and speed"):
# lint and risk run on every keystroke over long text, so the code that walks
# every character (UTF-8, normalizing, reading JSON, the lint rules, reading a post for
# risk) is built with -O3. once_per_call_sources run once per call on what the
# hot code found (fields, detectors, answers) and are built with a real -Os;
# small_input_sources only see short inputs and are built with -Oz. Loops are
# not unrolled: that costs ~6 KB of gzip and measured no faster in lint or
# risk. Link-time optimization drops what no export reaches and keeps each
# function's own setting.
# emcc 3.1.6 turns -Os/-Oz into "-fno-inline-functions" (INLINING_LIMIT=1) and
# keeps it for the whole command line, so a later -O3 would build a file
# unoptimized: every library gets -O3 and single files get -Os/-Oz after it,
# never before; -sINLINING_LIMIT=0 puts inlining back for the -Os files.
set(GIGCHECK_WASM_OPT "-O3" CACHE STRING "Optimization level of the hot code and the link")
set(GIGCHECK_WASM_SIZE_OPT "-Oz" CACHE STRING "Optimization level of the code that only sees small inputs")
set(no_unrolling -fno-unroll-loops -fno-vectorize -fno-slp-vectorize)
foreach(lib base text input date cert calendar risk proposal timeline api)
  target_compile_options(gigcheck_${lib} PRIVATE ${GIGCHECK_WASM_OPT} ${no_unrolling} -flto)
endforeach()
set(small_input_sources
  api/api.cpp text/fill_in.cpp date/date.cpp
  cert/certify_api.cpp cert/exact.cpp calendar/calendar.cpp calendar/holidays_api.cpp
  timeline/timeline.cpp timeline/timeline_api.cpp
  proposal/draft.cpp proposal/draft_api.cpp proposal/textlint_format.cpp)
list(TRANSFORM small_input_sources PREPEND ${CMAKE_SOURCE_DIR}/core/)
set_source_files_properties(${small_input_sources} PROPERTIES COMPILE_OPTIONS "${GIGCHECK_WASM_SIZE_OPT}")
set(once_per_call_sources input/input.cpp proposal/asks.cpp text/sentences.cpp proposal/style.cpp proposal/lint_api.cpp risk/signals.cpp risk/score.cpp risk/risk_api.cpp risk/page.cpp)
list(TRANSFORM once_per_call_sources PREPEND ${CMAKE_SOURCE_DIR}/core/)
set_source_files_properties(${once_per_call_sources} PROPERTIES COMPILE_OPTIONS "-Os;-sINLINING_LIMIT=0")
target_compile_options(gigcheck_wasm PRIVATE ${GIGCHECK_WASM_SIZE_OPT} -flto)
target_link_options(gigcheck_wasm PRIVATE
  --bind ${GIGCHECK_WASM_OPT} -flto -Wl,-mllvm,-unroll-threshold=0
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createGigcheckModule
  # The minimal glue (1.3 KB less gzip): it instantiates Module.wasm, which
  # web/gigcheck.mjs compiles while it downloads (STREAMING_WASM_COMPILATION
  # tells the glue it gets a compiled module, not bytes), and it leaves out the
  # loading, printing and file code the page never uses. pre.js works around
  # its one bug in an ES module.
  -sMINIMAL_RUNTIME=1 -sMINIMAL_RUNTIME_STREAMING_WASM_COMPILATION=1 --pre-js ${CMAKE_CURRENT_LIST_DIR}/pre.js
  -sBINARYEN_EXTRA_PASSES=--converge   # wasm-opt repeats its passes until the size stops falling: 0.2 KB less
  -sENVIRONMENT=web
  -sDYNAMIC_EXECUTION=0     # no new Function/eval: works under a strict CSP
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -sMALLOC=emmalloc         # ~2 KB smaller than dlmalloc, measured as fast here
  -sTEXTDECODER=2 -sSUPPORT_ERRNO=0 -sSUPPORT_LONGJMP=0 -sPOLYFILL=0   # glue for today's browsers only
  -sDISABLE_EXCEPTION_CATCHING=1)

# site/: web/ bundled and minified, plus the module, ready for any static host.
set(GIGCHECK_SITE ${CMAKE_BINARY_DIR}/site)
find_program(ESBUILD esbuild REQUIRED)
file(GLOB_RECURSE web_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
add_custom_target(site ALL
  COMMAND ${CMAKE_COMMAND} -DWEB=${CMAKE_SOURCE_DIR}/web -DMODULE=$<TARGET_FILE_DIR:gigcheck_wasm> -DSITE=${GIGCHECK_SITE}
          -DESBUILD=${ESBUILD} -P ${CMAKE_CURRENT_LIST_DIR}/bundle-site.cmake
  COMMAND ${CMAKE_COMMAND} -DSITE=${GIGCHECK_SITE} -P ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake
  DEPENDS gigcheck_wasm ${web_files} ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake ${CMAKE_CURRENT_LIST_DIR}/bundle-site.cmake
  COMMENT "Assembling the static site in ${GIGCHECK_SITE}")

# npm/: the module as an npm package (wasm/npm/README.md): the JS API with its
# types and textlint mapping from web/, the glue and gigcheck.wasm beside it.
set(GIGCHECK_NPM ${CMAKE_BINARY_DIR}/npm)
set(npm_files ${CMAKE_SOURCE_DIR}/web/gigcheck.mjs ${CMAKE_SOURCE_DIR}/web/gigcheck.d.ts
  ${CMAKE_SOURCE_DIR}/web/textlint-format.mjs ${CMAKE_CURRENT_LIST_DIR}/npm/package.json ${CMAKE_CURRENT_LIST_DIR}/npm/README.md)
add_custom_target(npm ALL
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${GIGCHECK_NPM}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${GIGCHECK_NPM}
  COMMAND ${CMAKE_COMMAND} -E copy ${npm_files}
          $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.js $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.wasm ${GIGCHECK_NPM}/
  DEPENDS gigcheck_wasm ${npm_files}
  COMMENT "Assembling the npm package in ${GIGCHECK_NPM}")

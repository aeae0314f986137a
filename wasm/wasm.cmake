# WebAssembly module (Embind) and the deployable static site.
add_executable(gigcheck_wasm ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp)
set_target_properties(gigcheck_wasm PROPERTIES OUTPUT_NAME gigcheck SUFFIX ".js")
target_link_libraries(gigcheck_wasm PRIVATE gigcheck_api)
# Speed where it matters, size elsewhere (docs/build.md, "Module size"):
# lint and risk run on every keystroke over long text, so everything on their
# path (text, JSON, input fields, lint, risk and their answers) is built with
# -O3, which makes lint ~5x faster than -Oz; certify, calendar, timeline and
# drafts see small inputs and are built with -Oz. Link-time optimization drops
# what no export reaches and keeps each function's own setting.
set(GIGCHECK_WASM_OPT "-O3" CACHE STRING "Optimization level of the hot code and the link")
set(GIGCHECK_WASM_SIZE_OPT "-Oz" CACHE STRING "Optimization level of the code that only sees small inputs")
foreach(lib gigcheck_text gigcheck_json gigcheck_input gigcheck_risk gigcheck_proposal)
  target_compile_options(${lib} PRIVATE ${GIGCHECK_WASM_OPT} -flto)
endforeach()
foreach(lib gigcheck_date gigcheck_cert gigcheck_calendar gigcheck_timeline gigcheck_api)
  target_compile_options(${lib} PRIVATE ${GIGCHECK_WASM_SIZE_OPT} -flto)
endforeach()
set(small_input_sources ${CMAKE_SOURCE_DIR}/core/proposal/draft.cpp ${CMAKE_SOURCE_DIR}/core/proposal/draft_api.cpp
    ${CMAKE_SOURCE_DIR}/core/proposal/textlint_format.cpp)
set_source_files_properties(${small_input_sources} PROPERTIES COMPILE_OPTIONS "${GIGCHECK_WASM_SIZE_OPT}")
target_compile_options(gigcheck_wasm PRIVATE ${GIGCHECK_WASM_SIZE_OPT} -flto)
target_link_options(gigcheck_wasm PRIVATE
  --bind ${GIGCHECK_WASM_OPT} -flto
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createGigcheckModule
  -sENVIRONMENT=web    # node tests pass wasmBinary (see tests/node)
  -sDYNAMIC_EXECUTION=0     # no new Function/eval: works under a strict CSP
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -sDISABLE_EXCEPTION_CATCHING=1)

# site/: web/ plus the module, minified, ready for any static host.
set(GIGCHECK_SITE ${CMAKE_BINARY_DIR}/site)
find_program(ESBUILD esbuild REQUIRED)
file(GLOB_RECURSE web_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
add_custom_target(site ALL
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${GIGCHECK_SITE}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${GIGCHECK_SITE}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.js $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.wasm ${GIGCHECK_SITE}/
  COMMAND ${CMAKE_COMMAND} -DSITE=${GIGCHECK_SITE} -DESBUILD=${ESBUILD} -P ${CMAKE_CURRENT_LIST_DIR}/minify-site.cmake
  COMMAND ${CMAKE_COMMAND} -DSITE=${GIGCHECK_SITE} -P ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake
  DEPENDS gigcheck_wasm ${web_files} ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake ${CMAKE_CURRENT_LIST_DIR}/minify-site.cmake
  COMMENT "Assembling the static site in ${GIGCHECK_SITE}")

# WebAssembly module (Embind) and the deployable static site.
add_executable(gigcheck_wasm ${CMAKE_CURRENT_LIST_DIR}/bindings.cpp)
set_target_properties(gigcheck_wasm PROPERTIES OUTPUT_NAME gigcheck SUFFIX ".js")
target_link_libraries(gigcheck_wasm PRIVATE gigcheck_api)
# -O3 rather than -Oz: about 1.7x faster lint and risk calls for ~1% more bytes (bench/).
set(GIGCHECK_WASM_OPT "-O3" CACHE STRING "Optimization level for the WebAssembly module")
target_compile_options(gigcheck_wasm PRIVATE ${GIGCHECK_WASM_OPT})
target_link_options(gigcheck_wasm PRIVATE
  --bind ${GIGCHECK_WASM_OPT}
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createGigcheckModule
  -sENVIRONMENT=web    # node tests pass wasmBinary (see tests/node)
  -sDYNAMIC_EXECUTION=0     # no new Function/eval: works under a strict CSP
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -sDISABLE_EXCEPTION_CATCHING=1)

# site/: web/ as it is plus the module, ready for any static host.
set(GIGCHECK_SITE ${CMAKE_BINARY_DIR}/site)
file(GLOB_RECURSE web_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
add_custom_target(site ALL
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${GIGCHECK_SITE}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${GIGCHECK_SITE}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.js $<TARGET_FILE_DIR:gigcheck_wasm>/gigcheck.wasm ${GIGCHECK_SITE}/
  COMMAND ${CMAKE_COMMAND} -DSITE=${GIGCHECK_SITE} -P ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake
  DEPENDS gigcheck_wasm ${web_files} ${CMAKE_CURRENT_LIST_DIR}/stamp-site.cmake
  COMMENT "Assembling the static site in ${GIGCHECK_SITE}")

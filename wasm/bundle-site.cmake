# Builds the deployable site/ from web/ and the module. web/ stays the readable
# source; site/ gets:
# - app.js (the page), embed-frame.js (the page inside the blog iframe),
#   embed.js (the same-site widget) and gigcheck.mjs (the JS API)
#   bundled by esbuild (Debian: esbuild) with the Emscripten glue, minified,
#   their shared code in chunk-<hash>.js files: three requests instead of ten,
#   and ~4 KB less gzip than minifying file by file;
# - sw.js and the CSS minified on their own;
# - everything else (HTML, icon, gigcheck.wasm) as it is.
# web/textlint-format.mjs is not part of the site: no page loads it; editor
# integrations import it from web/ (docs/proposal.md).
# Usage: cmake -DWEB=<web/> -DMODULE=<folder of gigcheck.js/.wasm> -DSITE=<out> -DESBUILD=<path> -P bundle-site.cmake
set(staging ${SITE}-src)
file(REMOVE_RECURSE ${SITE} ${staging})
file(COPY ${WEB}/ DESTINATION ${staging})
file(COPY ${MODULE}/gigcheck.js ${MODULE}/gigcheck.wasm DESTINATION ${staging})

function(run_esbuild)
  execute_process(COMMAND ${ESBUILD} ${ARGN} --minify --charset=utf8 --log-level=warning
                  WORKING_DIRECTORY ${staging} RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "esbuild failed: ${ARGN}")
  endif()
endfunction()

# node:fs is left as it is: gigcheck.mjs imports it only under Node (file: URLs).
run_esbuild(app.js embed.js embed-frame.js gigcheck.mjs --bundle --splitting --format=esm --external:node:*
            --outdir=${SITE} --chunk-names=chunk-[hash])
# esbuild names every output .js; the API keeps its documented name.
file(RENAME ${SITE}/gigcheck.js ${SITE}/gigcheck.mjs)
foreach(f sw.js embed-resize.js style.css embed-demo.css)
  run_esbuild(${f} --outfile=${SITE}/${f})
endforeach()

file(GLOB_RECURSE assets RELATIVE ${staging} ${staging}/*)
list(FILTER assets EXCLUDE REGEX "\\.(js|mjs|css)$")
foreach(f ${assets})
  get_filename_component(dir ${f} DIRECTORY)
  file(COPY ${staging}/${f} DESTINATION ${SITE}/${dir})
endforeach()
file(REMOVE_RECURSE ${staging})

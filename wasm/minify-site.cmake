# Minifies the site's JavaScript and CSS in place with esbuild (Debian:
# esbuild), one file at a time so every module keeps its own file and
# imports. web/ stays the readable source; only the deployed copy is minified.
# Usage: cmake -DSITE=<folder> -DESBUILD=<path> -P minify-site.cmake
file(GLOB_RECURSE files RELATIVE ${SITE} ${SITE}/*.js ${SITE}/*.mjs ${SITE}/*.css)
foreach(f ${files})
  execute_process(
    COMMAND ${ESBUILD} ${SITE}/${f} --minify --charset=utf8 --log-level=warning
            --allow-overwrite --outfile=${SITE}/${f}
    RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "esbuild could not minify ${f}")
  endif()
endforeach()

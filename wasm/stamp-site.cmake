# Stamps site/sw.js with the list of the site's files and a version that is a
# hash of their contents, so any change to the site replaces the offline cache,
# lists the bundle's chunks in index.html as modulepreload links, and drops
# index.html's comments.
# Usage: cmake -DSITE=<folder> -P stamp-site.cmake
file(GLOB chunks RELATIVE ${SITE} ${SITE}/chunk-*.js)
list(SORT chunks)
set(preload_links "")
foreach(chunk ${chunks})
  string(APPEND preload_links "<link rel=\"modulepreload\" href=\"${chunk}\">\n")
endforeach()
file(READ ${SITE}/index.html page)
string(REPLACE "<!-- gigcheck:modulepreload -->\n" "${preload_links}" page "${page}")
# The page's comments are for readers of web/, not for every visitor.
string(REGEX REPLACE "[ \t]*<!--[^>]*-->\n" "" page "${page}")
file(WRITE ${SITE}/index.html "${page}")

file(GLOB_RECURSE files RELATIVE ${SITE} ${SITE}/*)
list(REMOVE_ITEM files sw.js)
# The embed demo is for bloggers trying the widget, not for visitors offline.
list(FILTER files EXCLUDE REGEX "(^|/)(embed-demo\\.(html|css)|.*\\.d\\.ts)$")
list(SORT files)
set(digests "")
set(list_json "")
foreach(f ${files})
  file(SHA256 ${SITE}/${f} digest)
  string(APPEND digests "${f}:${digest}\n")
  string(APPEND list_json "\"./${f}\",")
endforeach()
string(SHA256 version "${digests}")
string(SUBSTRING ${version} 0 16 version)
file(READ ${SITE}/sw.js worker)
string(REPLACE "__GIGCHECK_VERSION__" "${version}" worker "${worker}")
string(REPLACE "\"__GIGCHECK_FILES__\"" "\"./\",${list_json}" worker "${worker}")
string(REPLACE ",]" "]" worker "${worker}")
file(WRITE ${SITE}/sw.js "${worker}")

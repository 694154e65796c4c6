# The front end: web/src/ (Preact components in JSX) is bundled by esbuild into one script per
# area, which embed.cmake compiles into the binary. web/package.json and its package-lock.json
# pin the npm packages; `npm ci` installs them into this build tree (not the source tree, so
# several build trees never race), once per lockfile change and offline from npm's cache after
# the first time. esbuild runs again whenever a file under web/src/ changes, so `cmake --build`
# stays the one build step.
find_program(NPM_EXECUTABLE npm)
find_program(NODE_EXECUTABLE node)
if(NOT NPM_EXECUTABLE OR NOT NODE_EXECUTABLE)
  message(FATAL_ERROR "the web front end needs Node.js and npm: run scripts/install-deps.sh "
                      "(or apt-get install nodejs npm)")
endif()

set(WEB_NPM_DIR ${CMAKE_BINARY_DIR}/web-npm)
set(WEB_NPM_STAMP ${WEB_NPM_DIR}/node_modules/.package-lock.json)
set(WEB_BUNDLE_DIR ${CMAKE_BINARY_DIR}/web-bundle)
# One entry point per area of the site; each becomes web/static/app/<name>.js.
set(WEB_ENTRIES portal console dashboard)

add_custom_command(
  OUTPUT ${WEB_NPM_STAMP}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${WEB_NPM_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/web/package.json
          ${CMAKE_SOURCE_DIR}/web/package-lock.json ${WEB_NPM_DIR}/
  COMMAND ${NPM_EXECUTABLE} ci --prefix ${WEB_NPM_DIR} --no-audit --no-fund --prefer-offline
          --loglevel=error
  COMMAND ${CMAKE_COMMAND} -E touch ${WEB_NPM_STAMP}
  DEPENDS ${CMAKE_SOURCE_DIR}/web/package.json ${CMAKE_SOURCE_DIR}/web/package-lock.json
  COMMENT "Installing the front end's npm packages (web/package-lock.json)"
  VERBATIM)

file(GLOB_RECURSE WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/src/*)
set(WEB_ENTRY_FILES)
set(WEB_BUNDLES)
foreach(entry ${WEB_ENTRIES})
  list(APPEND WEB_ENTRY_FILES ${CMAKE_SOURCE_DIR}/web/src/${entry}.jsx)
  list(APPEND WEB_BUNDLES ${WEB_BUNDLE_DIR}/${entry}.js)
endforeach()

# esbuild finds preact through NODE_PATH, since node_modules is not beside the sources.
# (bin/esbuild is either esbuild's own binary or its node launcher; both run as they are.)
add_custom_command(
  OUTPUT ${WEB_BUNDLES}
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${WEB_NPM_DIR}/node_modules
          ${WEB_NPM_DIR}/node_modules/esbuild/bin/esbuild ${WEB_ENTRY_FILES}
          --bundle --minify --format=esm --target=es2020 --charset=utf8 --jsx=automatic
          --jsx-import-source=preact --log-level=warning --outdir=${WEB_BUNDLE_DIR}
  DEPENDS ${WEB_SOURCES} ${WEB_NPM_STAMP}
  COMMENT "Bundling the front end (web/src) with esbuild"
  VERBATIM)

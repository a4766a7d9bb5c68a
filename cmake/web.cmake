# The web flavour: Dear ImGui + our WebGL2 renderer + the app, linked once into
# dagdeel.js + dagdeel.wasm; scripts/assemble-dist.mjs writes dist/: index.html
# serves the pair (cached by the service worker), the one-file planner.html
# inlines dagdeel.js and the wasm gzip-compressed (inflated by web/shell.js).

set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui-1.90.1)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run scripts/setup")
endif()

# --- Dear ImGui (no demo window; test-engine hooks let browser tests find widgets)
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_ENABLE_TEST_ENGINE
  IMGUI_DISABLE_DEFAULT_FONT)
# Font rasterising (stb_truetype) dominates start-up: optimise ImGui for
# speed even in a size-optimised build.
target_compile_options(imgui PRIVATE -w -O3)

# --- GLSL sources from shaders/, embedded as strings ------------------------------
file(GLOB DAGDEEL_SHADERS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.vert ${CMAKE_SOURCE_DIR}/shaders/*.frag)
set(DAGDEEL_SHADERS_CPP ${CMAKE_BINARY_DIR}/generated/shaders_embedded.cpp)
string(REPLACE ";" "|" DAGDEEL_SHADERS_ARG "${DAGDEEL_SHADERS}")  # a ; would split the command
add_custom_command(
  OUTPUT ${DAGDEEL_SHADERS_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${DAGDEEL_SHADERS_CPP} -DNAMESPACE=dagdeel::shaders
          "-DINPUTS=${DAGDEEL_SHADERS_ARG}" -P ${CMAKE_SOURCE_DIR}/cmake/embed_text.cmake
  DEPENDS ${DAGDEEL_SHADERS} ${CMAKE_SOURCE_DIR}/cmake/embed_text.cmake
  COMMENT "Embedding GLSL shaders"
  VERBATIM)

# --- Fonts from Debian, cut down to the glyphs the UI can show ------------------
# Inter (Latin incl. Dutch diacritics ë ï é ö ü ĳ, typographic quotes, €) and the
# Font Awesome icons listed in src/ui/icons.hpp. Subsetting keeps the transfer
# small; rasterising happens at run time for the device pixel ratio. ImGui
# 1.90 neither kerns nor shapes and stb_truetype ignores hinting, so the
# layout tables (GPOS kerning, GSUB ligatures) and hints are dropped: 9 KB
# gzip less with the same pixels (BENCHMARKS.md, issue 14).
set(DAGDEEL_SUBSET_DROP --layout-features= --no-hinting --drop-tables+=GDEF,GPOS,GSUB,kern)
set(DAGDEEL_FONT_DIR ${CMAKE_BINARY_DIR}/fonts)
set(DAGDEEL_LATIN_RANGES "U+0020-007E,U+00A0-017F,U+0192,U+02C6-02DC,U+0300-0308,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2193,U+2212,U+2264-2265")
file(READ ${CMAKE_SOURCE_DIR}/src/ui/icons.hpp DAGDEEL_ICONS_HPP)
string(REGEX MATCHALL "U\\+F[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]" DAGDEEL_ICON_CODES "${DAGDEEL_ICONS_HPP}")
list(REMOVE_DUPLICATES DAGDEEL_ICON_CODES)
string(REPLACE ";" "," DAGDEEL_ICON_CODES "${DAGDEEL_ICON_CODES}")
set(DAGDEEL_FONTS ${DAGDEEL_FONT_DIR}/ui-regular.ttf ${DAGDEEL_FONT_DIR}/ui-semibold.ttf ${DAGDEEL_FONT_DIR}/icons.ttf)
set(DAGDEEL_FONT_WORK ${CMAKE_BINARY_DIR}/fonts-work)
add_custom_command(
  OUTPUT ${DAGDEEL_FONTS}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${DAGDEEL_FONT_DIR} ${DAGDEEL_FONT_WORK}
  COMMAND /usr/bin/python3 -m fontTools.subset /usr/share/fonts/opentype/inter/Inter-Regular.otf --unicodes=${DAGDEEL_LATIN_RANGES}
          ${DAGDEEL_SUBSET_DROP} --output-file=${DAGDEEL_FONT_WORK}/ui-regular.otf
  COMMAND /usr/bin/python3 -m fontTools.subset /usr/share/fonts/opentype/inter/Inter-SemiBold.otf --unicodes=${DAGDEEL_LATIN_RANGES}
          ${DAGDEEL_SUBSET_DROP} --output-file=${DAGDEEL_FONT_WORK}/ui-semibold.otf
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/otf2ttf.py ${DAGDEEL_FONT_WORK}/ui-regular.otf ${DAGDEEL_FONT_DIR}/ui-regular.ttf
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/otf2ttf.py ${DAGDEEL_FONT_WORK}/ui-semibold.otf ${DAGDEEL_FONT_DIR}/ui-semibold.ttf
  COMMAND /usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf
          --unicodes=${DAGDEEL_ICON_CODES} ${DAGDEEL_SUBSET_DROP} --output-file=${DAGDEEL_FONT_DIR}/icons.ttf
  DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/icons.hpp ${CMAKE_SOURCE_DIR}/scripts/otf2ttf.py ${CMAKE_SOURCE_DIR}/cmake/web.cmake
  COMMENT "Subsetting Inter and Font Awesome"
  VERBATIM)
add_custom_target(dagdeel_fonts DEPENDS ${DAGDEEL_FONTS})

# The subset fonts as byte arrays in the wasm (ImGui's AddFontFromMemoryTTF),
# not files: the app then links without Emscripten's file system
# (-sFILESYSTEM=0 below; the glue is 11 KB gzip smaller, BENCHMARKS.md).
set(DAGDEEL_FONTS_CPP ${CMAKE_BINARY_DIR}/generated/fonts_embedded.cpp)
string(REPLACE ";" "|" DAGDEEL_FONTS_ARG "${DAGDEEL_FONTS}")
add_custom_command(
  OUTPUT ${DAGDEEL_FONTS_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${DAGDEEL_FONTS_CPP} -DNAMESPACE=dagdeel::fonts
          "-DINPUTS=${DAGDEEL_FONTS_ARG}" -P ${CMAKE_SOURCE_DIR}/cmake/embed_binary.cmake
  DEPENDS ${DAGDEEL_FONTS} ${CMAKE_SOURCE_DIR}/cmake/embed_binary.cmake
  COMMENT "Embedding the subset fonts"
  VERBATIM)

# --- the app ---------------------------------------------------------------------
file(GLOB DAGDEEL_APP_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/ui/*.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/web*.cpp
  ${CMAKE_SOURCE_DIR}/src/app/*.cpp)
add_library(dagdeel_app_objects OBJECT ${DAGDEEL_APP_SOURCES} ${DAGDEEL_SHADERS_CPP} ${DAGDEEL_FONTS_CPP})
target_link_libraries(dagdeel_app_objects PUBLIC dagdeel_core imgui)
# scripts/build-web compiles the app in batches like the core (a cold web
# build is on the test command's critical path, BENCHMARKS.md "The test loop").
# The embedded fonts are byte arrays with nothing to share: they stay alone.
if(DAGDEEL_UNITY_BUILD)
  set_target_properties(dagdeel_app_objects PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  set_source_files_properties(${DAGDEEL_FONTS_CPP} ${DAGDEEL_SHADERS_CPP} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endif()

# Browser glue is JavaScript in web/lib/: every web/lib/*.js is an Emscripten
# --js-library (mergeInto(LibraryManager.library, {...})), so adding a feature's
# glue is adding a file there. Their functions are called from C++ as extern "C".
file(GLOB DAGDEEL_JS_LIBRARIES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/lib/*.js)
set(DAGDEEL_JS_LIBRARY_FLAGS)
foreach(lib ${DAGDEEL_JS_LIBRARIES})
  list(APPEND DAGDEEL_JS_LIBRARY_FLAGS "SHELL:--js-library ${lib}")
endforeach()

set(DAGDEEL_WEB_LINK_FLAGS
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -sTOTAL_STACK=1048576
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']"
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  -sFILESYSTEM=0
  ${DAGDEEL_JS_LIBRARY_FLAGS})

# Browser glue in real .js files: every web/lib/*.js is an Emscripten
# --js-library (mergeInto(LibraryManager.library, {...})) whose named
# functions C++ declares extern "C" in src/platform/web_*.cpp.
file(GLOB DAGDEEL_JS_LIBRARIES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/lib/*.js)
foreach(lib ${DAGDEEL_JS_LIBRARIES})
  list(APPEND DAGDEEL_WEB_LINK_FLAGS "SHELL:--js-library ${lib}")
endforeach()

add_executable(dagdeel $<TARGET_OBJECTS:dagdeel_app_objects>)
target_link_libraries(dagdeel PRIVATE dagdeel_core imgui)
target_link_options(dagdeel PRIVATE ${DAGDEEL_WEB_LINK_FLAGS})
add_dependencies(dagdeel dagdeel_fonts)
set_target_properties(dagdeel PROPERTIES SUFFIX ".js" LINK_DEPENDS "${DAGDEEL_JS_LIBRARIES}")

# --- dist/: pages, service worker, manifest, icons, planner.html -----------------
file(GLOB_RECURSE DAGDEEL_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
set(DAGDEEL_DIST_DIR ${CMAKE_SOURCE_DIR}/dist CACHE PATH "Where the web app is assembled")
add_custom_target(dist ALL
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/assemble-dist.mjs ${CMAKE_BINARY_DIR} ${DAGDEEL_DIST_DIR}
  DEPENDS dagdeel ${DAGDEEL_WEB_FILES} ${CMAKE_SOURCE_DIR}/scripts/assemble-dist.mjs
  COMMENT "Assembling dist/")

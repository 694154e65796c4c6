# One static library per module of src/, named motcua_<module>.
#
# A module's public headers live in include/motcua/<module>/. Instead of handing every target
# the whole include/ tree, each module gets a root of its own under the build directory,
# layers/<module>/motcua/<module> -> include/motcua/<module>, and exports only that root. A
# module therefore finds "motcua/x/..." only for the x it links (its USES, and what those
# export in turn), and an include across an edge src/README.md does not allow is a compile
# error, not a review comment.

# Warnings every target of ours builds with. GCC 12 reports false -Wrestrict /
# -Wstringop-overflow / -Warray-bounds on std::string at -O3 (GCC bug 105329), so those stay off.
add_library(motcua_warnings INTERFACE)
if(MOTCUA_FUZZ)
  # The fuzzing build is clang's, which knows other warnings; the GCC build is the one that
  # turns them into errors.
  target_compile_options(motcua_warnings INTERFACE -Wall -Wextra -Wno-missing-field-initializers)
else()
  target_compile_options(motcua_warnings INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Werror
    -Wno-missing-field-initializers -Wno-restrict -Wno-stringop-overflow -Wno-array-bounds>)
endif()

set(MOTCUA_LAYER_ROOT ${CMAKE_BINARY_DIR}/layers)

# motcua_module(<name> [USES module...] [EXTERNAL target...] [EXTRA source...] [EXCLUDE regex])
function(motcua_module name)
  cmake_parse_arguments(PARSE_ARGV 1 M "" "EXCLUDE" "USES;EXTERNAL;EXTRA")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cpp)
  if(M_EXCLUDE)
    list(FILTER sources EXCLUDE REGEX "${M_EXCLUDE}")
  endif()
  set(target motcua_${name})
  add_library(${target} STATIC ${sources} ${M_EXTRA})

  set(root ${MOTCUA_LAYER_ROOT}/${name})
  if(EXISTS ${CMAKE_SOURCE_DIR}/include/motcua/${name})
    file(MAKE_DIRECTORY ${root}/motcua)
    file(CREATE_LINK ${CMAKE_SOURCE_DIR}/include/motcua/${name} ${root}/motcua/${name} SYMBOLIC)
  else()
    file(MAKE_DIRECTORY ${root})
  endif()
  # Private headers sit beside the sources and are included by bare name.
  target_include_directories(${target} PUBLIC ${root} PRIVATE ${CMAKE_SOURCE_DIR}/src/${name})

  set(uses)
  foreach(module ${M_USES})
    list(APPEND uses motcua_${module})
  endforeach()
  target_link_libraries(${target} PUBLIC ${uses} ${M_EXTERNAL} PRIVATE motcua_warnings)
  # Unity batches: a module's files share one parse of the standard library, nlohmann/json and
  # httplib, which takes about half off a fresh machine's build. Names in a module's anonymous
  # namespaces must therefore differ from file to file.
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  set_property(GLOBAL APPEND PROPERTY MOTCUA_MODULES ${name})
  set_property(GLOBAL PROPERTY MOTCUA_USES_${name} ${M_USES})
endfunction()

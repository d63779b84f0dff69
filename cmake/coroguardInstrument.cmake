# coroguard_instrument(<target>): builds <target> with coroguard's coroutine sanitizer
# (docs/sanitizer.md), as coroguard-clang++ does: every coroutine of its sources goes through
# the instrumentation pass, and an executable links the run-time library, whose reports are the
# debug mode's. Needs clang of the LLVM the pass was built against (a pass plugin is tied to
# one LLVM); GCC has no plugin point for it. A library is compiled instrumented only: the
# executable that loads it brings the run-time library (one registry per process).
#
# Reads COROGUARD_INSTRUMENT_PLUGIN and COROGUARD_INSTRUMENT_LLVM_VERSION (the package sets
# them) and links coroguard::sanitizer.
function(coroguard_instrument target)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "coroguard_instrument(${target}): the coroutine sanitizer is an LLVM pass plugin: build "
                        "with clang++-${COROGUARD_INSTRUMENT_LLVM_VERSION} (the compiler is ${CMAKE_CXX_COMPILER_ID}; "
                        "GCC has no plugin point for it)")
  endif()
  string(REGEX MATCH "^[0-9]+" major "${CMAKE_CXX_COMPILER_VERSION}")
  if(NOT major STREQUAL COROGUARD_INSTRUMENT_LLVM_VERSION)
    message(FATAL_ERROR "coroguard_instrument(${target}): the instrumentation pass was built for LLVM "
                        "${COROGUARD_INSTRUMENT_LLVM_VERSION} and this clang is ${CMAKE_CXX_COMPILER_VERSION}: build "
                        "with clang++-${COROGUARD_INSTRUMENT_LLVM_VERSION}")
  endif()
  # Line tables name the suspension points (unless the build has full debug info already);
  # frame pointers give the creation stacks.
  target_compile_options(${target} PRIVATE "-fpass-plugin=${COROGUARD_INSTRUMENT_PLUGIN}" -fno-omit-frame-pointer
                                           "$<$<NOT:$<CONFIG:Debug,RelWithDebInfo>>:-gline-tables-only>")
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE")
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,coroguard::sanitizer>")
  endif()
endfunction()

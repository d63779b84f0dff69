# `cmake --install`: headers, the two runtime libraries and a CMake package for them, the
# clang-tidy plugin and the tools, the debugger scripts; `cpack -G DEB` packs the same tree.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(COROGUARD_DATA_DIR ${CMAKE_INSTALL_DATADIR}/coroguard)
set(COROGUARD_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/coroguard)

set_target_properties(coroguard_runtime PROPERTIES EXPORT_NAME runtime)
set_target_properties(coroguard_runtime_debug PROPERTIES EXPORT_NAME runtime_debug)
set_target_properties(coroguard_sanitizer PROPERTIES EXPORT_NAME sanitizer)
install(TARGETS coroguard_runtime coroguard_runtime_debug coroguard_sanitizer EXPORT coroguardTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT coroguardTargets NAMESPACE coroguard:: DESTINATION ${COROGUARD_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/coroguardConfig.cmake.in
  ${PROJECT_BINARY_DIR}/coroguardConfig.cmake INSTALL_DESTINATION ${COROGUARD_CMAKE_DIR}
  PATH_VARS COROGUARD_DATA_DIR CMAKE_INSTALL_LIBDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/coroguardConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/coroguardConfig.cmake ${PROJECT_BINARY_DIR}/coroguardConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/coroguardInstrument.cmake DESTINATION ${COROGUARD_CMAKE_DIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/debugger/ DESTINATION ${COROGUARD_DATA_DIR}/debugger
  PATTERN __pycache__ EXCLUDE PATTERN CMakeLists.txt EXCLUDE)

# The `coroguard` command: its Python package, and a launcher that finds everything relative
# to itself (the tree can be installed under any prefix).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/tools/coroguard_cli DESTINATION ${COROGUARD_DATA_DIR}/tools
  PATTERN __pycache__ EXCLUDE)
# `coroguard explain` and `list-checks` read the checks' doc pages.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/checks/ DESTINATION ${COROGUARD_DATA_DIR}/docs/checks)
configure_file(${PROJECT_SOURCE_DIR}/tools/coroguard_installed.py.in ${PROJECT_BINARY_DIR}/install/coroguard @ONLY)
install(PROGRAMS ${PROJECT_BINARY_DIR}/install/coroguard DESTINATION ${CMAKE_INSTALL_BINDIR})
if(COROGUARD_BUILD_CHECKS)
  install(TARGETS coroguard-tidy coroguard-clangd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(TARGETS coroguard_tidy_plugin LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()
if(COROGUARD_BUILD_SANITIZER)
  # The coroutine sanitizer: its pass, its run-time library (coroguard::sanitizer, with
  # coroguard_instrument() in the package) and the coroguard-clang++ / coroguard-clang wrappers.
  install(TARGETS coroguard_instrument LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
  install(PROGRAMS ${PROJECT_BINARY_DIR}/install/coroguard-clang++ ${PROJECT_BINARY_DIR}/install/coroguard-clang
    DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(CPACK_PACKAGE_NAME coroguard)
set(CPACK_PACKAGE_VENDOR coroguard)
set(CPACK_PACKAGE_CONTACT "coroguard developers <dev@coroguard.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Finds the bugs of C++20 coroutine code: clang-tidy checks, a debug runtime, debugger commands")
set(CPACK_PACKAGE_FILE_NAME coroguard-${PROJECT_VERSION})
# What the headers and the CLI need; the libraries the tools link are added by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libboost1.81-dev, nlohmann-json3-dev, python3")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
include(CPack)

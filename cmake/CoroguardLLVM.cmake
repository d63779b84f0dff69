# Finds Debian's LLVM/Clang COROGUARD_LLVM_VERSION for the checks (the imported targets are
# used by checks/ and tools/, so this runs at the top level).
set(COROGUARD_LLVM_ROOT /usr/lib/llvm-${COROGUARD_LLVM_VERSION})
find_package(LLVM REQUIRED CONFIG PATHS ${COROGUARD_LLVM_ROOT}/lib/cmake/llvm NO_DEFAULT_PATH)
if(NOT LLVM_VERSION_MAJOR STREQUAL COROGUARD_LLVM_VERSION)
  message(FATAL_ERROR "COROGUARD_LLVM_VERSION=${COROGUARD_LLVM_VERSION} but found LLVM ${LLVM_PACKAGE_VERSION}; "
                      "run scripts/bootstrap --llvm${COROGUARD_LLVM_VERSION}")
endif()
# Newer Clang packages name gRPC's and protobuf's imported targets in clangd's link interface.
# Debian's gRPC CMake package insists on grpc_cpp_plugin, which nothing here needs, so the two
# targets are declared over the plain libraries bootstrap installs.
foreach(target_and_libs IN ITEMS "gRPC::grpc++|grpc++;grpc;gpr;absl_synchronization" "protobuf::libprotobuf|protobuf")
  string(REPLACE "|" ";" parts "${target_and_libs}")
  list(POP_FRONT parts target)
  if(NOT TARGET ${target})
    add_library(${target} INTERFACE IMPORTED)
    set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${parts}")
  endif()
endforeach()
find_package(Clang REQUIRED CONFIG PATHS ${COROGUARD_LLVM_ROOT}/lib/cmake/clang NO_DEFAULT_PATH)
message(STATUS "coroguard checks: LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")
set(COROGUARD_LLVM_BINARY_DIR ${LLVM_TOOLS_BINARY_DIR} CACHE INTERNAL "")


#include "host_llvm.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

namespace clang::tidy::coroguard {

void refuseForeignLLVMHost() {
  // The C API's version query, looked up in the global scope: the executable and the libraries
  // it was started with come first, so this is the host's LLVM even when the plugin dragged in
  // its own. A host that exports none (a static build) cannot be checked and is trusted.
  using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
  auto *HostVersion = reinterpret_cast<GetVersion>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!HostVersion)
    return;
  unsigned Major = 0, Minor = 0, Patch = 0;
  HostVersion(&Major, &Minor, &Patch);
  if (Major == LLVM_VERSION_MAJOR)
    return;
  std::fprintf(stderr,
               "coroguard: error: this coroguard plugin was built for LLVM %d but is loaded by an "
               "LLVM %u.%u.%u clang-tidy; use clang-tidy-%d, or build coroguard with "
               "-DCOROGUARD_LLVM_VERSION=%u\n",
               LLVM_VERSION_MAJOR, Major, Minor, Patch, LLVM_VERSION_MAJOR, Major);
  // Not exit(): the host's and the plugin's LLVM static destructors would run against each other.
  std::fflush(stderr);
  _exit(2);
}

} // namespace clang::tidy::coroguard

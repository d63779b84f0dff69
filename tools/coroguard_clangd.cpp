// coroguard-clangd: Debian's clangd (libclangdMain.a) with the coroguard clang-tidy module
// linked in, because clangd cannot load clang-tidy plugins.
//
// Three things make it work without per-project configuration:
//  - clangd enables its own default checks when a project configures none; ours are added
//    either way, and a project's .clang-tidy can still turn each of them off or on;
//  - clangd runs only clang-tidy checks it has measured as fast (FastCheckFilter: Strict is the
//    default) and our checks are not in its table, so the link wraps clangd's isFastTidyCheck
//    and answers for coroguard-* from our own measurement (bench/checks: each check adds a few
//    percent to the parse);
//  - clangd looks for the compiler's builtin headers next to its own binary, so unless the
//    caller says otherwise it is pointed at the resource directory of the LLVM it was built with.
#include <optional>
#include <string>
#include <vector>
#include "check_selection.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

namespace clang::tidy {
extern volatile int CoroguardModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED CoroguardModuleAnchorDestination = CoroguardModuleAnchorSource;
}  // namespace clang::tidy

namespace clang::clangd {
// Declared in clangd's tool/ClangdMain.h, which Debian does not install.
int clangdMain(int argc, char* argv[]);
}  // namespace clang::clangd

// The linker's --wrap names are reserved identifiers by necessity.
// NOLINTBEGIN(bugprone-reserved-identifier)
// -Wl,--wrap=<isFastTidyCheck> routes clangd's calls here; __real_ is clangd's own table.
extern "C" std::optional<bool> __real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE(llvm::StringRef);
extern "C" std::optional<bool> __wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE(llvm::StringRef Check) {
  if (Check.starts_with("coroguard-")) return true;
  return __real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE(Check);
}

// The project's checks (clangd's defaults when it has none) with ours: check_selection.h.
static void addCoroguardChecks(clang::tidy::ClangTidyOptions& Opts) {
  Opts.Checks = coroguard::withCoroguardChecks(Opts.Checks.value_or(""), COROGUARD_DEFAULT_CHECKS);
}

// -Wl,--wrap=<provideDefaultChecks>: clangd's default-checks provider, then ours. Its return
// type changed from a function_ref to a unique_function after LLVM 19.
#if LLVM_VERSION_MAJOR == 19
using TidyProvider = llvm::function_ref<void(clang::tidy::ClangTidyOptions&, llvm::StringRef)>;
#elif LLVM_VERSION_MAJOR >= 22
using TidyProvider = llvm::unique_function<void(clang::tidy::ClangTidyOptions&, llvm::StringRef) const>;
#else
#error "coroguard-clangd supports LLVM 19 and 22+: check clangd's provideDefaultChecks() signature"
#endif
extern "C" TidyProvider __real__ZN5clang6clangd20provideDefaultChecksEv();
extern "C" TidyProvider __wrap__ZN5clang6clangd20provideDefaultChecksEv() {
  static constexpr auto WithCoroguardChecks = [](clang::tidy::ClangTidyOptions& Opts, llvm::StringRef File) {
    static const TidyProvider ClangdDefaults = __real__ZN5clang6clangd20provideDefaultChecksEv();
    ClangdDefaults(Opts, File);
    addCoroguardChecks(Opts);
  };
  return WithCoroguardChecks;
}
// NOLINTEND(bugprone-reserved-identifier)

int main(int argc, char* argv[]) {
  std::vector<char*> Args(argv, argv + argc);
  bool HasResourceDir = false;
  for (llvm::StringRef Arg : llvm::ArrayRef(argv, argc))
    HasResourceDir |= Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir");
  std::string ResourceDir = "--resource-dir=" COROGUARD_CLANG_RESOURCE_DIR;
  if (!HasResourceDir) Args.insert(Args.begin() + 1, ResourceDir.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1, Args.data());
}

// The coroguard clang-tidy module: registers every coroguard-* check.
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "unawaited_task_check.h"

namespace clang::tidy::coroguard {

class CoroguardModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<UnawaitedTaskCheck>("coroguard-unawaited-task");
  }
};

} // namespace clang::tidy::coroguard

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<coroguard::CoroguardModule>
    X("coroguard-module", "Checks for the pitfalls of C++20 coroutine code.");

// Referenced by coroguard-tidy so the static linker keeps this module.
volatile int CoroguardModuleAnchorSource = 0;

} // namespace clang::tidy

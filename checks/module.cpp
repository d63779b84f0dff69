// The coroguard clang-tidy module: registers every coroguard-* check.
#include "blocking_call_check.h"
#include "capturing_lambda_coroutine_check.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // since 22 the registry is declared in ClangTidyModule.h
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif
#include "co_await_aggregate_temporary_check.h"
#include "dangling_argument_check.h"
#include "detached_task_check.h"
#include "host_llvm.h"
#include "large_frame_check.h"
#include "lock_across_suspend_check.h"
#include "nested_event_loop_check.h"
#include "sequential_await_check.h"
#include "swallowed_cancellation_check.h"
#include "task_never_awaited_check.h"
#include "unawaited_task_check.h"
#include "unbounded_spawn_check.h"

namespace clang::tidy::coroguard {

class CoroguardModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallCheck>("coroguard-blocking-call");
    Factories.registerCheck<CapturingLambdaCoroutineCheck>("coroguard-capturing-lambda-coroutine");
    Factories.registerCheck<CoAwaitAggregateTemporaryCheck>("coroguard-co-await-aggregate-temporary");
    Factories.registerCheck<DanglingArgumentCheck>("coroguard-dangling-argument");
    Factories.registerCheck<DetachedTaskCheck>("coroguard-detached-task");
    Factories.registerCheck<LargeFrameCheck>("coroguard-large-frame");
    Factories.registerCheck<LockAcrossSuspendCheck>("coroguard-lock-across-suspend");
    Factories.registerCheck<NestedEventLoopCheck>("coroguard-nested-event-loop");
    Factories.registerCheck<SequentialAwaitCheck>("coroguard-sequential-await");
    Factories.registerCheck<SwallowedCancellationCheck>("coroguard-swallowed-cancellation");
    Factories.registerCheck<TaskNeverAwaitedCheck>("coroguard-task-never-awaited");
    Factories.registerCheck<UnawaitedTaskCheck>("coroguard-unawaited-task");
    Factories.registerCheck<UnboundedSpawnCheck>("coroguard-unbounded-spawn");
  }
};

} // namespace clang::tidy::coroguard

namespace clang::tidy {

// Registers the module once the host is known to be the LLVM it was built for.
static bool registerModule() {
  coroguard::refuseForeignLLVMHost();
  static ClangTidyModuleRegistry::Add<coroguard::CoroguardModule> Module(
      "coroguard-module", "Checks for the pitfalls of C++20 coroutine code.");
  return true;
}
static const bool Registered = registerModule();

// Referenced by coroguard-tidy so the static linker keeps this module.
volatile int CoroguardModuleAnchorSource = 0;

} // namespace clang::tidy

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a call that runs an event loop (run, sync_wait, blockingWait, io_context::run…) inside a
// coroutine body: the loop the coroutine runs on stalls until it returns, and deadlocks when the
// inner work needs the outer loop. See docs/checks/nested-event-loop.md.
class NestedEventLoopCheck : public CoroguardCheck {
public:
  NestedEventLoopCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const utils::FateLists Fates; // run functions (listed or by shape) run a loop on the calling thread
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a thread lock held at a suspension point of a coroutine: a lock guard whose scope
// spans a co_await (unless an unconditional unlock() comes first), a temporary guard in a
// full-expression that suspends, and a manual m.lock() with a co_await before m.unlock().
// See docs/checks/lock-across-suspend.md.
class LockAcrossSuspendCheck : public CoroguardCheck {
public:
  LockAcrossSuspendCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const utils::NameList LockGuardTypes; // RAII guards of thread locks
  const utils::NameList MutexTypes;     // thread lockables locked by hand
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a range-for loop in a coroutine that awaits, one element at a time, a task made from
// the element: the tasks are independent, so awaiting them in turn gives up their overlap.
// Opt-in (not in `coroguard lint`'s default set). See docs/checks/sequential-await.md.
class SequentialAwaitCheck : public CoroguardCheck {
public:
  SequentialAwaitCheck(StringRef Name, ClangTidyContext *Context) : CoroguardCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a task value that is discarded (expression statement, `(void)` cast, `std::ignore =`):
// a lazy task never runs, an eager one loses its result and its exception.
// See docs/checks/unawaited-task.md.
class UnawaitedTaskCheck : public CoroguardCheck {
public:
  UnawaitedTaskCheck(StringRef Name, ClangTidyContext *Context) : CoroguardCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a local task that some path through the function neither awaits, moves, returns nor
// passes on: on that path it is destroyed without having run (flow-sensitive, on the CFG).
// See docs/checks/task-never-awaited.md.
class TaskNeverAwaitedCheck : public CoroguardCheck {
public:
  TaskNeverAwaitedCheck(StringRef Name, ClangTidyContext *Context) : CoroguardCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::coroguard {

// Flags a task value that is discarded (expression statement, `(void)` cast, `std::ignore =`,
// an arm of a conditional, a comma's operand): a lazy task never runs, an eager one loses its
// result and its exception; in a coroutine, also a discarded awaitable (`resume_on(pool);`).
// See docs/checks/unawaited-task.md.
class UnawaitedTaskCheck : public CoroguardCheck {
public:
  UnawaitedTaskCheck(StringRef Name, ClangTidyContext *Context) : CoroguardCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { ThrowAssertionLambdas.clear(); }

private:
  // Lambdas handed to an assertion that they throw (`assert_throws<E>([] { make(bad); })`):
  // the task they make is not meant to exist.
  llvm::SmallPtrSet<const CXXMethodDecl *, 4> ThrowAssertionLambdas;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a lambda or an aggregate with a destructor built in a full-expression that suspends
// (co_await, co_yield): GCC 12 destroys it twice, a double free of its captures or members.
// Offers to name a temporary in a statement of its own.
// See docs/checks/co-await-aggregate-temporary.md.
class CoAwaitAggregateTemporaryCheck : public CoroguardCheck {
public:
  CoAwaitAggregateTemporaryCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkFullExpression(const Expr &Full, const Stmt *Statement, const Stmt &Body,
                           const ast_matchers::MatchFinder::MatchResult &Result);

  const bool IncludeAggregates; // aggregates as well as lambdas (`q.put({name, text})`)
};

} // namespace clang::tidy::coroguard

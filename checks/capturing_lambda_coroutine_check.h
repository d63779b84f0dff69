#pragma once

#include "coroguard_check.h"
#include "utils/body.h"

namespace clang::tidy::coroguard {

// Flags a capturing lambda coroutine called on a temporary lambda whose task outlives the
// statement (stored, spawned, returned): the captures live in the lambda object, which is gone
// when the task runs. Awaited on the spot, or run to completion by run/sync_wait, is fine. Also
// a capturing lambda coroutine handed to a function that calls it and destroys it while its
// task may still run (DeferringFunctions: seastar's then/with_gate, Asio's post, QTimer::singleShot).
// See docs/checks/capturing-lambda-coroutine.md.
class CapturingLambdaCoroutineCheck : public CoroguardCheck {
public:
  CapturingLambdaCoroutineCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkCall(const CXXOperatorCallExpr &Call, const LambdaExpr &Lambda, utils::Ancestors Parents);
  void checkDeferred(const CallExpr &Call);

  const utils::FateLists Fates;             // run and spawn functions: whether the task outlives the statement
  const utils::NameList DeferringFunctions; // call a callable, then destroy it before its task ends
};

} // namespace clang::tidy::coroguard

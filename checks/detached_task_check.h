#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags fire-and-forget tasks whose failure nobody can ever see: a discarded spawn handle,
// `co_spawn(…, detached)`, a task detached by a fire-and-forget API (`.detach()`), a completion
// handler or callback that ignores the outcome it is given (exception_ptr, Try).
// See docs/checks/detached-task.md.
class DetachedTaskCheck : public CoroguardCheck {
public:
  DetachedTaskCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // co_spawn(…, token): a detached token, or a handler that ignores the exception.
  void checkCompletion(const CallExpr &Spawn);
  // `task.detach()`, `spawn_detached(task)`, `task.start([](auto&&) {})`.
  void checkFireAndForget(const CallExpr &Call);
  bool discardsHandle(const CallExpr &Call) const;

  const utils::FateLists Fates;                 // Spawn: return the only handle to the outcome;
                                                // CompletionSpawn: report it to a token
  const utils::NameList DetachedTokens;         // tokens that drop the outcome
  const utils::NameList FireAndForgetFunctions; // detach the task they are given or called on
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags fire-and-forget tasks whose failure nobody can ever see: a discarded spawn handle,
// `co_spawn(…, detached)`, a completion handler that ignores its exception_ptr.
// See docs/checks/detached-task.md.
class DetachedTaskCheck : public CoroguardCheck {
public:
  DetachedTaskCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // co_spawn(…, token): a detached token, or a handler that ignores the exception.
  void checkCompletion(const CallExpr &Spawn);

  const utils::NameList SpawnFunctions;           // return the only handle to the outcome
  const utils::NameList CompletionSpawnFunctions; // report the outcome to a completion token
  const utils::NameList DetachedTokens;           // tokens that drop the outcome
};

} // namespace clang::tidy::coroguard

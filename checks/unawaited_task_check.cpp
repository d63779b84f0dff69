#include "unawaited_task_check.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/discarded.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  // Whether the type is a task is decided in check(): it needs the class's members.
  utils::addDiscardedCallMatchers(*Finder, this, callExpr());
}

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!tasks().isTask(Call->getType()))
    return;

  const SourceLocation Begin = utils::callBeginLoc(*Call);
  auto Diag = diag(Begin, "task returned by '%0' is never awaited; it will not run")
              << utils::calleeName(*Call) << Call->getSourceRange();

  // Inside a coroutine the intended code is almost always `co_await f();`.
  const bool Explicit = Result.Nodes.getNodeAs<Expr>("discard") != nullptr;
  const FunctionDecl *Function = utils::enclosingFunction(*Call, *Result.Context);
  if (!Explicit && Function && utils::isCoroutine(*Function) && !Begin.isMacroID())
    Diag << FixItHint::CreateInsertion(Begin, "co_await ");
}

} // namespace clang::tidy::coroguard

#include "unawaited_task_check.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/discarded.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(stmt()), this);
}

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const auto *Body = Result.Nodes.getNodeAs<Stmt>("body");
  // Inside a coroutine the intended code is almost always `co_await f();`.
  const bool InCoroutine = utils::isCoroutine(*Function);
  utils::forEachStmtWithAncestors(Body, [&](const Stmt &S, utils::Ancestors Parents) {
    const utils::DiscardedCall Discarded = utils::discardedCall(S, Parents);
    // A call that returns a reference (`tasks.emplace_back(work())`) discards nothing: the task
    // lives on where the reference points.
    if (!Discarded.Call || Discarded.Call->isGLValue() || !tasks().isTask(Discarded.Call->getType()))
      return;
    const SourceLocation Begin = utils::callBeginLoc(*Discarded.Call);
    auto Diag = diag(Begin, "task returned by '%0' is never awaited; it will not run")
                << utils::calleeName(*Discarded.Call) << Discarded.Call->getSourceRange();
    if (InCoroutine && !Discarded.Explicit && !Begin.isMacroID())
      Diag << FixItHint::CreateInsertion(Begin, "co_await ");
  });
}

} // namespace clang::tidy::coroguard

#include "unbounded_spawn_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

UnboundedSpawnCheck::UnboundedSpawnCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), Spawners(fateListsOption()),
      LimitTypes(listOption("LimitTypes", "::coroguard::semaphore;::coroguard::task_group;"
                                          "::std::counting_semaphore;::cppcoro::async_semaphore;"
                                          "::folly::fibers::Semaphore;::coro::semaphore")) {}

void UnboundedSpawnCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

void UnboundedSpawnCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtInBody(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S) {
    const auto *Loop = dyn_cast<CXXForRangeStmt>(&S);
    if (!Loop)
      return;
    const CallExpr *Spawn = nullptr;
    bool Bounded = false;
    utils::forEachStmtInBody(Loop->getBody(), [&](const Stmt &Inner) {
      // An iteration that suspends (on a semaphore, a queue, the previous task) paces the loop.
      if (utils::isSuspensionPoint(Inner))
        Bounded = true;
      if (const auto *E = dyn_cast<Expr>(&Inner))
        if (const auto *R = utils::recordOf(E->getType()); R && LimitTypes.matches(*R))
          Bounded = true;
      if (const auto *Call = dyn_cast<CallExpr>(&Inner); Call && !Spawn)
        if (const FunctionDecl *F = Call->getDirectCallee(); F && Spawners.spawns(*F))
          Spawn = Call;
    });
    if (!Spawn || Bounded)
      return;
    diag(utils::callBeginLoc(*Spawn), "'%0' starts one task per element of the range and nothing "
                                      "limits how many run at once; bound them with a semaphore")
        << utils::calleeName(*Spawn);
    diag(Loop->getRangeInit()->getBeginLoc(), "the range", DiagnosticIDs::Note);
  });
}

} // namespace clang::tidy::coroguard

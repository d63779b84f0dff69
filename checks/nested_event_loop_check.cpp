#include "nested_event_loop_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/matchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

NestedEventLoopCheck::NestedEventLoopCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), Fates(fateListsOption()) {}

void NestedEventLoopCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Coroutines); }

void NestedEventLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    const auto *Call = dyn_cast<CallExpr>(&S);
    const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
    if (!F || !Fates.runs(*Call, tasks()))
      return;
    diag(utils::callBeginLoc(*Call), "'%0' runs an event loop inside coroutine '%1': the loop "
                                     "running '%1' stalls until it returns, or deadlocks")
        << utils::functionName(*F) << utils::functionName(*Coroutine) << Call->getSourceRange();
  });
}

} // namespace clang::tidy::coroguard

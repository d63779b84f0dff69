#include "sequential_await_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void SequentialAwaitCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Coroutines); }

namespace {

bool mentions(const Stmt *Root, const VarDecl &V) {
  bool Found = false;
  utils::forEachStmtInBody(Root, [&](const Stmt &S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S); Ref && Ref->getDecl() == &V)
      Found = true;
  });
  return Found;
}

// Whether an iteration can decide the next: the body leaves the loop early.
bool leavesEarly(const Stmt *Body) {
  bool Found = false;
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    if (isa<BreakStmt, ReturnStmt, CoreturnStmt, GotoStmt>(S))
      Found = true;
  });
  return Found;
}

} // namespace

void SequentialAwaitCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  utils::forEachStmtInBody(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S) {
    const auto *Loop = dyn_cast<CXXForRangeStmt>(&S);
    // `for co_await` walks an async stream: each element arrives after the one before it, so
    // there is nothing to start ahead.
    if (!Loop || !Loop->getLoopVariable() || Loop->getCoawaitLoc().isValid() || leavesEarly(Loop->getBody()))
      return;
    const VarDecl &Element = *Loop->getLoopVariable();
    // The first co_await of a task made from the element, directly in this loop's iterations.
    const CoawaitExpr *Await = nullptr;
    utils::forEachStmtInBody(Loop->getBody(), [&](const Stmt &Inner) {
      const auto *A = dyn_cast<CoawaitExpr>(&Inner);
      if (Await || !A || A->isImplicit())
        return;
      const auto *Call = dyn_cast<CallExpr>(utils::stripImplicitAndParens(A->getOperand()));
      if (Call && tasks().isTask(Call->getType()) && mentions(Call, Element))
        Await = A;
    });
    if (!Await)
      return;
    const auto *Call = cast<CallExpr>(utils::stripImplicitAndParens(Await->getOperand()));
    diag(Await->getBeginLoc(), "coroutine '%0' awaits '%1' for one element of the range at a time: "
                               "the tasks are independent, so start them all and await them "
                               "together (gather) to overlap their waits")
        << utils::functionName(*Coroutine) << utils::calleeName(*Call);
  });
}

} // namespace clang::tidy::coroguard

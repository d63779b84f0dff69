#include "capturing_lambda_coroutine_check.h"

#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/task_fate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

CapturingLambdaCoroutineCheck::CapturingLambdaCoroutineCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), Fates(fateListsOption()),
      DeferringFunctions(listOption("DeferringFunctions", utils::defaults::DeferringFunctions)) {}

void CapturingLambdaCoroutineCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

void CapturingLambdaCoroutineCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtWithAncestors(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S, utils::Ancestors Parents) {
    if (const auto *Deferring = dyn_cast<CallExpr>(&S); Deferring && !isa<CXXOperatorCallExpr>(Deferring))
      checkDeferred(*Deferring);
    // `[x]() -> task<T> { … }()`: the call's object is the lambda temporary itself.
    const auto *Call = dyn_cast<CXXOperatorCallExpr>(&S);
    if (!Call || Call->getOperator() != OO_Call || Call->getNumArgs() == 0)
      return;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Call->getArg(0)->IgnoreImplicit()))
      checkCall(*Call, *Lambda, Parents);
  });
}

void CapturingLambdaCoroutineCheck::checkCall(const CXXOperatorCallExpr &Call, const LambdaExpr &Lambda,
                                              utils::Ancestors Parents) {
  if (Lambda.capture_size() == 0 || !tasks().isTask(Call.getType()))
    return;
  const CXXMethodDecl *Op = Lambda.getCallOperator();
  if (Op->hasBody() && !utils::isCoroutine(*Op))
    return; // a plain lambda returning a task made elsewhere does not keep its captures
  utils::TaskFate Fate = utils::fateOf(Call, Parents, Fates, tasks());
  if (!utils::escapes(Fate))
    return;
  diag(Lambda.getBeginLoc(), "the task of this capturing lambda coroutine %0, but the captures "
                             "die with the lambda at the end of the statement: the task will "
                             "read destroyed captures")
      << utils::describeEscape(Fate) << Lambda.getIntroducerRange();
  const LambdaCapture &First = *Lambda.capture_begin();
  if (First.getLocation().isValid())
    diag(First.getLocation(), "captured here; pass it as a parameter of the lambda instead", DiagnosticIDs::Note);
}

namespace {

// The lambda an argument is, through the copies and temporaries of passing it by value.
const LambdaExpr *lambdaArgument(const Expr *Arg) {
  const Expr *E = utils::stripImplicitAndParens(Arg);
  if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(E); Copy && Copy->getNumArgs() == 1)
    E = utils::stripImplicitAndParens(Copy->getArg(0));
  return dyn_cast_or_null<LambdaExpr>(E);
}

} // namespace

void CapturingLambdaCoroutineCheck::checkDeferred(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F || !DeferringFunctions.matches(*F))
    return;
  for (const Expr *Arg : Call.arguments()) {
    const LambdaExpr *Lambda = lambdaArgument(Arg);
    if (!Lambda || Lambda->capture_size() == 0)
      continue;
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    if (!utils::isCoroutine(*Op) || !tasks().isTask(Op->getReturnType()))
      continue;
    diag(Lambda->getBeginLoc(), "'%0' calls this capturing lambda coroutine and destroys it while its "
                                "task may still run: the task reads destroyed captures")
        << utils::calleeName(Call) << Lambda->getIntroducerRange();
    const LambdaCapture &First = *Lambda->capture_begin();
    if (First.getLocation().isValid())
      diag(First.getLocation(),
           "captured here; pass it as a parameter of a coroutine the lambda calls, "
           "or keep the lambda alive until the task ends",
           DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::coroguard

#include "capturing_lambda_coroutine_check.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/task_fate.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

CapturingLambdaCoroutineCheck::CapturingLambdaCoroutineCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      Fates(fateListsOption()) {}

void CapturingLambdaCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(stmt()), this);
}

void CapturingLambdaCoroutineCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtWithAncestors(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S, utils::Ancestors Parents) {
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
    diag(First.getLocation(), "captured here; pass it as a parameter of the lambda instead",
         DiagnosticIDs::Note);
}

} // namespace clang::tidy::coroguard

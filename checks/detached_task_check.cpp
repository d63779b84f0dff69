#include "detached_task_check.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/discarded.h"
#include "utils/matchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

DetachedTaskCheck::DetachedTaskCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      SpawnFunctions(listOption("SpawnFunctions", utils::defaults::SpawnFunctions)),
      CompletionSpawnFunctions(
          listOption("CompletionSpawnFunctions", utils::defaults::CompletionSpawnFunctions)),
      DetachedTokens(listOption("DetachedTokens", utils::defaults::DetachedTokens)) {}

void DetachedTaskCheck::registerMatchers(MatchFinder *Finder) {
  utils::addDiscardedCallMatchers(
      *Finder, this, callExpr(callee(functionDecl(utils::inNameList(&SpawnFunctions)))));
  Finder->addMatcher(
      callExpr(callee(functionDecl(utils::inNameList(&CompletionSpawnFunctions)))).bind("spawn"),
      this);
}

namespace {

bool isExceptionPtr(QualType T) {
  const auto *R = T.getNonReferenceType()->getAsCXXRecordDecl();
  return R && R->isInStdNamespace() && R->getDeclName().isIdentifier() &&
         R->getName() == "exception_ptr";
}

} // namespace

void DetachedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    diag(utils::callBeginLoc(*Call), "handle returned by '%0' is discarded: the task runs detached "
                                     "and its exception can never be seen")
        << utils::calleeName(*Call) << Call->getSourceRange();
    return;
  }

  const auto *Spawn = Result.Nodes.getNodeAs<CallExpr>("spawn");
  if (Spawn->getNumArgs() == 0)
    return;
  const Expr *Token = utils::stripImplicitAndParens(Spawn->getArg(Spawn->getNumArgs() - 1));
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Token)) {
    if (DetachedTokens.matches(*Ref->getDecl()))
      diag(Token->getBeginLoc(), "'%0' with '%1' drops the task's exception: a failure is never seen")
          << utils::calleeName(*Spawn) << Ref->getDecl()->getName() << Token->getSourceRange();
    return;
  }
  // A completion handler that takes the exception_ptr but never looks at it.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Token)) {
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    if (Op->getNumParams() == 0 || !isExceptionPtr(Op->getParamDecl(0)->getType()))
      return;
    const ParmVarDecl *Error = Op->getParamDecl(0);
    if (!Error->isReferenced())
      diag(Error->getLocation(), "completion handler of '%0' ignores the exception_ptr: a failure "
                                 "of the task is never seen")
          << utils::calleeName(*Spawn);
  }
}

} // namespace clang::tidy::coroguard

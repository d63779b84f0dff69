#include "detached_task_check.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/discarded.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

DetachedTaskCheck::DetachedTaskCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      SpawnFunctions(listOption("SpawnFunctions", utils::defaults::SpawnFunctions)),
      CompletionSpawnFunctions(
          listOption("CompletionSpawnFunctions", utils::defaults::CompletionSpawnFunctions)),
      DetachedTokens(listOption("DetachedTokens", utils::defaults::DetachedTokens)) {}

void DetachedTaskCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(stmt()), this);
}

namespace {

// std::exception_ptr, wherever the standard library nests it (std::__exception_ptr in libstdc++).
bool isExceptionPtr(QualType T) {
  const auto *R = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!R || !R->getDeclName().isIdentifier() || R->getName() != "exception_ptr")
    return false;
  return llvm::StringRef(utils::qualifiedName(*R)).starts_with("std::");
}

// The token as written: a token passed by value is copied into the parameter.
const Expr *tokenArgument(const Expr *E) {
  E = utils::stripImplicitAndParens(E);
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
      Copy && Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
    E = utils::stripImplicitAndParens(Copy->getArg(0));
  return E;
}

} // namespace

void DetachedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtWithAncestors(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S, utils::Ancestors Parents) {
    const utils::DiscardedCall Discarded = utils::discardedCall(S, Parents);
    if (const FunctionDecl *F = Discarded.Call ? Discarded.Call->getDirectCallee() : nullptr;
        F && SpawnFunctions.matches(*F)) {
      diag(utils::callBeginLoc(*Discarded.Call), "handle returned by '%0' is discarded: the task runs "
                                                 "detached and its exception can never be seen")
          << utils::calleeName(*Discarded.Call) << Discarded.Call->getSourceRange();
      return;
    }
    const auto *Spawn = dyn_cast<CallExpr>(&S);
    const FunctionDecl *F = Spawn ? Spawn->getDirectCallee() : nullptr;
    if (F && Spawn->getNumArgs() > 0 && CompletionSpawnFunctions.matches(*F))
      checkCompletion(*Spawn);
  });
}

void DetachedTaskCheck::checkCompletion(const CallExpr &Spawn) {
  const Expr *Token = tokenArgument(Spawn.getArg(Spawn.getNumArgs() - 1));
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Token)) {
    if (DetachedTokens.matches(*Ref->getDecl()))
      diag(Token->getBeginLoc(), "'%0' with '%1' drops the task's exception: a failure is never seen")
          << utils::calleeName(Spawn) << Ref->getDecl()->getName() << Token->getSourceRange();
    return;
  }
  // A completion handler that takes the exception_ptr but never looks at it.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Token)) {
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    if (Op->getNumParams() == 0 || !isExceptionPtr(Op->getParamDecl(0)->getType()))
      return;
    const ParmVarDecl *Error = Op->getParamDecl(0);
    if (!Error->isReferenced())
      diag(Error->getBeginLoc(), "completion handler of '%0' ignores the exception_ptr: a failure "
                                 "of the task is never seen")
          << utils::calleeName(Spawn);
  }
}

} // namespace clang::tidy::coroguard

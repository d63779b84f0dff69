#include "coroutine.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::coroguard::utils {

bool isCoroutine(const FunctionDecl &F) { return isa_and_nonnull<CoroutineBodyStmt>(F.getBody()); }

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull() || T->isDependentType())
    return nullptr;
  return T->getAsCXXRecordDecl();
}

const Expr *stripImplicitAndParens(const Expr *E) {
  const Expr *Prev = nullptr;
  while (E && E != Prev) {
    Prev = E;
    E = E->IgnoreImplicit()->IgnoreParens();
  }
  return E;
}

const ValueDecl *namedObject(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

bool hasMember(const CXXRecordDecl &Record, llvm::StringRef Name) {
  return !Record.lookup(&Record.getASTContext().Idents.get(Name)).empty();
}

SourceLocation callBeginLoc(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call); Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    return Op->getArg(0)->getBeginLoc();
  return Call.getBeginLoc();
}

std::string functionName(const FunctionDecl &F) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&F)) {
    if (Method->getParent()->isLambda())
      return "lambda";
    if (!isa<CXXConstructorDecl>(Method) && Method->getDeclName().isIdentifier())
      return (Method->getParent()->getName() + "::" + Method->getName()).str();
  }
  return F.getNameAsString();
}

std::string calleeName(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return "expression";
  return functionName(*Callee);
}

bool isInSystemHeader(const Decl &D) {
  const SourceManager &SM = D.getASTContext().getSourceManager();
  return SM.isInSystemHeader(SM.getExpansionLoc(D.getLocation()));
}

} // namespace clang::tidy::coroguard::utils

// Walking what runs as part of one function body: its statements, but not the bodies of lambdas
// or local classes defined in it (those are other functions, run whenever they are called).
#pragma once

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include <utility>

namespace clang::tidy::coroguard::utils {

// True for co_await and co_yield expressions: where a coroutine may suspend.
inline bool isSuspensionPoint(const Stmt &S) {
  return isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S);
}

template <class Callback>
class BodyVisitor : public RecursiveASTVisitor<BodyVisitor<Callback>> {
  using Base = RecursiveASTVisitor<BodyVisitor<Callback>>;

public:
  explicit BodyVisitor(Callback &F) : F(F) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitStmt(Stmt *S) {
    F(*S);
    return true;
  }
  // A lambda's captures are initialised here; its body runs elsewhere.
  bool TraverseLambdaExpr(LambdaExpr *L) {
    for (Expr *Init : L->capture_inits())
      if (Init)
        this->TraverseStmt(Init);
    return true;
  }
  bool TraverseDecl(Decl *D) {
    if (isa_and_nonnull<TagDecl, FunctionDecl>(D))
      return true;
    return Base::TraverseDecl(D);
  }

private:
  Callback &F;
};

// Calls F(const Stmt&) for every statement and expression under `Root` that runs as part of the
// enclosing function (Root itself included).
template <class Callback>
void forEachStmtInBody(const Stmt *Root, Callback &&F) {
  if (!Root)
    return;
  BodyVisitor<std::remove_reference_t<Callback>> V(F);
  V.TraverseStmt(const_cast<Stmt *>(Root));
}

// The first suspension point under `Root` (in the same function), or null.
inline const Stmt *firstSuspensionPoint(const Stmt *Root) {
  const Stmt *Found = nullptr;
  forEachStmtInBody(Root, [&](const Stmt &S) {
    if (!Found && isSuspensionPoint(S))
      Found = &S;
  });
  return Found;
}

} // namespace clang::tidy::coroguard::utils

// Walking what runs as part of one function body: its statements, but not the bodies of lambdas
// or local classes defined in it (those are other functions, run whenever they are called).
// The walk keeps the chain of enclosing nodes itself: the checks never build the whole
// translation unit's parent map, which would cost more than all of them together.
#pragma once

#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <type_traits>
#include <utility>

namespace clang::tidy::coroguard::utils {

// The nodes enclosing a statement within its function body, outermost first.
using Ancestors = llvm::ArrayRef<DynTypedNode>;

// True for co_await and co_yield expressions: where a coroutine may suspend.
inline bool isSuspensionPoint(const Stmt &S) { return isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S); }

template <class Callback> class BodyVisitor : public RecursiveASTVisitor<BodyVisitor<Callback>> {
  using Base = RecursiveASTVisitor<BodyVisitor<Callback>>;

public:
  explicit BodyVisitor(Callback &F) : F(F) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  // One parameter: RecursiveASTVisitor then recurses instead of queueing, so the stack is exact.
  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    Stack.push_back(DynTypedNode::create(*S));
    bool Result = Base::TraverseStmt(S);
    Stack.pop_back();
    return Result;
  }
  bool VisitStmt(Stmt *S) {
    F(*S, Ancestors(Stack).drop_back());
    return true;
  }
  // A lambda's captures are initialised here; its body runs elsewhere.
  bool TraverseLambdaExpr(LambdaExpr *L) {
    for (Expr *Init : L->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }
  bool TraverseDecl(Decl *D) {
    if (isa_and_nonnull<TagDecl, FunctionDecl>(D))
      return true;
    if (!D)
      return true;
    Stack.push_back(DynTypedNode::create(*D));
    bool Result = Base::TraverseDecl(D);
    Stack.pop_back();
    return Result;
  }

private:
  Callback &F;
  llvm::SmallVector<DynTypedNode, 32> Stack;
};

// Calls F(const Stmt&, Ancestors) for every statement and expression under `Root` that runs as
// part of the enclosing function (Root included; its ancestors start at Root).
template <class Callback> void forEachStmtWithAncestors(const Stmt *Root, Callback &&F) {
  if (!Root)
    return;
  BodyVisitor<std::remove_reference_t<Callback>> V(F);
  V.TraverseStmt(const_cast<Stmt *>(Root));
}

// Calls F(const Stmt&) for the same statements.
template <class Callback> void forEachStmtInBody(const Stmt *Root, Callback &&F) {
  forEachStmtWithAncestors(Root, [&](const Stmt &S, Ancestors) { F(S); });
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

#include "discarded.h"

#include "coroutine.h"
#include "names.h"

namespace clang::tidy::coroguard::utils {

namespace {

const CallExpr *asCall(const Expr *E) { return dyn_cast_or_null<CallExpr>(stripImplicitAndParens(E)); }

// The calls a discarded `E` discards: itself, or through `c ? f() : g()` and `f(), g()`.
void collect(const Expr *E, bool Explicit, llvm::SmallVectorImpl<DiscardedCall> &Out) {
  E = stripImplicitAndParens(E);
  if (const auto *Cond = dyn_cast_or_null<AbstractConditionalOperator>(E)) {
    collect(Cond->getTrueExpr(), Explicit, Out);
    collect(Cond->getFalseExpr(), Explicit, Out);
  } else if (const auto *Comma = dyn_cast_or_null<BinaryOperator>(E); Comma && Comma->isCommaOp()) {
    collect(Comma->getLHS(), Explicit, Out);
    collect(Comma->getRHS(), Explicit, Out);
  } else if (const CallExpr *Call = asCall(E)) {
    // `std::ignore = f()` in statement position is the assignment, handled by the caller.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getOperator() == OO_Equal)
      return;
    Out.push_back({Call, Explicit});
  }
}

// Whether `S` sits where a statement goes: its value, if any, is unused.
bool isStatementPosition(const Stmt &S, const DynTypedNode &Parent) {
  if (Parent.get<CompoundStmt>() || Parent.get<LabelStmt>())
    return true;
  if (const auto *If = Parent.get<IfStmt>())
    return If->getThen() == &S || If->getElse() == &S;
  if (const auto *For = Parent.get<ForStmt>())
    return For->getBody() == &S || For->getInc() == &S;
  if (const auto *While = Parent.get<WhileStmt>())
    return While->getBody() == &S;
  if (const auto *Do = Parent.get<DoStmt>())
    return Do->getBody() == &S;
  if (const auto *Range = Parent.get<CXXForRangeStmt>())
    return Range->getBody() == &S;
  if (const auto *Case = Parent.get<SwitchCase>())
    return Case->getSubStmt() == &S;
  return false;
}

} // namespace

llvm::SmallVector<DiscardedCall, 1> discardedCalls(const Stmt &S, Ancestors Parents) {
  llvm::SmallVector<DiscardedCall, 1> Out;
  const auto *E = dyn_cast<Expr>(&S);
  if (!E)
    return Out;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E); Cast && Cast->getType()->isVoidType()) {
    collect(Cast->getSubExpr(), true, Out);
    return Out;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E); Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(stripImplicitAndParens(Op->getArg(0))))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()); Var && Var->getDeclName().isIdentifier() &&
                                                               Var->getName() == "ignore" &&
                                                               qualifiedName(*Var) == "std::ignore") {
        collect(Op->getArg(1), true, Out);
        return Out;
      }
  if (!Parents.empty() && isStatementPosition(S, Parents.back())) {
    collect(E, false, Out);
    return Out;
  }
  // A comma's left operand is discarded wherever the comma is (`x = (f(), 1)`); in statement
  // position the whole comma was collected above. Walking from the comma itself reports each
  // operand once.
  if (const auto *Comma = dyn_cast<BinaryOperator>(E); Comma && Comma->isCommaOp())
    collect(Comma->getLHS(), false, Out);
  return Out;
}

} // namespace clang::tidy::coroguard::utils

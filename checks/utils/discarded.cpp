#include "discarded.h"

#include "coroutine.h"
#include "names.h"

namespace clang::tidy::coroguard::utils {

namespace {

const CallExpr *asCall(const Expr *E) { return dyn_cast_or_null<CallExpr>(stripImplicitAndParens(E)); }

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

DiscardedCall discardedCall(const Stmt &S, Ancestors Parents) {
  const auto *E = dyn_cast<Expr>(&S);
  if (!E)
    return {};
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E); Cast && Cast->getType()->isVoidType())
    return {asCall(Cast->getSubExpr()), true};
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E); Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(stripImplicitAndParens(Op->getArg(0))))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->getDeclName().isIdentifier() && Var->getName() == "ignore" &&
          qualifiedName(*Var) == "std::ignore")
        return {asCall(Op->getArg(1)), true};
  if (!Parents.empty() && isStatementPosition(S, Parents.back())) {
    const CallExpr *Call = asCall(E);
    // `std::ignore = f()` in statement position is the assignment, reported above.
    if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Call); Op && Op->getOperator() == OO_Equal)
      return {};
    return {Call, false};
  }
  return {};
}

} // namespace clang::tidy::coroguard::utils

#include "dangling_argument_check.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/task_fate.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

DanglingArgumentCheck::DanglingArgumentCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      Fates(fateListsOption()),
      ViewTypes(listOption("ViewTypes", "::std::basic_string_view;::std::span;::boost::span;"
                                        "::boost::string_view;::boost::core::basic_string_view")) {}

void DanglingArgumentCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(stmt()), this);
}

namespace {

// A callee counts as a coroutine when its body is one, or when only its declaration is visible.
bool mayBeCoroutine(const FunctionDecl &F) {
  const FunctionDecl *Def = F.getDefinition();
  if (!Def) {
    if (const FunctionDecl *Pattern = F.getTemplateInstantiationPattern())
      Def = Pattern->getDefinition();
  }
  return !Def || utils::isCoroutine(*Def);
}

// The temporary an argument materializes (a prvalue bound to the reference, or the owner a
// view is made from), if any.
const Expr *temporaryIn(const Expr *Arg) {
  // Not IgnoreParenImpCasts: it would skip the MaterializeTemporaryExpr itself.
  while (true) {
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Arg))
      return M;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Arg))
      Arg = Cast->getSubExpr();
    else if (const auto *Paren = dyn_cast<ParenExpr>(Arg))
      Arg = Paren->getSubExpr();
    else if (const auto *Full = dyn_cast<FullExpr>(Arg))
      Arg = Full->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Arg))
      Arg = Bind->getSubExpr();
    else
      break;
  }
  // A view made from a temporary: string_view(std::string(…)), span(std::vector{…}).
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg)) {
    if (Construct->getNumArgs() >= 1)
      return temporaryIn(Construct->getArg(0));
    return nullptr;
  }
  if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(Arg))
    if (isa<CXXConversionDecl>(Conversion->getMethodDecl()))
      return temporaryIn(Conversion->getImplicitObjectArgument());
  return nullptr;
}

enum class ParamKind { Reference, Pointer, View };

// The automatic local variable an argument binds the parameter to: `local` for a reference,
// `&local` for a pointer, a view made from the owning `local`.
const VarDecl *localIn(const Expr *Arg, ParamKind Kind, const utils::NameList &ViewTypes) {
  Arg = Arg->IgnoreParenImpCasts();
  if (Kind == ParamKind::Pointer) {
    const auto *Unary = dyn_cast<UnaryOperator>(Arg);
    if (!Unary || Unary->getOpcode() != UO_AddrOf)
      return nullptr;
    Arg = Unary->getSubExpr()->IgnoreParenImpCasts();
  } else if (Kind == ParamKind::View) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg); Construct && Construct->getNumArgs() >= 1)
      Arg = Construct->getArg(0)->IgnoreParenImpCasts();
    else if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(Arg);
             Conversion && isa<CXXConversionDecl>(Conversion->getMethodDecl()))
      Arg = Conversion->getImplicitObjectArgument()->IgnoreParenImpCasts();
    else
      return nullptr;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
      Var->getType()->isPointerType())
    return nullptr;
  // Copying a view or a pointer copies what it refers to, not the local itself.
  if (const auto *R = utils::recordOf(Var->getType()); Kind == ParamKind::View && R && ViewTypes.matches(*R))
    return nullptr;
  return Var;
}

} // namespace

void DanglingArgumentCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtWithAncestors(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S, utils::Ancestors Parents) {
    const auto *Call = dyn_cast<CallExpr>(&S);
    if (Call && Call->getDirectCallee() && tasks().isTask(Call->getType()))
      checkCall(*Call, Parents);
  });
}

void DanglingArgumentCheck::checkCall(const CallExpr &Call, utils::Ancestors Parents) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!mayBeCoroutine(*Callee))
    return;
  // Member calls: the object is argument 0 of an operator call, never a parameter.
  const unsigned Offset = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  std::optional<utils::TaskFate> Fate;
  for (unsigned I = Offset; I < Call.getNumArgs() && I - Offset < Callee->getNumParams(); ++I) {
    const ParmVarDecl *Param = Callee->getParamDecl(I - Offset);
    QualType T = Param->getType();
    const auto *Record = T->getAsCXXRecordDecl();
    const bool IsView = Record && ViewTypes.matches(*Record);
    if (!T->isReferenceType() && !T->isPointerType() && !IsView)
      continue;
    const Expr *Arg = Call.getArg(I);
    const ParamKind Kind = IsView ? ParamKind::View
                           : T->isPointerType() ? ParamKind::Pointer
                                                : ParamKind::Reference;
    const Expr *Temporary = Kind == ParamKind::Pointer ? nullptr : temporaryIn(Arg);
    const VarDecl *Local = Temporary ? nullptr : localIn(Arg, Kind, ViewTypes);
    if (!Temporary && !Local)
      continue;
    if (!Fate)
      Fate = utils::fateOf(Call, Parents, Fates, tasks());
    if (Temporary && utils::escapes(*Fate)) {
      diag(Arg->getBeginLoc(), "temporary bound to parameter '%0' of coroutine '%1' dies at the end "
                               "of the statement, but the task %2: the coroutine will read a "
                               "dangling %select{reference|view}3")
          << Param->getName() << utils::functionName(*Callee) << utils::describeEscape(*Fate)
          << IsView << Arg->getSourceRange();
      diag(Param->getLocation(), "parameter declared here", DiagnosticIDs::Note);
    } else if (Local && Fate->K == utils::TaskFate::Returned) {
      diag(Arg->getBeginLoc(), "'%0' dies when this function returns, but the returned task of "
                               "coroutine '%1' keeps a %select{reference|view}2 to it in parameter '%3'")
          << Local->getName() << utils::functionName(*Callee) << IsView << Param->getName()
          << Arg->getSourceRange();
      diag(Param->getLocation(), "parameter declared here", DiagnosticIDs::Note);
    }
  }
}

} // namespace clang::tidy::coroguard

#include "dangling_argument_check.h"

#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/task_fate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

DanglingArgumentCheck::DanglingArgumentCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), Fates(fateListsOption()),
      ViewTypes(listOption("ViewTypes", "::std::basic_string_view;::std::span;::boost::span;"
                                        "::boost::string_view;::boost::core::basic_string_view")) {}

void DanglingArgumentCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

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
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() || Var->getType()->isPointerType())
    return nullptr;
  // Copying a view or a pointer copies what it refers to, not the local itself.
  if (const auto *R = utils::recordOf(Var->getType()); Kind == ParamKind::View && R && ViewTypes.matches(*R))
    return nullptr;
  return Var;
}

// True when one of `Block`'s own statements declares `D`.
bool declares(const CompoundStmt &Block, const Decl *D) {
  for (const Stmt *Child : Block.body())
    if (const auto *Decls = dyn_cast<DeclStmt>(Child); Decls && llvm::is_contained(Decls->decls(), D))
      return true;
  return false;
}

// Where a local of the function dies before the end of the function: the block (or range-for)
// that declares it, when that sits inside a loop of `Parents` (it dies at each iteration's end)
// or is not the function's outermost block. Returns the index in `Parents` of its scope and
// whether that scope is a loop iteration; -1 for locals of the function's outermost block.
struct LocalScope {
  int Index = -1;
  bool LoopIteration = false;
};
LocalScope scopeOf(const VarDecl &Local, utils::Ancestors Parents) {
  LocalScope Scope;
  for (int I = int(Parents.size()) - 1; I >= 0 && Scope.Index < 0; --I) {
    if (const auto *Range = Parents[I].get<CXXForRangeStmt>(); Range && Range->getLoopVariable() == &Local)
      Scope = {I, true};
    if (const auto *Block = Parents[I].get<CompoundStmt>(); Block && declares(*Block, &Local))
      Scope = {I, false};
  }
  if (Scope.Index <= 0)
    return {};
  for (int I = Scope.Index; I >= 0; --I)
    if (Parents[I].get<ForStmt>() || Parents[I].get<WhileStmt>() || Parents[I].get<DoStmt>() ||
        Parents[I].get<CXXForRangeStmt>())
      Scope.LoopIteration = true;
  return Scope;
}

// True when `Holder` (a variable or member holding the task) is declared outside the scope at
// `Scope` of `Parents`: it outlives what that scope declares.
bool outlivesScope(const ValueDecl &Holder, utils::Ancestors Parents, int Scope) {
  const auto *Var = dyn_cast<VarDecl>(&Holder);
  if (!Var || !Var->hasLocalStorage())
    return true; // a member, a global, a static: longer than any block
  for (int I = Scope; I < int(Parents.size()); ++I)
    if (const auto *Block = Parents[I].get<CompoundStmt>(); Block && declares(*Block, Var))
      return false;
  return true;
}

// The holder of a task stored by `Fate`: the variable, or the named container.
const ValueDecl *holderOf(const utils::TaskFate &Fate) {
  if (Fate.K != utils::TaskFate::Stored)
    return nullptr;
  return Fate.Container ? Fate.Container : dyn_cast_or_null<ValueDecl>(Fate.Where);
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
    // A task handed over by reference (`with_timeout(task<T>&&, …)`, declared only) is moved
    // into what the callee returns: nothing of the caller's is kept.
    if (T->isReferenceType() && !Callee->getDefinition() && tasks().isTask(T.getNonReferenceType()))
      continue;
    const Expr *Arg = Call.getArg(I);
    const ParamKind Kind = IsView ? ParamKind::View : T->isPointerType() ? ParamKind::Pointer : ParamKind::Reference;
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
          << Param->getName() << utils::functionName(*Callee) << utils::describeEscape(*Fate) << IsView
          << Arg->getSourceRange();
      diag(Param->getLocation(), "parameter declared here", DiagnosticIDs::Note);
    } else if (Local && Fate->K != utils::TaskFate::Returned) {
      // The task outlives the block that declares the local: a detached spawn from a loop
      // iteration, a holder declared outside the block.
      const LocalScope Scope = scopeOf(*Local, Parents);
      if (Scope.Index < 0)
        continue;
      bool Dangles = false;
      if (const ValueDecl *Holder = holderOf(*Fate)) {
        Dangles = outlivesScope(*Holder, Parents, Scope.Index);
      } else if (Fate->K == utils::TaskFate::Spawned) {
        // What becomes of the spawn: awaited or kept within the block, the task ends in time.
        int At = int(Parents.size()) - 1;
        while (At >= 0 &&
               !(Parents[At].get<CallExpr>() && Parents[At].get<CallExpr>()->getDirectCallee() == Fate->Where))
          --At;
        const auto *Spawn = At >= 0 ? Parents[At].get<CallExpr>() : nullptr;
        const auto *Member = dyn_cast_or_null<CXXMemberCallExpr>(Spawn);
        if (const ValueDecl *Group = Member ? utils::namedObject(Member->getImplicitObjectArgument()) : nullptr) {
          Dangles = outlivesScope(*Group, Parents, Scope.Index); // a task group's spawn
        } else if (Spawn) {
          const utils::TaskFate Handle = utils::fateOf(*Spawn, Parents.take_front(At), Fates, tasks());
          if (const ValueDecl *Kept = holderOf(Handle))
            Dangles = outlivesScope(*Kept, Parents, Scope.Index);
          else
            Dangles =
                Scope.LoopIteration && Handle.K != utils::TaskFate::Awaited && Handle.K != utils::TaskFate::Completed;
        }
      }
      if (!Dangles)
        continue;
      diag(Arg->getBeginLoc(), "'%0' dies at the end of %select{its block|the loop iteration}1, but the "
                               "task of coroutine '%2' %3 and keeps a %select{reference|view}4 to it in "
                               "parameter '%5'")
          << Local->getName() << Scope.LoopIteration << utils::functionName(*Callee) << utils::describeEscape(*Fate)
          << IsView << Param->getName() << Arg->getSourceRange();
      diag(Param->getLocation(), "parameter declared here", DiagnosticIDs::Note);
    } else if (Local && Fate->K == utils::TaskFate::Returned) {
      diag(Arg->getBeginLoc(), "'%0' dies when this function returns, but the returned task of "
                               "coroutine '%1' keeps a %select{reference|view}2 to it in parameter '%3'")
          << Local->getName() << utils::functionName(*Callee) << IsView << Param->getName() << Arg->getSourceRange();
      diag(Param->getLocation(), "parameter declared here", DiagnosticIDs::Note);
    }
  }
}

} // namespace clang::tidy::coroguard

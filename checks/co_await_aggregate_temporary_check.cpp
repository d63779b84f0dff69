#include "co_await_aggregate_temporary_check.h"

#include "utils/body.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <string>

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

CoAwaitAggregateTemporaryCheck::CoAwaitAggregateTemporaryCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), IncludeAggregates(boolOption("IncludeAggregates", true)) {}

void CoAwaitAggregateTemporaryCheck::registerMatchers(MatchFinder *Finder) {
  matchFunctionBodies(Finder, Bodies::Coroutines);
}

namespace {

// Whether destroying a T runs a destructor (twice is then a double free, a double unlock, ...).
// False when it cannot be known yet (a type that depends on a template parameter).
bool hasDestructor(QualType T) {
  return !T.isNull() && !T->isDependentType() && T.isDestructedType() == QualType::DK_cxx_destructor;
}

// A lambda whose captures have destructors.
bool lambdaWithDestructor(const LambdaExpr &L) {
  const CXXRecordDecl *Closure = L.getLambdaClass();
  if (!Closure)
    return false;
  bool Any = false;
  for (const FieldDecl *Capture : Closure->fields()) {
    if (Capture->getType()->isDependentType())
      return false;
    Any = Any || hasDestructor(Capture->getType());
  }
  return Any;
}

// An aggregate initialised in place, `T{a, b}` or `T(a, b)`, whose type has a destructor.
bool aggregateWithDestructor(const Expr &E) {
  if (!isa<InitListExpr, CXXParenListInitExpr>(E))
    return false;
  const CXXRecordDecl *Record = E.getType()->getAsCXXRecordDecl();
  return Record && Record->hasDefinition() && Record->isAggregate() && !Record->isLambda() &&
         hasDestructor(E.getType());
}

// An initializer list as its parent holds it (the walk visits the syntactic form).
const Stmt *semanticForm(const Stmt *S) {
  if (const auto *List = dyn_cast<InitListExpr>(S); List && List->getSemanticForm())
    return List->getSemanticForm();
  return S;
}

const char *keyword(const Stmt &SuspensionPoint) { return isa<CoyieldExpr>(SuspensionPoint) ? "co_yield" : "co_await"; }

// The names of the function's parameters and those declared or used in `Body`: the fix-it's
// variable must not shadow or clash.
llvm::StringSet<> namesIn(const FunctionDecl *Function, const Stmt &Body) {
  llvm::StringSet<> Names;
  if (Function)
    for (const ParmVarDecl *Parameter : Function->parameters())
      if (Parameter->getIdentifier())
        Names.insert(Parameter->getName());
  utils::forEachStmtWithAncestors(&Body, [&](const Stmt &S, utils::Ancestors) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S); Ref && Ref->getDecl()->getIdentifier())
      Names.insert(Ref->getDecl()->getName());
    if (const auto *Decls = dyn_cast<DeclStmt>(&S))
      for (const Decl *D : Decls->decls())
        if (const auto *Named = dyn_cast<NamedDecl>(D); Named && Named->getIdentifier())
          Names.insert(Named->getName());
  });
  return Names;
}

std::string freshName(StringRef Base, const llvm::StringSet<> &Taken) {
  std::string Name = Base.str();
  for (int I = 2; Taken.contains(Name); ++I)
    Name = (Base + llvm::Twine(I)).str();
  return Name;
}

} // namespace

void CoAwaitAggregateTemporaryCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<Stmt>("body");
  llvm::SmallPtrSet<const Expr *, 8> Seen;
  utils::forEachStmtWithAncestors(Body, [&](const Stmt &S, utils::Ancestors Parents) {
    if (!utils::isSuspensionPoint(S))
      return;
    // The full-expression: the outermost of the expressions enclosing the suspension point.
    const Expr *Full = cast<Expr>(&S);
    size_t I = Parents.size();
    while (I > 0 && Parents[I - 1].get<Expr>())
      Full = Parents[--I].get<Expr>();
    if (!Seen.insert(Full).second)
      return;
    // The statement the fix-it names the temporary before: the expression statement, the
    // declaration or the co_return, directly in a block.
    const Stmt *Statement = nullptr;
    if (I > 0 && Parents[I - 1].get<CompoundStmt>())
      Statement = Full;
    else if (I > 1 && Parents[I - 1].get<CoreturnStmt>() && Parents[I - 2].get<CompoundStmt>())
      Statement = Parents[I - 1].get<CoreturnStmt>();
    else if (I > 2 && Parents[I - 1].get<VarDecl>() && Parents[I - 2].get<DeclStmt>() &&
             Parents[I - 3].get<CompoundStmt>())
      Statement = Parents[I - 2].get<DeclStmt>();
    checkFullExpression(*Full, Statement, *Body, Result);
  });
}

void CoAwaitAggregateTemporaryCheck::checkFullExpression(const Expr &Full, const Stmt *Statement, const Stmt &Body,
                                                         const MatchFinder::MatchResult &Result) {
  struct Finding {
    const Expr *Built;   // the lambda, or the aggregate's initializer list
    const Expr *Written; // what the user wrote: `T{…}` includes the type
    const Stmt *Within;  // the suspension point whose operand holds it, if any
  };
  llvm::SmallVector<Finding, 2> Findings;
  llvm::SmallVector<const Stmt *, 2> SuspensionPoints;
  utils::forEachStmtWithAncestors(&Full, [&](const Stmt &S, utils::Ancestors Parents) {
    if (utils::isSuspensionPoint(S))
      SuspensionPoints.push_back(&S);
    // The walk reaches a lambda through its captures' initialisers, not as a node of its own.
    const Expr *Built = nullptr;
    utils::Ancestors Outside = Parents;
    if (const auto *Lambda = Parents.empty() ? nullptr : Parents.back().get<LambdaExpr>()) {
      if (!lambdaWithDestructor(*Lambda))
        return;
      Built = Lambda;
      Outside = Parents.drop_back();
    } else if (const auto *E = dyn_cast<Expr>(&S); E && IncludeAggregates && aggregateWithDestructor(*E)) {
      Built = E;
    } else {
      return;
    }
    const Expr *Written = Built;
    size_t Up = Outside.size();
    while (Up > 0 && Outside[Up - 1].get<CXXBindTemporaryExpr>())
      --Up;
    if (const auto *Cast = Up == 0 ? nullptr : Outside[Up - 1].get<CXXFunctionalCastExpr>()) {
      Written = Cast;
      Outside = Outside.take_front(Up - 1);
    }
    const Stmt *Within = nullptr;
    for (const DynTypedNode &Parent : Outside) {
      const Stmt *P = Parent.get<Stmt>();
      for (const Finding &F : Findings)
        if (P && (P == F.Written || semanticForm(P) == semanticForm(F.Built)))
          return; // inside one already found: that one is the fix
      if (P && utils::isSuspensionPoint(*P))
        Within = P;
    }
    for (const Finding &F : Findings)
      if (F.Written == Written)
        return; // a lambda's next capture
    Findings.push_back({Built, Written, Within});
  });
  if (Findings.empty())
    return;

  const SourceManager &SM = *Result.SourceManager;
  const LangOptions &LangOpts = Result.Context->getLangOpts();
  std::optional<llvm::StringSet<>> Taken;
  for (const Finding &F : Findings) {
    const bool IsLambda = isa<LambdaExpr>(F.Built);
    const char *Suspends = keyword(*SuspensionPoints.front());
    // Awaited inside the aggregate (`T{co_await f()}`): the fix is to await into variables first.
    const bool AwaitsInside = utils::firstSuspensionPoint(F.Written) != nullptr;
    const char *Fix =
        AwaitsInside ? "await into variables first, then build it from them" : "name it in a statement before";
    auto Diag = IsLambda ? diag(F.Written->getBeginLoc(),
                                "GCC 12 destroys this lambda twice: it is built in an expression with %0, and its "
                                "captures have destructors (a double free); %1")
                               << Suspends << Fix
                         : diag(F.Written->getBeginLoc(),
                                "GCC 12 destroys this aggregate of type %0 twice: it is built in an expression with "
                                "%1, and its members have destructors (a double free); %2")
                               << F.Built->getType() << Suspends << Fix;
    // The fix moves the temporary's construction before the statement: only where nothing else
    // in the statement can run between, and the text is the user's (no macro).
    const SourceRange Range = F.Written->getSourceRange();
    if (!Statement || SuspensionPoints.size() != 1 || F.Within != SuspensionPoints.front() ||
        !Range.getBegin().isFileID() || !Range.getEnd().isFileID() || !Statement->getBeginLoc().isFileID())
      continue;
    std::string Text = Lexer::getSourceText(CharSourceRange::getTokenRange(Range), SM, LangOpts).str();
    if (Text.empty())
      continue;
    if (F.Written == F.Built && !IsLambda) // a bare `{…}`: `auto v = {…}` would be an initializer_list
      Text = F.Built->getType().getLocalUnqualifiedType().getAsString(Result.Context->getPrintingPolicy()) + Text;
    if (!Taken)
      Taken = namesIn(Result.Nodes.getNodeAs<FunctionDecl>("function"), Body);
    const std::string Name = freshName(IsLambda ? "callable" : "value", *Taken);
    Taken->insert(Name);
    const StringRef Indent = Lexer::getIndentationForLine(Statement->getBeginLoc(), SM);
    Diag << FixItHint::CreateInsertion(Statement->getBeginLoc(), ("auto " + Name + " = " + Text + ";\n" + Indent).str())
         << FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Range), "std::move(" + Name + ")");
  }
}

} // namespace clang::tidy::coroguard

#include "swallowed_cancellation_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/macros.h"
#include "utils/matchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

SwallowedCancellationCheck::SwallowedCancellationCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      CancellationTypes(listOption("CancellationTypes", utils::defaults::CancellationTypes)),
      CancellationNames(listOption("CancellationNames", utils::defaults::CancellationNames)),
      AssertionMacros(listOption("AssertionMacros", utils::defaults::AssertionMacros)) {}

void SwallowedCancellationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(cxxRecordDecl(isDefinition(), utils::inNameList(&CancellationTypes)).bind("cancel"), this);
  // Only thrown classes are candidates: matching every class definition's name would cost
  // more than the rest of the check in a TU of Boost headers.
  if (!CancellationNames.empty())
    Finder->addMatcher(cxxThrowExpr(has(expr(hasType(cxxRecordDecl(utils::inNameList(&CancellationNames),
                                                                   unless(utils::inNameList(&CancellationTypes)))
                                                         .bind("inferred"))))),
                       this);
  matchFunctionBodies(Finder, Bodies::Coroutines);
}

namespace {

// True when the handler rethrows, throws something else, keeps the exception to deliver it
// later (std::current_exception, as Asio's co_spawn does), or leaves the function: the
// cancellation is not swallowed then, or the coroutine ends anyway.
bool propagatesOrLeaves(const CXXCatchStmt &Handler) {
  bool Found = false;
  utils::forEachStmtInBody(Handler.getHandlerBlock(), [&](const Stmt &S) {
    if (isa<CXXThrowExpr>(S))
      Found = true;
    if (const auto *Call = dyn_cast<CallExpr>(&S))
      if (const FunctionDecl *F = Call->getDirectCallee();
          F && F->isInStdNamespace() && F->getDeclName().isIdentifier() &&
          (F->getName() == "rethrow_exception" || F->getName() == "current_exception" || F->getName() == "terminate" ||
           F->getName() == "abort"))
        Found = true;
  });
  if (Found)
    return true;
  const auto *Block = dyn_cast<CompoundStmt>(Handler.getHandlerBlock());
  return Block && !Block->body_empty() && isa<ReturnStmt, CoreturnStmt>(Block->body_back());
}

// True when the coroutine can suspend again after `Try` (enclosed by `Parents`): the try sits
// in a loop, or a suspension point follows it in the body.
bool suspendsAgainAfter(const CXXTryStmt &Try, utils::Ancestors Parents, const Stmt &Body, const SourceManager &SM) {
  for (const DynTypedNode &P : Parents)
    if (P.get<ForStmt>() || P.get<WhileStmt>() || P.get<DoStmt>() || P.get<CXXForRangeStmt>())
      return true;
  bool Later = false;
  utils::forEachStmtInBody(&Body, [&](const Stmt &S) {
    if (!Later && utils::isSuspensionPoint(S) && SM.isBeforeInTranslationUnit(Try.getEndLoc(), S.getBeginLoc()))
      Later = true;
  });
  return Later;
}

// The outermost namespace `D` is declared in ("boost" for boost::system::system_error); empty
// at global scope.
StringRef libraryOf(const Decl &D) {
  StringRef Name;
  for (const DeclContext *C = D.getDeclContext(); C; C = C->getParent())
    if (const auto *N = dyn_cast<NamespaceDecl>(C); N && !N->isInline() && N->getIdentifier())
      Name = N->getName();
  return Name;
}

// The library of a coroutine: that of its return type (a task of coroguard, an awaitable of
// Boost.Asio), dependent or not; empty when it has none.
StringRef libraryOfCoroutine(const FunctionDecl &Coroutine) {
  QualType T = Coroutine.getReturnType();
  if (const CXXRecordDecl *R = T->getAsCXXRecordDecl())
    return libraryOf(*R);
  if (const auto *S = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *D = S->getTemplateName().getAsTemplateDecl())
      return libraryOf(*D);
  return {};
}

} // namespace

llvm::SmallVector<const CXXRecordDecl *, 4>
SwallowedCancellationCheck::cancellationsOf(const FunctionDecl &Coroutine) const {
  // A coroutine of a library that has a cancellation type is cancelled with that type only (a
  // coroguard task never sees Asio's system_error as its cancellation); for others, any.
  StringRef Library = libraryOfCoroutine(Coroutine);
  llvm::SmallVector<const CXXRecordDecl *, 4> Own, All;
  for (const CXXRecordDecl *C : Cancellations) {
    All.push_back(C);
    if (!Library.empty() && libraryOf(*C) == Library)
      Own.push_back(C);
  }
  llvm::SmallVector<const CXXRecordDecl *, 4> Result = Own.empty() ? All : Own;
  // An inferred type counts for its own library's coroutines only.
  for (const CXXRecordDecl *C : Inferred)
    if (!Library.empty() && libraryOf(*C) == Library)
      Result.push_back(C);
  return Result;
}

void SwallowedCancellationCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Cancel = Result.Nodes.getNodeAs<CXXRecordDecl>("cancel")) {
    Cancellations.insert(Cancel->getCanonicalDecl());
    return;
  }
  if (const auto *Cancel = Result.Nodes.getNodeAs<CXXRecordDecl>("inferred")) {
    if (Cancel->hasDefinition())
      Inferred.insert(Cancel->getDefinition());
    return;
  }
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const SourceManager &SM = Result.Context->getSourceManager();
  const auto Cancelled = cancellationsOf(*Coroutine);
  utils::forEachStmtWithAncestors(Body->getBody(), [&](const Stmt &S, utils::Ancestors Parents) {
    const auto *Try = dyn_cast<CXXTryStmt>(&S);
    if (!Try)
      return;
    const Stmt *Suspension = utils::firstSuspensionPoint(Try->getTryBlock());
    if (!Suspension)
      return;
    for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
      const CXXCatchStmt *Handler = Try->getHandler(I);
      // A handler written by a test framework's assertion macro (`CHECK(co_await e)`,
      // `REQUIRE_THROWS_AS`, `EXPECT_THROW`), from a system header or the project's own copy,
      // records the failure: that is the framework's business.
      if (SM.isInSystemMacro(Handler->getCatchLoc()) ||
          utils::writtenByMacro(Handler->getCatchLoc(), SM, Result.Context->getLangOpts(),
                                [&](StringRef Name) { return AssertionMacros.matchesName(Name); }))
        return;
      std::string Caught;
      if (Handler->getExceptionDecl() == nullptr) {
        Caught = "catch (...)";
      } else {
        const auto *Record = Handler->getCaughtType().getNonReferenceType()->getAsCXXRecordDecl();
        if (!Record || !Record->hasDefinition())
          continue;
        // A handler for the cancellation type itself is deliberate handling, and nothing
        // after it sees a cancellation.
        if (CancellationTypes.matches(*Record) || Inferred.contains(Record->getDefinition()))
          return;
        const CXXRecordDecl *Derived = nullptr;
        for (const CXXRecordDecl *C : Cancelled)
          if (C->hasDefinition() && C->isDerivedFrom(Record->getDefinition()))
            Derived = C;
        if (!Derived)
          continue;
        Caught = "catch (" + Handler->getCaughtType().getAsString(Result.Context->getPrintingPolicy()) + ")";
      }
      if (propagatesOrLeaves(*Handler) || !suspendsAgainAfter(*Try, Parents, *Body->getBody(), SM))
        return;
      diag(Handler->getCatchLoc(), "'%0' in coroutine '%1' swallows the cancellation thrown at the "
                                   "suspension point in its try block and carries on: the task can "
                                   "no longer be cancelled")
          << Caught << utils::functionName(*Coroutine);
      diag(Suspension->getBeginLoc(),
           "cancellation is thrown here; rethrow it (`throw;`) or catch "
           "the cancellation type first",
           DiagnosticIDs::Note);
      return;
    }
  });
}

} // namespace clang::tidy::coroguard

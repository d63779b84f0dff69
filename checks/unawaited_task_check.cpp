#include "unawaited_task_check.h"

#include "utils/coroutine.h"
#include "utils/discarded.h"
#include "utils/macros.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Regex.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

namespace {

// True for the "creating it throws" idiom of tests: the task is made inside an assertion macro
// about throwing (`CHECK_THROWS(make(nullptr))`, `EXPECT_THROW(...)`).
bool assertsThatCreationThrows(const CallExpr &Call, const ASTContext &Context) {
  static const llvm::Regex Throws("throw", llvm::Regex::IgnoreCase);
  return utils::writtenByMacro(Call.getBeginLoc(), Context.getSourceManager(), Context.getLangOpts(),
                               [](StringRef Name) { return Throws.match(Name); });
}

// The lambdas `Call` hands to an assertion about throwing (`assert_throws<E>([] { … })`).
void collectThrowAssertionLambdas(const Stmt &S, llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Out) {
  static const llvm::Regex Throws("throw", llvm::Regex::IgnoreCase);
  const auto *Call = dyn_cast<CallExpr>(&S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->getDeclName().isIdentifier() || !Throws.match(Callee->getName()))
    return;
  for (const Expr *Arg : Call->arguments())
    if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(utils::stripImplicitAndParens(Arg)))
      Out.insert(Lambda->getCallOperator());
}

} // namespace

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const auto *Body = Result.Nodes.getNodeAs<Stmt>("body");
  // Inside a coroutine the intended code is almost always `co_await f();`.
  const bool InCoroutine = utils::isCoroutine(*Function);
  // Lambdas are matched after the function that contains them.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function); Method && ThrowAssertionLambdas.contains(Method))
    return;
  llvm::SmallPtrSet<const CallExpr *, 8> Reported;
  utils::forEachStmtWithAncestors(Body, [&](const Stmt &S, utils::Ancestors Parents) {
    collectThrowAssertionLambdas(S, ThrowAssertionLambdas);
    for (const utils::DiscardedCall &Discarded : utils::discardedCalls(S, Parents)) {
      // A call that returns a reference (`tasks.emplace_back(work())`) discards nothing: the
      // task lives on where the reference points.
      const CallExpr &Call = *Discarded.Call;
      if (Call.isGLValue() || !Reported.insert(&Call).second)
        continue;
      const SourceLocation Begin = utils::callBeginLoc(Call);
      const bool Fix = InCoroutine && !Discarded.Explicit && !Begin.isMacroID();
      if (tasks().isTask(Call.getType())) {
        if (assertsThatCreationThrows(Call, *Result.Context))
          continue;
        // An eager task (initial_suspend never suspends) has run already: what is lost is its
        // outcome, not its work.
        auto Diag = tasks().startsEagerly(Call.getType())
                        ? diag(Begin, "task returned by '%0' is never awaited; its result and any "
                                      "exception it throws are lost")
                        : diag(Begin, "task returned by '%0' is never awaited; it will not run");
        Diag << utils::calleeName(Call) << Call.getSourceRange();
        if (Fix)
          Diag << FixItHint::CreateInsertion(Begin, "co_await ");
      } else if (InCoroutine && tasks().isAwaiter(Call.getType())) {
        // `resume_on(pool);`, `sleep_for(1s);` without co_await: an awaitable does nothing
        // until it is awaited, so the switch or the wait silently never happens.
        auto Diag = diag(Begin, "awaitable returned by '%0' is discarded without co_await: what "
                                "it would do (switch threads, wait, lock) never happens")
                    << utils::calleeName(Call) << Call.getSourceRange();
        if (Fix)
          Diag << FixItHint::CreateInsertion(Begin, "co_await ");
      }
    }
  });
}

} // namespace clang::tidy::coroguard

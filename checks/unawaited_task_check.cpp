#include "unawaited_task_check.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/coroutine.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

namespace {

// A call whose value nothing uses, once implicit nodes and parentheses are looked through.
AST_MATCHER_P(Expr, discardedCall, ast_matchers::internal::Matcher<CallExpr>, Inner) {
  const auto *Call = dyn_cast_or_null<CallExpr>(utils::stripImplicitAndParens(&Node));
  return Call && Inner.matches(*Call, Finder, Builder);
}

} // namespace

UnawaitedTaskCheck::UnawaitedTaskCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      TaskTypes(Options.get("TaskTypes", utils::DefaultTaskTypes)), Tasks(TaskTypes) {}

void UnawaitedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "TaskTypes", TaskTypes);
}

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  // Type filtering happens in check(): whether a class is a task needs its members.
  auto Call = discardedCall(callExpr().bind("call"));
  auto Statement = expr(Call).bind("statement");
  // Expression statements: in a block, or the lone body of if/else/loops.
  Finder->addMatcher(compoundStmt(forEach(Statement)), this);
  Finder->addMatcher(ifStmt(anyOf(hasThen(Statement), hasElse(Statement))), this);
  Finder->addMatcher(mapAnyOf(forStmt, whileStmt, doStmt, cxxForRangeStmt).with(hasBody(Statement)),
                     this);
  Finder->addMatcher(switchCase(has(Statement)), this);
  // Explicit discards: `(void)f()`, `static_cast<void>(f())`, `std::ignore = f()`.
  Finder->addMatcher(explicitCastExpr(hasDestinationType(voidType()), hasSourceExpression(Call))
                         .bind("discard"),
                     this);
  Finder->addMatcher(
      cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                          hasArgument(0, declRefExpr(to(varDecl(hasName("::std::ignore"))))),
                          hasArgument(1, Call))
          .bind("discard"),
      this);
}

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Tasks.isTask(Call->getType()))
    return;
  const SourceLocation Begin = utils::callBeginLoc(*Call);
  auto Diag = diag(Begin, "task returned by '%0' is never awaited; it will not run")
              << utils::calleeName(*Call) << Call->getSourceRange();

  // Inside a coroutine the intended code is almost always `co_await f();`.
  const bool Explicit = Result.Nodes.getNodeAs<Expr>("discard") != nullptr;
  const FunctionDecl *Function = utils::enclosingFunction(*Call, *Result.Context);
  if (!Explicit && Function && utils::isCoroutine(*Function) && !Begin.isMacroID())
    Diag << FixItHint::CreateInsertion(Begin, "co_await ");
}

} // namespace clang::tidy::coroguard

#include "discarded.h"

#include "coroutine.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard::utils {

namespace {
// A call whose value nothing uses, once implicit nodes and parentheses are looked through.
AST_MATCHER_P(Expr, discardedCall, ast_matchers::internal::Matcher<CallExpr>, Inner) {
  const auto *Call = dyn_cast_or_null<CallExpr>(stripImplicitAndParens(&Node));
  return Call && Inner.matches(*Call, Finder, Builder);
}
} // namespace

void addDiscardedCallMatchers(MatchFinder &Finder, MatchFinder::MatchCallback *Callback,
                              const ast_matchers::internal::Matcher<CallExpr> &CallMatcher) {
  auto Call = discardedCall(callExpr(CallMatcher).bind("call"));
  auto Statement = expr(Call);
  Finder.addMatcher(compoundStmt(forEach(Statement)), Callback);
  Finder.addMatcher(ifStmt(anyOf(hasThen(Statement), hasElse(Statement))), Callback);
  Finder.addMatcher(mapAnyOf(forStmt, whileStmt, doStmt, cxxForRangeStmt).with(hasBody(Statement)),
                    Callback);
  Finder.addMatcher(switchCase(has(Statement)), Callback);
  Finder.addMatcher(
      explicitCastExpr(hasDestinationType(voidType()), hasSourceExpression(Call)).bind("discard"),
      Callback);
  Finder.addMatcher(
      cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                          hasArgument(0, declRefExpr(to(varDecl(hasName("::std::ignore"))))),
                          hasArgument(1, Call))
          .bind("discard"),
      Callback);
}

} // namespace clang::tidy::coroguard::utils

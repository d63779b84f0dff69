// The places where a call's value is thrown away: an expression statement (in a block or as
// the lone body of if/else/loops/case), `(void)` and `static_cast<void>` casts, `std::ignore =`.
// The call is bound as "call"; explicit discards (casts, std::ignore) also bind "discard".
#pragma once

#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::coroguard::utils {

void addDiscardedCallMatchers(ast_matchers::MatchFinder &Finder,
                              ast_matchers::MatchFinder::MatchCallback *Callback,
                              const ast_matchers::internal::Matcher<CallExpr> &Call);

} // namespace clang::tidy::coroguard::utils

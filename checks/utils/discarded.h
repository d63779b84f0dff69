// The places where a call's value is thrown away: an expression statement (in a block, or the
// lone body of if/else/loops/case/label), `(void)` and `static_cast<void>` casts, `std::ignore =`.
#pragma once

#include "body.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::coroguard::utils {

struct DiscardedCall {
  const CallExpr *Call = nullptr;
  bool Explicit = false; // discarded on purpose: a cast to void, or `std::ignore =`
};

// The call whose value `S` (with enclosing `Parents`) throws away, if any.
DiscardedCall discardedCall(const Stmt &S, Ancestors Parents);

} // namespace clang::tidy::coroguard::utils

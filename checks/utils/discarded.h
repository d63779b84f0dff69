// The places where a call's value is thrown away: an expression statement (in a block, or the
// lone body of if/else/loops/case/label), `(void)` and `static_cast<void>` casts, `std::ignore =`;
// through them, both arms of a conditional and both operands of a comma; and the left operand
// of a comma anywhere.
#pragma once

#include "body.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::coroguard::utils {

struct DiscardedCall {
  const CallExpr *Call = nullptr;
  bool Explicit = false; // discarded on purpose: a cast to void, or `std::ignore =`
};

// The calls whose values `S` (with enclosing `Parents`) throws away. A call under nested commas
// can be returned for more than one of its enclosing statements: callers report each call once.
llvm::SmallVector<DiscardedCall, 1> discardedCalls(const Stmt &S, Ancestors Parents);

} // namespace clang::tidy::coroguard::utils

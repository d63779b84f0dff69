#pragma once

#include "coroguard_check.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::coroguard {

// Flags, in a coroutine, a handler that catches the cancellation exception thrown at a
// suspension point of its try block (`catch (...)`, or a base of a cancellation type), neither
// rethrows nor returns, and lets the coroutine carry on: it can no longer be cancelled.
// See docs/checks/swallowed-cancellation.md.
class SwallowedCancellationCheck : public CoroguardCheck {
public:
  SwallowedCancellationCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  llvm::SmallVector<const CXXRecordDecl *, 4> cancellationsOf(const FunctionDecl &Coroutine) const;

  const utils::NameList CancellationTypes; // exceptions that carry cancellation
  // Named like a cancellation (`operation_cancelled`, `CancelledError`) and thrown somewhere in
  // the translation unit: a cancellation type of the coroutine's own library nobody listed.
  const utils::NameList CancellationNames;
  const utils::NameList AssertionMacros;                     // test frameworks' macros whose handlers record failures
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Cancellations; // their definitions seen so far
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Inferred;      // by CancellationNames
};

} // namespace clang::tidy::coroguard

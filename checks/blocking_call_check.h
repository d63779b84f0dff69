#pragma once

#include "coroguard_check.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::coroguard {

// Flags calls that block the thread inside a coroutine body (sleeps, file and socket I/O,
// future::get, thread joins, Asio's synchronous operations, blocking C client libraries),
// directly or through functions defined in the translation unit.
// See docs/checks/blocking-call.md.
class BlockingCallCheck : public CoroguardCheck {
public:
  BlockingCallCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // The function a call or construction of `S` calls when it blocks by itself, else null.
  const FunctionDecl *blockingCallee(const Stmt &S) const;
  // The first blocking call in `F`'s body, looking `Depth` calls deep; null when none.
  const Stmt *blockingCallInside(const FunctionDecl &F, unsigned Depth);

  const utils::NameList BlockingFunctions; // what blocks
  const unsigned CallDepth;                // how many calls deep to look through local functions
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, const Stmt *> Inside;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::coroguard {

// Flags calls that block the thread inside a coroutine body (sleeps, file and socket I/O,
// future::get, thread joins, Asio's synchronous operations, blocking C client libraries),
// directly or through functions defined in the translation unit.
// See docs/checks/blocking-call.md.
class BlockingCallCheck : public CoroguardCheck {
public:
  BlockingCallCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP, Preprocessor *) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  // The function a call or construction of `S` calls when it blocks by itself, else null.
  const FunctionDecl *blockingCallee(const Stmt &S) const;
  // The first blocking call in `F`'s body, looking `Depth` calls deep; null when none.
  const Stmt *blockingCallInside(const FunctionDecl &F, unsigned Depth);
  // True when a call of `Callee` in `Function` works on a non-blocking descriptor.
  bool onNonBlockingDescriptor(const FunctionDecl &Callee, const FunctionDecl &Function) const;
  void emit(SourceLocation Loc, StringRef Message, SourceLocation NoteLoc, StringRef Note);

  const utils::NameList BlockingFunctions; // what blocks
  const utils::NameList ExecutorSwitches;  // awaited, they move the coroutine off its loop
  const utils::NameList TeardownFunctions; // not looked into: they block at the end, on purpose
  const utils::FateLists Fates;            // a driver coroutine is run by a run function
  const unsigned CallDepth;                // how many calls deep to look through local functions
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, const Stmt *> Inside;

  // Where the translation unit says "non-blocking" (macro expansions outside system headers):
  // O_NONBLOCK/SOCK_NONBLOCK anywhere, EAGAIN/EWOULDBLOCK/EINPROGRESS/MSG_DONTWAIT in a function.
  const SourceManager *Sources = nullptr;
  bool MentionsNonBlockingMode = false;
  std::vector<SourceLocation> NonBlockingResultChecks;

  // Blocking calls before a coroutine's first suspension wait for the end of the translation
  // unit: a driver coroutine, only ever run to completion by a run function, is not reported.
  struct Pending {
    const FunctionDecl *Coroutine;
    SourceLocation Loc;
    std::string Message;
    SourceLocation NoteLoc;
    std::string Note;
  };
  std::vector<Pending> BeforeFirstSuspension;
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::coroguard

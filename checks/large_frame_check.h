#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a coroutine whose parameters and locals alive across suspension points take more than
// MaxFrameBytes: they all live in the heap-allocated frame, on every call.
// See docs/checks/large-frame.md.
class LargeFrameCheck : public CoroguardCheck {
public:
  LargeFrameCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const unsigned MaxFrameBytes; // the largest frame (of what the check can see) allowed
};

} // namespace clang::tidy::coroguard

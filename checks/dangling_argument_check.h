#pragma once

#include "coroguard_check.h"
#include "utils/body.h"

namespace clang::tidy::coroguard {

// Flags a temporary (or a local that dies first) bound to a reference, pointer or view
// parameter of a coroutine whose task outlives the statement: the frame keeps the reference,
// not the object. See docs/checks/dangling-argument.md.
class DanglingArgumentCheck : public CoroguardCheck {
public:
  DanglingArgumentCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkCall(const CallExpr &Call, utils::Ancestors Parents);

  const utils::FateLists Fates;    // run and spawn functions: whether the task outlives the statement
  const utils::NameList ViewTypes; // classes that refer to memory they do not own
};

} // namespace clang::tidy::coroguard

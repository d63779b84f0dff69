#pragma once

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/task_type.h"

namespace clang::tidy::coroguard {

// Flags a task value that is discarded (expression statement, `(void)` cast, `std::ignore =`):
// a lazy task never runs, an eager one loses its result and its exception.
// See docs/checks/unawaited-task.md.
class UnawaitedTaskCheck : public ClangTidyCheck {
public:
  UnawaitedTaskCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  const StringRef TaskTypes; // TaskTypes: extra task classes (qualified names or regexes)
  const utils::TaskTypeRecognizer Tasks;
};

} // namespace clang::tidy::coroguard

#pragma once

#include "coroguard_check.h"

namespace clang::tidy::coroguard {

// Flags a spawn inside a range-for loop whose iterations do not wait for anything: one task
// per element, all running at once, however large the range. Opt-in (not in `coroguard lint`'s
// default set). See docs/checks/unbounded-spawn.md.
class UnboundedSpawnCheck : public CoroguardCheck {
public:
  UnboundedSpawnCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const utils::FateLists Spawners;  // the spawn functions (Spawn and CompletionSpawn lists)
  const utils::NameList LimitTypes; // semaphores and the like: using one in the loop bounds it
};

} // namespace clang::tidy::coroguard

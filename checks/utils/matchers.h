// AST matchers over the option lists.
#pragma once

#include "names.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::coroguard::utils {

// Matches a declaration named by `List` (which must outlive the matcher).
AST_MATCHER_P(NamedDecl, inNameList, const NameList *, List) { return List->matches(Node); }

// Matches a statement outside system headers, or any statement when `Skip` is false. Findings
// in system headers are not shown (unless --system-headers), so the work is not done for them.
AST_MATCHER_P(Stmt, outsideSystemHeaders, bool, Skip) {
  if (!Skip)
    return true;
  const SourceManager &SM = Finder->getASTContext().getSourceManager();
  return !SM.isInSystemHeader(SM.getExpansionLoc(Node.getBeginLoc()));
}

} // namespace clang::tidy::coroguard::utils

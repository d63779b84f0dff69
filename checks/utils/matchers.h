// AST matchers over the option lists.
#pragma once

#include "clang/ASTMatchers/ASTMatchers.h"
#include "names.h"

namespace clang::tidy::coroguard::utils {

// Matches a declaration named by `List` (which must outlive the matcher).
AST_MATCHER_P(NamedDecl, inNameList, const NameList *, List) { return List->matches(Node); }

} // namespace clang::tidy::coroguard::utils

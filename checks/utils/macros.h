// Which macro wrote a piece of code: test frameworks' assertions write try/catch and calls
// that some rules exempt.
#pragma once

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::coroguard::utils {

// True when `Loc` was written by a macro whose name satisfies `Matches`, at any depth of its
// expansion (the macro itself, or one that expanded into it).
template <class Predicate>
bool writtenByMacro(SourceLocation Loc, const SourceManager &SM, const LangOptions &LangOpts, Predicate Matches) {
  for (; Loc.isMacroID(); Loc = SM.getImmediateMacroCallerLoc(Loc))
    if (Matches(Lexer::getImmediateMacroName(Loc, SM, LangOpts)))
      return true;
  return false;
}

} // namespace clang::tidy::coroguard::utils

// CoroguardCheck: what every coroguard-* check shares: C++20 only, the task-type recognizer,
// and list options read once (local option, else the global one, else the default), validated,
// and stored back by storeOptions.
#pragma once

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/names.h"
#include "utils/task_fate.h"
#include "utils/task_type.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::coroguard {

class CoroguardCheck : public ClangTidyCheck {
public:
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override { return LangOpts.CPlusPlus20; }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  enum class Bodies { Any, Coroutines }; // what matchFunctionBodies calls check() for

protected:
  CoroguardCheck(StringRef Name, ClangTidyContext *Context);

  // A `;`-separated list option; invalid regular expressions are reported as configuration
  // errors. `Global` lists (TaskTypes, SpawnFunctions, …) may be set once for every check.
  utils::NameList listOption(StringRef Option, StringRef Default);
  // RunFunctions, SpawnFunctions and CompletionSpawnFunctions, with the libraries' defaults.
  utils::FateLists fateListsOption();
  // InferShapes: whether run and spawn functions nobody listed are recognised by their shape
  // (utils/task_shape.h); true unless set, locally or globally.
  bool inferShapesOption();
  // A true/false option (also on/off, yes/no, 1/0; anything else is a configuration error),
  // remembered for storeOptions; `Global` reads the global option when the local one is unset.
  bool boolOption(StringRef Option, bool Default, bool Global = false);
  // An integer option, remembered for storeOptions.
  unsigned unsignedOption(StringRef Option, unsigned Default);

  const utils::TaskTypeRecognizer &tasks() const { return *Tasks; }

  // Function definitions (lambda call operators too) whose body matches `Body`, outside system
  // headers unless asked: binds "function" and "body". The checks walk bodies themselves.
  ast_matchers::DeclarationMatcher functionsWhoseBody(const ast_matchers::StatementMatcher &Body) const;

  // Calls check() with "function" and "body" bound for every function definition (Any) or every
  // coroutine (Coroutines), outside system headers unless asked. The coroguard checks share one
  // matcher for this: a matcher over every function of a TU of Boost headers costs each check
  // as much as the rest of its work. onStart/onEndOfTranslationUnit reach the check too.
  void matchFunctionBodies(ast_matchers::MatchFinder *Finder, Bodies Which);

  // False when clang-tidy runs with --system-headers: then system headers are analysed too.
  const bool SkipSystemHeaders;

private:
  std::vector<std::pair<std::string, std::string>> Stored;
  std::shared_ptr<class BodyDispatcher> Dispatcher; // shared by the checks of one MatchFinder
  std::unique_ptr<utils::TaskTypeRecognizer> Tasks;
};

} // namespace clang::tidy::coroguard

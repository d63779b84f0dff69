#include "coroguard_check.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "utils/defaults.h"
#include "utils/matchers.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::coroguard {

CoroguardCheck::CoroguardCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      SkipSystemHeaders(!Context->getOptions().SystemHeaders.value_or(false)) {
  Tasks = std::make_unique<utils::TaskTypeRecognizer>(listOption("TaskTypes", utils::defaults::TaskTypes));
}

utils::NameList CoroguardCheck::listOption(StringRef Option, StringRef Default) {
  std::string Value = Options.getLocalOrGlobal(Option, Default).str();
  for (StringRef Entry : tidy::utils::options::parseStringList(Value)) {
    Entry = Entry.trim();
    std::string Error;
    if (!Entry.empty() && !Entry.starts_with("::") && !llvm::Regex(Entry).isValid(Error))
      configurationDiag("invalid regular expression '%0' in option '%1': %2") << Entry << Option << Error;
  }
  Stored.emplace_back(Option.str(), Value);
  return utils::NameList(Value);
}

utils::FateLists CoroguardCheck::fateListsOption() {
  return {listOption("RunFunctions", utils::defaults::RunFunctions),
          listOption("SpawnFunctions", utils::defaults::SpawnFunctions),
          listOption("CompletionSpawnFunctions", utils::defaults::CompletionSpawnFunctions),
          listOption("ScopeSpawnFunctions", utils::defaults::ScopeSpawnFunctions)};
}

unsigned CoroguardCheck::unsignedOption(StringRef Option, unsigned Default) {
  unsigned Value = Options.get(Option, Default);
  Stored.emplace_back(Option.str(), std::to_string(Value));
  return Value;
}

ast_matchers::DeclarationMatcher
CoroguardCheck::functionsWhoseBody(const ast_matchers::StatementMatcher &Body) const {
  using namespace ast_matchers;
  return functionDecl(isDefinition(),
                      hasBody(stmt(Body, utils::outsideSystemHeaders(SkipSystemHeaders)).bind("body")))
      .bind("function");
}

void CoroguardCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &[Option, Value] : Stored)
    Options.store(Opts, Option, Value);
}

} // namespace clang::tidy::coroguard

#include "coroguard_check.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "utils/defaults.h"
#include "utils/matchers.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang::tidy::coroguard {

CoroguardCheck::CoroguardCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), SkipSystemHeaders(!Context->getOptions().SystemHeaders.value_or(false)) {
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
          listOption("ScopeSpawnFunctions", utils::defaults::ScopeSpawnFunctions), inferShapesOption()};
}

bool CoroguardCheck::inferShapesOption() { return boolOption("InferShapes", true, /*Global=*/true); }

bool CoroguardCheck::boolOption(StringRef Option, bool Default, bool Global) {
  // Read as text: LLVM 19's libclangTidy does not export getLocalOrGlobal<bool>.
  const StringRef Shown = Default ? "true" : "false";
  const StringRef Text = Global ? Options.getLocalOrGlobal(Option, Shown) : Options.get(Option, Shown);
  const std::string Word = Text.trim().lower();
  std::optional<bool> Value;
  if (Word == "true" || Word == "1" || Word == "on" || Word == "yes")
    Value = true;
  else if (Word == "false" || Word == "0" || Word == "off" || Word == "no")
    Value = false;
  if (!Value)
    configurationDiag("invalid value '%0' for option '%1': true or false") << Text << Option;
  Stored.emplace_back(Option.str(), Value.value_or(Default) ? "true" : "false");
  return Value.value_or(Default);
}

unsigned CoroguardCheck::unsignedOption(StringRef Option, unsigned Default) {
  unsigned Value = Options.get(Option, Default);
  Stored.emplace_back(Option.str(), std::to_string(Value));
  return Value;
}

ast_matchers::DeclarationMatcher CoroguardCheck::functionsWhoseBody(const ast_matchers::StatementMatcher &Body) const {
  using namespace ast_matchers;
  return functionDecl(isDefinition(), hasBody(stmt(Body, utils::outsideSystemHeaders(SkipSystemHeaders)).bind("body")))
      .bind("function");
}

// The one function-body matcher of a MatchFinder, and the checks it calls.
class BodyDispatcher : public ast_matchers::MatchFinder::MatchCallback {
public:
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    const bool Coroutine = isa_and_nonnull<CoroutineBodyStmt>(Result.Nodes.getNodeAs<Stmt>("body"));
    for (const auto &[Check, Which] : Subscribers)
      if (Which == CoroguardCheck::Bodies::Any || Coroutine)
        Check->run(Result); // ClangTidyCheck::run, through the public base
  }
  void onStartOfTranslationUnit() override {
    for (const auto &Subscriber : Subscribers)
      Subscriber.first->onStartOfTranslationUnit();
  }
  void onEndOfTranslationUnit() override {
    for (const auto &Subscriber : Subscribers)
      Subscriber.first->onEndOfTranslationUnit();
  }
  StringRef getID() const override { return "coroguard-function-bodies"; }

  std::vector<std::pair<ast_matchers::MatchFinder::MatchCallback *, CoroguardCheck::Bodies>> Subscribers;
};

void CoroguardCheck::matchFunctionBodies(ast_matchers::MatchFinder *Finder, Bodies Which) {
  // clang-tidy and clangd register every check of a TU on one thread, one after another, and
  // destroy the checks before a new MatchFinder of that thread can be made: the dispatcher of
  // the last registration on this thread is this finder's when the finder is the same and the
  // dispatcher still alive.
  thread_local ast_matchers::MatchFinder *LastFinder = nullptr;
  thread_local std::weak_ptr<BodyDispatcher> Last;
  std::shared_ptr<BodyDispatcher> Shared = LastFinder == Finder ? Last.lock() : nullptr;
  if (!Shared) {
    Shared = std::make_shared<BodyDispatcher>();
    Finder->addMatcher(functionsWhoseBody(ast_matchers::stmt()), Shared.get());
    LastFinder = Finder;
    Last = Shared;
  }
  Shared->Subscribers.emplace_back(this, Which);
  Dispatcher = std::move(Shared);
}

void CoroguardCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const auto &[Option, Value] : Stored)
    Options.store(Opts, Option, Value);
}

} // namespace clang::tidy::coroguard

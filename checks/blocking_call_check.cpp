#include "blocking_call_check.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/matchers.h"
#include "utils/defaults.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

BlockingCallCheck::BlockingCallCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      BlockingFunctions(listOption("BlockingFunctions", utils::defaults::BlockingFunctions)),
      CallDepth(unsignedOption("CallDepth", 1)) {}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(coroutineBodyStmt()), this);
}

namespace {

const FunctionDecl *calleeOf(const Stmt &S) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return Call->getDirectCallee();
  // Constructing a file stream with a name opens the file; moving one does not.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S);
      Construct && Construct->getNumArgs() > 0 && !Construct->getConstructor()->isCopyOrMoveConstructor())
    return Construct->getConstructor();
  return nullptr;
}

SourceLocation locationOf(const Stmt &S) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return utils::callBeginLoc(*Call);
  return S.getBeginLoc();
}

} // namespace

const FunctionDecl *BlockingCallCheck::blockingCallee(const Stmt &S) const {
  const FunctionDecl *F = calleeOf(S);
  if (!F || !BlockingFunctions.matches(*F))
    return nullptr;
  // The default list's global names (`read`, `sleep`) are the C library's: a C++ function of
  // the program that shares the name is not.
  static const utils::NameList Defaults(utils::defaults::BlockingFunctions);
  if (F->getDeclContext()->getRedeclContext()->isTranslationUnit() && !F->isExternC() &&
      !utils::isInSystemHeader(*F) && Defaults.matches(*F))
    return nullptr;
  return F;
}

const Stmt *BlockingCallCheck::blockingCallInside(const FunctionDecl &F, unsigned Depth) {
  const FunctionDecl *Def = F.getDefinition();
  if (!Depth || !Def || !Def->hasBody() || utils::isCoroutine(*Def) || utils::isInSystemHeader(*Def))
    return nullptr;
  auto Key = std::make_pair(Def, Depth);
  if (auto It = Inside.find(Key); It != Inside.end())
    return It->second;
  Inside[Key] = nullptr; // recursion ends here
  const Stmt *Found = nullptr;
  utils::forEachStmtInBody(Def->getBody(), [&](const Stmt &S) {
    if (Found)
      return;
    if (blockingCallee(S))
      Found = &S;
    else if (const FunctionDecl *Callee = calleeOf(S))
      Found = blockingCallInside(*Callee, Depth - 1);
  });
  Inside[Key] = Found;
  return Found;
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const std::string CoroutineName = utils::functionName(*Coroutine);
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    if (const FunctionDecl *F = blockingCallee(S)) {
      diag(locationOf(S), "'%0' blocks the thread running coroutine '%1': every task on its event "
                          "loop stalls until it returns")
          << utils::functionName(*F) << CoroutineName;
      return;
    }
    const FunctionDecl *Callee = calleeOf(S);
    if (!Callee)
      return;
    if (const Stmt *Inner = blockingCallInside(*Callee, CallDepth)) {
      const FunctionDecl *Blocking = blockingCallee(*Inner);
      diag(locationOf(S), "'%0' blocks the thread running coroutine '%1': it calls '%2'")
          << utils::functionName(*Callee) << CoroutineName << utils::functionName(*Blocking);
      diag(locationOf(*Inner), "'%0' blocks here", DiagnosticIDs::Note) << utils::functionName(*Blocking);
    }
  });
}

} // namespace clang::tidy::coroguard

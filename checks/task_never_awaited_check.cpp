#include "task_never_awaited_check.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "utils/body.h"
#include "utils/coroutine.h"
#include <memory>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void TaskNeverAwaitedCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionsWhoseBody(stmt()), this);
}

namespace {

// A local task created here by a call: `auto t = fetch();`.
bool isCreatedTask(const VarDecl &V, const utils::TaskTypeRecognizer &Tasks) {
  if (!V.hasLocalStorage() || V.getType()->isReferenceType() || isa<ParmVarDecl>(V) || !V.getInit())
    return false;
  return Tasks.isTask(V.getType()) && isa<CallExpr>(utils::stripImplicitAndParens(V.getInit()));
}

bool refersTo(const Stmt &S, const VarDecl &V) {
  const auto *Ref = dyn_cast<DeclRefExpr>(&S);
  return Ref && Ref->getDecl() == &V;
}

// Where the path that leaves without using the task ends: a return, or the end of the function.
struct Exit {
  bool Found = false;
  const Stmt *Return = nullptr;
};

// Depth-first over the CFG from just after the declaration of `V`: any path that reaches the
// exit (or a return) without an element referring to `V`.
Exit unusedPathToExit(const CFG &G, const CFGBlock &Start, unsigned After, const VarDecl &V) {
  llvm::DenseSet<const CFGBlock *> Seen;
  std::vector<std::pair<const CFGBlock *, unsigned>> Work{{&Start, After}};
  while (!Work.empty()) {
    auto [Block, From] = Work.back();
    Work.pop_back();
    bool Used = false;
    for (unsigned I = From; I < Block->size() && !Used; ++I) {
      std::optional<CFGStmt> Element = (*Block)[I].getAs<CFGStmt>();
      if (!Element)
        continue;
      const Stmt *S = Element->getStmt();
      if (refersTo(*S, V))
        Used = true;
      else if (isa<ReturnStmt, CoreturnStmt>(S))
        return {true, S};
    }
    if (Used)
      continue;
    if (Block == &G.getExit())
      return {true, nullptr};
    for (const CFGBlock::AdjacentBlock &Next : Block->succs())
      if (const CFGBlock *B = Next.getReachableBlock(); B && Seen.insert(B).second)
        Work.push_back({B, 0});
  }
  return {};
}

} // namespace

void TaskNeverAwaitedCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const auto *Body = Result.Nodes.getNodeAs<Stmt>("body");
  if (Function->isDependentContext())
    return;
  // Cheap first: most functions have no local task at all.
  std::vector<const VarDecl *> Tasks;
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    if (const auto *Decls = dyn_cast<DeclStmt>(&S))
      for (const Decl *D : Decls->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && isCreatedTask(*V, tasks()))
          Tasks.push_back(V);
  });
  if (Tasks.empty())
    return;

  const Stmt *Root = Body;
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Root = Coroutine->getBody();
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> G = CFG::buildCFG(Function, const_cast<Stmt *>(Root), Result.Context, Options);
  if (!G)
    return;

  for (const VarDecl *V : Tasks) {
    // The element that declares V; the search starts right after it.
    for (const CFGBlock *Block : *G) {
      for (unsigned I = 0; I < Block->size(); ++I) {
        std::optional<CFGStmt> Element = (*Block)[I].getAs<CFGStmt>();
        const auto *Decls = Element ? dyn_cast<DeclStmt>(Element->getStmt()) : nullptr;
        if (!Decls || !Decls->isSingleDecl() || Decls->getSingleDecl() != V)
          continue;
        Exit Leak = unusedPathToExit(*G, *Block, I + 1, *V);
        if (!Leak.Found)
          continue;
        diag(V->getLocation(), "task '%0' is not awaited, moved, returned or passed on along every "
                               "path: where it is not, it is destroyed without having run")
            << V->getName();
        SourceLocation End = Leak.Return ? Leak.Return->getBeginLoc() : Root->getEndLoc();
        diag(End, "on the path that leaves here", DiagnosticIDs::Note);
      }
    }
  }
}

} // namespace clang::tidy::coroguard

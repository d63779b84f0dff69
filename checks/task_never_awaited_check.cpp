#include "task_never_awaited_check.h"

#include "utils/body.h"
#include "utils/cfg_paths.h"
#include "utils/coroutine.h"
#include "utils/macros.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

void TaskNeverAwaitedCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

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

// True for the "creation must throw" idiom of tests: the task is declared in a try block whose
// later statements fail the test or throw (`try { auto t = make(bad); FAIL(); } catch (…) {}`).
bool assertsCreationThrows(const DeclStmt &Decl, utils::Ancestors Parents, const ASTContext &Context) {
  if (Parents.size() < 2)
    return false;
  const auto *Block = Parents.back().get<CompoundStmt>();
  const auto *Try = Parents[Parents.size() - 2].get<CXXTryStmt>();
  if (!Block || !Try || Try->getTryBlock() != Block)
    return false;
  const SourceManager &SM = Context.getSourceManager();
  static const llvm::Regex Failure("fail", llvm::Regex::IgnoreCase);
  bool After = false, Fails = false;
  for (const Stmt *S : Block->body()) {
    if (S == &Decl) {
      After = true;
      continue;
    }
    if (!After || Fails)
      continue;
    utils::forEachStmtInBody(S, [&](const Stmt &Inner) {
      if (isa<CXXThrowExpr>(Inner))
        Fails = true;
      if (const auto *Call = dyn_cast<CallExpr>(&Inner); Call && Call->getDirectCallee() &&
                                                         Call->getDirectCallee()->getDeclName().isIdentifier() &&
                                                         Failure.match(Call->getDirectCallee()->getName()))
        Fails = true;
      if (utils::writtenByMacro(Inner.getBeginLoc(), SM, Context.getLangOpts(),
                                [](StringRef Name) { return Failure.match(Name); }))
        Fails = true;
    });
  }
  return Fails;
}

} // namespace

void TaskNeverAwaitedCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const auto *Body = Result.Nodes.getNodeAs<Stmt>("body");
  if (Function->isDependentContext())
    return;
  // Cheap first: most functions have no local task at all.
  std::vector<const VarDecl *> Tasks;
  utils::forEachStmtWithAncestors(Body, [&](const Stmt &S, utils::Ancestors Parents) {
    if (const auto *Decls = dyn_cast<DeclStmt>(&S))
      for (const Decl *D : Decls->decls())
        if (const auto *V = dyn_cast<VarDecl>(D);
            V && isCreatedTask(*V, tasks()) && !assertsCreationThrows(*Decls, Parents, *Result.Context))
          Tasks.push_back(V);
  });
  if (Tasks.empty())
    return;

  const Stmt *Root = Body;
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Body))
    Root = Coroutine->getBody();
  std::unique_ptr<CFG> G = utils::buildBodyCFG(*Function, *Root, *Result.Context, /*ScopeEnds=*/false);
  if (!G)
    return;

  for (const VarDecl *V : Tasks) {
    // The search starts right after the declaration; a path ends where it uses the task, and
    // is the one looked for where it leaves the function (a return, or the end) without.
    std::optional<utils::CFGPoint> Start = utils::pointAfterDeclaration(*G, *V);
    if (!Start)
      continue;
    utils::PathEnd Leak = utils::findPath(
        *G, *Start,
        [&](const CFGElement &E) {
          std::optional<CFGStmt> Element = E.getAs<CFGStmt>();
          if (!Element)
            return utils::PathStep::Continue;
          if (refersTo(*Element->getStmt(), *V))
            return utils::PathStep::Stop;
          return isa<ReturnStmt, CoreturnStmt>(Element->getStmt()) ? utils::PathStep::Found : utils::PathStep::Continue;
        },
        /*ExitFound=*/true, *Result.Context);
    if (!Leak.Found)
      continue;
    diag(V->getLocation(), "task '%0' is not awaited, moved, returned or passed on along every "
                           "path: where it is not, it is destroyed %select{without having run|"
                           "with its result and exception unread}1")
        << V->getName() << tasks().startsEagerly(V->getType());
    const Stmt *Return = Leak.At ? Leak.At->castAs<CFGStmt>().getStmt() : nullptr;
    SourceLocation End = Return ? Return->getBeginLoc() : Root->getEndLoc();
    diag(End, "on the path that leaves here", DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::coroguard

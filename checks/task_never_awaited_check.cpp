#include "task_never_awaited_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/macros.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
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

// Where the path that leaves without using the task ends: a return, or the end of the function.
struct Exit {
  bool Found = false;
  const Stmt *Return = nullptr;
};

// A for-loop whose first iteration is certain: `for (int i = 0; i < 10; ++i)`, an integer set
// to a constant and compared with a constant it satisfies. Its zero-iteration path does not exist.
bool runsAtLeastOnce(const Stmt *S, const ASTContext &Context) {
  const auto *For = dyn_cast_or_null<ForStmt>(S);
  const auto *Init = For ? dyn_cast_or_null<DeclStmt>(For->getInit()) : nullptr;
  const auto *Var = Init && Init->isSingleDecl() ? dyn_cast<VarDecl>(Init->getSingleDecl()) : nullptr;
  const auto *Cond = For ? dyn_cast_or_null<BinaryOperator>(utils::stripImplicitAndParens(For->getCond())) : nullptr;
  if (!Var || !Var->getInit() || !Cond || !Cond->isComparisonOp() || Var->getType()->isDependentType())
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(utils::stripImplicitAndParens(Cond->getLHS()));
  Expr::EvalResult First, Bound;
  if (!Ref || Ref->getDecl() != Var || Cond->getRHS()->isValueDependent() || Var->getInit()->isValueDependent() ||
      !Var->getInit()->EvaluateAsInt(First, Context) || !Cond->getRHS()->EvaluateAsInt(Bound, Context))
    return false;
  llvm::APSInt A = First.Val.getInt(), B = Bound.Val.getInt();
  if (A.getBitWidth() != B.getBitWidth() || A.isSigned() != B.isSigned()) {
    A = A.extend(128);
    B = B.extend(128);
    A.setIsSigned(true);
    B.setIsSigned(true);
  }
  switch (Cond->getOpcode()) {
  case BO_LT:
    return A < B;
  case BO_LE:
    return A <= B;
  case BO_GT:
    return A > B;
  case BO_GE:
    return A >= B;
  case BO_NE:
    return A != B;
  default:
    return false;
  }
}

// Depth-first over the CFG from just after the declaration of `V`: any path that reaches the
// exit (or a return) without an element referring to `V`. A loop that runs at least once is
// entered only into its body; its exit is reached through the back edge.
Exit unusedPathToExit(const CFG &G, const CFGBlock &Start, unsigned After, const VarDecl &V,
                      const ASTContext &Context) {
  struct Item {
    const CFGBlock *Block;
    unsigned From;
    const CFGBlock *Prev;
  };
  llvm::DenseSet<std::pair<const CFGBlock *, unsigned>> Seen; // (block, entered only into a body)
  std::vector<Item> Work{{&Start, After, nullptr}};
  while (!Work.empty()) {
    auto [Block, From, Prev] = Work.back();
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
    const Stmt *Loop = Block->getTerminatorStmt();
    bool Entering = runsAtLeastOnce(Loop, Context) && !(Prev && Prev->getLoopTarget() == Loop);
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
      bool Body = Index++ == 0;
      if (Entering && !Body)
        continue;
      if (const CFGBlock *B = Next.getReachableBlock(); B && Seen.insert({B, Entering}).second)
        Work.push_back({B, 0, Block});
    }
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
        Exit Leak = unusedPathToExit(*G, *Block, I + 1, *V, *Result.Context);
        if (!Leak.Found)
          continue;
        diag(V->getLocation(), "task '%0' is not awaited, moved, returned or passed on along every "
                               "path: where it is not, it is destroyed %select{without having run|"
                               "with its result and exception unread}1")
            << V->getName() << tasks().startsEagerly(V->getType());
        SourceLocation End = Leak.Return ? Leak.Return->getBeginLoc() : Root->getEndLoc();
        diag(End, "on the path that leaves here", DiagnosticIDs::Note);
      }
    }
  }
}

} // namespace clang::tidy::coroguard
